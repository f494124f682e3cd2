import { describe, expect, it } from 'vitest';
import { fnv1a } from '../text/hash';
import { fold } from '../text/normalize';
import { appendPosts, buildMatchIndex, mergeTail, normalizedKey, tailPosts } from './match-index';
import { keysOf } from './key-table';
import { matchPost } from './match-post';
import { COVERAGE } from '../../tests/support/labels';
import type { IndexedPost } from '../coverage/types';

describe('normalizedKey', () => {
  it('is the hash of the folded text, ASCII or not', () => {
    for (const t of ['Rebels ENTER Damascus', 'Ünïcödé İstanbul Straße', 'plain', '']) expect(normalizedKey(t)).toBe(fnv1a(fold(t)));
  });
});

describe('appending posts', () => {
  const { posts, meta } = COVERAGE;
  const half = Math.floor(posts.length / 2);
  const a = { meta: { ...meta, id: 'a' }, posts: posts.slice(0, half).map((p) => ({ ...p, id: `a:${p.position}`, coverage: 'a' })) };
  const b = { meta: { ...meta, id: 'b' }, posts: posts.slice(half).map((p) => ({ ...p, id: `b:${p.position}`, coverage: 'b' })) };

  it('matches as a full build does, before and after the tail is merged', () => {
    const full = buildMatchIndex([a, b]);
    const appended = buildMatchIndex([a]);
    appendPosts(appended, [b.posts]);
    expect(tailPosts(appended)).toBe(b.posts.length);
    const edit = (p: IndexedPost) => ({
      title: p.title,
      paragraphs: p.paragraphs.map((x, i) => (i === 0 ? `${x} Officials later denied it.` : x)),
    });
    const verdicts = (index: typeof full) =>
      [...a.posts, ...b.posts]
        .flatMap((p) => [p, edit(p)])
        .map((q) => {
          const m = matchPost(index, q);
          return `${m.status}:${m.post === null ? '-' : index.posts[m.post].id}`;
        });
    const expected = verdicts(full);
    expect(expected.filter((v) => v.startsWith('b') || v.includes(':b:')).length).toBeGreaterThan(10);
    expect(verdicts(appended)).toEqual(expected);
    mergeTail(appended);
    expect(appended.tail).toBeUndefined();
    expect(Array.from(keysOf(appended.exact))).toEqual(Array.from(keysOf(full.exact)));
    expect(Array.from(appended.postings.values)).toEqual(Array.from(full.postings.values));
    expect(verdicts(appended)).toEqual(expected);
  });
});
