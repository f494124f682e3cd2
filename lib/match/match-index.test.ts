import { describe, expect, it } from 'vitest';
import { fnv1a } from '../text/hash';
import { fold } from '../text/normalize';
import { appendPosts, buildMatchIndex, groupOf, mergeTail, normalizedKey, postLines, postOf, tailPosts } from './match-index';
import { keysOf, valuesInOrder } from './key-table';
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
    expect(Array.from(valuesInOrder(appended.postings))).toEqual(Array.from(valuesInOrder(full.postings)));
    expect(verdicts(appended)).toEqual(expected);
  });
});

describe('lines and their posts', () => {
  const { posts, meta } = COVERAGE;
  const post = (id: string, paragraphs: string[]): IndexedPost => ({ ...posts[0], id, coverage: 'c', title: null, paragraphs });
  // Posts of no lines (empty, or blank paragraphs only) between posts of many: a line's post is walked to past them.
  const odd = [
    post('c:1', []),
    post(
      'c:2',
      Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the long post.`),
    ),
    post('c:3', ['', '  ']),
    post('c:4', ['One line.']),
    post('c:5', []),
  ];

  it('finds every line’s post, past posts of no lines, before and after an append', () => {
    const index = buildMatchIndex([COVERAGE, { meta: { ...meta, id: 'c' }, posts: odd }]);
    appendPosts(index, [
      [post('c:6', ['Appended line one.', 'Appended line two.']), post('c:7', [])],
      posts.slice(0, 3).map((p) => ({ ...p, id: `d:${p.position}` })),
    ]);
    let lines = 0;
    for (let p = 0; p < index.posts.length; p++) {
      for (const line of postLines(index, p)) expect(postOf(index, line)).toBe(p);
      lines += index.postLineCount[p];
    }
    expect(lines).toBe(index.lineSlot.length);
    expect(lines).toBeGreaterThan(300);
  });

  it('keeps each coverage, and each appended group, a group of its own that no run of lines crosses', () => {
    const c = { meta: { ...meta, id: 'c' }, posts: odd };
    const index = buildMatchIndex([COVERAGE, c]);
    const before = index.lineSlot.length;
    // The same coverage's new posts: appended after its old ones, which are not their neighbours in reading order.
    appendPosts(index, [[post('c:6', ['Appended line one.', 'Appended line two.'])]]);
    expect(groupOf(index, before - 1)).toEqual({ first: index.postFirstLine[COVERAGE.posts.length], end: before });
    expect(groupOf(index, before)).toEqual({ first: before, end: before + 2 });
    expect(groupOf(index, 0)).toEqual({ first: 0, end: index.postFirstLine[COVERAGE.posts.length] });
    // The last line of the old posts and the first appended one, as one page post: not a run.
    const last = postOf(index, before - 1);
    const m = matchPost(index, { title: null, paragraphs: [index.posts[last].paragraphs.at(-1)!, 'Appended line one.'] });
    expect(m.status).not.toBe('same');
  });
});
