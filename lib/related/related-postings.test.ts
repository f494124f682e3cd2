import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../match/match-index';
import { COVERAGE } from '../../tests/support/labels';
import { CHAMPIONS } from './related-postings';
import {
  appendRelated,
  buildRelatedIndex,
  mergeRelated,
  postsWithTerm,
  relatedFromSnapshot,
  relatedSnapshot,
  relatedTo,
} from './related-index';
import type { IndexedPost } from '../coverage/types';

const posts = buildMatchIndex([COVERAGE]).posts;
const query = (p: IndexedPost) => ({ title: p.title, paragraphs: p.paragraphs });

/** Posts whose text repeats one word, so that its postings outgrow the champion lists. */
const repeating = (n: number, from = 0): IndexedPost[] =>
  Array.from({ length: n }, (_, i) => ({
    ...posts[0],
    id: `r:${from + i}`,
    coverage: 'r',
    position: from + i + 1,
    title: null,
    paragraphs: [`Quartermaster ${'filler '.repeat(i % 7)}note number ${from + i}.`],
  }));

describe('the related index, stored', () => {
  it('reads back from a structured clone and ranks as the built one does', () => {
    const built = buildRelatedIndex(posts);
    const back = relatedFromSnapshot(structuredClone(relatedSnapshot(built)), posts.length)!;
    expect(back).not.toBeNull();
    for (const p of posts.slice(0, 20))
      expect(relatedTo(back, query(p), new Set(), 10, 0.01)).toEqual(relatedTo(built, query(p), new Set(), 10, 0.01));
  });

  it('refuses a snapshot of another size or with damaged arrays', () => {
    const s = relatedSnapshot(buildRelatedIndex(posts));
    expect(relatedFromSnapshot(s, posts.length + 1)).toBeNull();
    expect(relatedFromSnapshot(null, posts.length)).toBeNull();
    const bad = structuredClone(s);
    bad.postings.merged.posts[3] = posts.length + 5;
    expect(relatedFromSnapshot(bad, posts.length)).toBeNull();
    const short = structuredClone(s);
    short.postings.names.pop();
    expect(relatedFromSnapshot(short, posts.length)).toBeNull();
  });

  it('takes appended posts in its tail, and ranks the same once they are merged', () => {
    const index = buildRelatedIndex(posts.slice(0, 40));
    appendRelated(index, posts.slice(40), 40);
    expect(index.size).toBe(posts.length);
    expect(index.postings.tail.size).toBeGreaterThan(0);
    const before = posts.slice(40, 50).map((p) => relatedTo(index, query(p), new Set(), 5, 0.01));
    mergeRelated(index);
    expect(index.postings.tail.size).toBe(0);
    expect(posts.slice(40, 50).map((p) => relatedTo(index, query(p), new Set(), 5, 0.01))).toEqual(before);
    expect(() => appendRelated(index, posts.slice(0, 1), 3)).toThrow(/appended at 3/);
  });

  it('reads at most CHAMPIONS postings of a term across the index, and all of them within a coverage', () => {
    const many = repeating(CHAMPIONS * 3);
    const index = buildRelatedIndex(many);
    const q = { title: null, paragraphs: ['Quartermaster'] };
    const across = relatedTo(index, q, new Set(), many.length, 0);
    expect(across.length).toBe(CHAMPIONS);
    // Champions are the heaviest postings: the best CHAMPIONS of the full ranking.
    const all = relatedTo(index, q, new Set(), many.length, 0, [[0, many.length]]);
    expect(all.length).toBe(many.length);
    expect(across).toEqual(all.slice(0, CHAMPIONS));
    expect(
      relatedTo(index, q, new Set(), many.length, 0, [[10, 20]])
        .map((h) => h.post)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 10 }, (_, i) => 10 + i));
  });

  it('counts the posts of a coverage holding a term, merged and appended', () => {
    const index = buildRelatedIndex(repeating(30));
    appendRelated(index, repeating(10, 30), 30);
    expect(postsWithTerm(index, 'quartermaster', [[0, 40]])).toBe(40);
    expect(
      postsWithTerm(index, 'quartermaster', [
        [5, 10],
        [35, 40],
      ]),
    ).toBe(10);
    expect(postsWithTerm(index, 'filler', [[0, 7]])).toBe(6);
    expect(postsWithTerm(index, 'absent', [[0, 40]])).toBe(0);
  });
});
