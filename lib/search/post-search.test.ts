import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { PostSearch } from './post-search';

const coverage = loadShippedCoverage();
const other = {
  meta: { ...coverage.meta, id: 'other', title: 'Another blog' },
  posts: [
    {
      ...coverage.posts[0],
      id: 'other:1',
      coverage: 'other',
      title: 'Hezbollah convoy hit near Qusayr',
      paragraphs: ['An Israeli strike hit a convoy leaving Qusayr.'],
    },
  ],
};
const search = new PostSearch([coverage, other]);

describe('PostSearch', () => {
  it('finds posts across coverages, saying which coverage each comes from', () => {
    const hits = search.search('Qusayr');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.map((h) => h.coverage)).toEqual(expect.arrayContaining(['guardian-syria-2024-12-07', 'other']));
    expect(hits.find((h) => h.coverage === 'other')?.coverageTitle).toBe('Another blog');
  });

  it('ranks a title match high and folds typography and case', () => {
    expect(search.search('berlin wall')[0].title).toBe('Syria\'s "Berlin Wall moment"');
    expect(search.search('HAY’AT').length).toBeGreaterThan(0);
  });

  it('built in chunks, finds what the one built at once finds', async () => {
    const chunked = PostSearch.building([coverage, other]);
    await chunked.ready;
    for (const q of ['Qusayr', 'berlin wall', 'damas', 'rebels'])
      expect(chunked.search(q).map((h) => h.postId)).toEqual(search.search(q).map((h) => h.postId));
  });

  it('answers while it builds, from the posts indexed so far, and says how many', async () => {
    // Coverages spread over chunks; the word searched is in the last one only.
    const filler = (id: string, n: number) => ({
      meta: { ...coverage.meta, id, title: id },
      posts: Array.from({ length: n }, (_, i) => ({ ...coverage.posts[i % coverage.posts.length], id: `${id}:${i + 1}`, coverage: id })),
    });
    const last = { ...other, posts: [{ ...other.posts[0], title: 'Quetzalcoatl convoy' }] };
    const building = PostSearch.building([filler('one', 1500), filler('two', 600), last]);
    expect(building.total).toBe(2101);
    expect(building.complete).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(building.indexed).toBeGreaterThan(0);
    expect(building.indexed).toBeLessThan(building.total);
    expect(building.search('Quetzalcoatl')).toEqual([]);
    expect(building.search('Damascus').length).toBeGreaterThan(0);
    await building.ready;
    expect(building.complete).toBe(true);
    expect(building.search('Quetzalcoatl').map((h) => h.postId)).toEqual(['other:1']);
  });

  it('takes the word being typed as a prefix from four letters, and forgives a typo in a long word', () => {
    expect(search.search('Qusa').map((h) => h.postId)).toContain('other:1');
    expect(search.search('Qusiyr').length).toBeGreaterThan(0);
    // Three letters are taken as a word, not as the start of every word they begin.
    expect(search.search('Qus').length).toBe(0);
    // Only the last word is being typed: an earlier one is a whole word.
    expect(search.search('Qusa convoy').length).toBe(0);
    const ids = (q: string) =>
      search
        .search(q)
        .map((h) => h.postId)
        .sort();
    expect(ids('the Qusayr')).toEqual(ids('Qusayr'));
  });

  it('finds Arabic text, and nothing for an empty query', () => {
    expect(search.search('الحرية').length).toBeGreaterThan(0);
    expect(search.search('   ')).toEqual([]);
  });
});
