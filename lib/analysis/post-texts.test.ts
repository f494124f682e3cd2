import { describe, expect, it, vi } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import type { Coverage, IndexedPost } from '../coverage/types';
import { snapshotOf } from '../match/index-snapshot';
import { Analyzer } from './analyzer';
import type { PostReader } from './post-texts';

const shipped = loadShippedCoverage();
/** A second blog that reposted some of the first's posts, and wrote its own. */
const other: Coverage = {
  meta: { ...shipped.meta, id: 'other', title: 'Another blog' },
  posts: shipped.posts.slice(20, 40).map((p, i) => ({
    ...p,
    id: `other:${i + 1}`,
    coverage: 'other',
    position: i + 1,
    paragraphs: i % 2 ? p.paragraphs : [...p.paragraphs, `Our correspondent adds a line of her own, number ${i}.`],
  })),
};
const coverages = [shipped, other];
const heads = coverages.map((c) => ({ id: c.meta.id, meta: c.meta, revision: 0, postCount: c.posts.length }));
const built = new Analyzer(coverages);
const snapshot = structuredClone(snapshotOf(built.index, { [shipped.meta.id]: 0, other: 0 }));

/** A store in memory that counts what it is asked to read; `gone` are posts it no longer has. */
function countingReader(gone = new Set<string>()) {
  const read = { posts: 0, coverages: 0 };
  const stored = (c: Coverage) => c.posts.filter((p) => !gone.has(p.id));
  const reader: PostReader = {
    posts: async (wanted) => {
      const ids = new Set(wanted.map((p) => p.id));
      const found = coverages.flatMap(stored).filter((p) => ids.has(p.id));
      read.posts += found.length;
      return structuredClone(found);
    },
    coverages: async (ids) => {
      read.coverages += ids.length;
      return structuredClone(coverages.filter((c) => ids.includes(c.meta.id)).map((c) => ({ ...c, posts: stored(c) })));
    },
  };
  return { reader, read };
}

const edits = (p: IndexedPost) => [
  p,
  { ...p, paragraphs: p.paragraphs.map((t, i) => (i === 0 ? `${t} And one more sentence here today.` : t)) },
  { ...p, paragraphs: p.paragraphs.slice(0, 1) },
  { ...p, title: null, paragraphs: [...p.paragraphs].reverse() },
];

describe('post texts read as they are needed', () => {
  it('a cold start reads none; a page reads what its verdicts need, and they are those of an index holding every text', async () => {
    const { reader, read } = countingReader();
    const cold = await Analyzer.open(heads, snapshot, reader);
    expect(cold.rebuilt).toBe(false);
    expect(read).toEqual({ posts: 0, coverages: 0 });
    expect(cold.texts.allRead).toBe(false);
    const page = [
      ...shipped.posts.slice(30, 34).flatMap(edits),
      ...other.posts.slice(0, 2),
      { title: 'Nothing like it', paragraphs: ['A paragraph no blog has ever carried, about nothing in the index at all.'] },
    ];
    await cold.readForVerdicts(page);
    for (const p of page) expect(cold.verdict(p)).toEqual(built.verdict(p));
    // The page's posts, their neighbours and the blog that repeats some of them: a fraction of the index.
    expect(read.posts).toBeGreaterThan(0);
    expect(read.posts).toBeLessThan(cold.postCount / 3);
    expect(read.coverages).toBe(0);
  });

  it('details wait for every text, read once, and are those of an index holding every text', async () => {
    const { reader, read } = countingReader();
    const withRelated = new Analyzer(coverages);
    const p = { ...shipped.posts[31], key: 'k', byline: [], publishedAt: null, updatedAt: null };
    withRelated.details(p, withRelated.verdict(p));
    const cold = await Analyzer.open(heads, structuredClone(withRelated.snapshot()), reader);
    await cold.readForVerdicts([p]);
    expect(cold.detailsReady).toBe(false);
    // They read across whole coverages (a story's later posts): a text not read would pass for none.
    expect(() => cold.details(p, cold.verdict(p))).toThrow(/before the posts were read/);
    await Promise.all([cold.readForDetails(), cold.readForDetails()]);
    expect(read.coverages).toBe(2);
    expect(cold.texts.allRead).toBe(true);
    expect(cold.detailsReady).toBe(true);
    expect(cold.details(p, cold.verdict(p))).toEqual(withRelated.details(p, withRelated.verdict(p)));
  });

  it('a post gone from the store since its snapshot matches nothing, and nothing waits on it for ever', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const gone = shipped.posts[10];
    const { reader, read } = countingReader(new Set([gone.id]));
    const cold = await Analyzer.open(heads, snapshot, reader);
    await cold.readForVerdicts([gone, shipped.posts[11]]);
    const once = { ...read };
    // Asked for again, it is not looked for again.
    await cold.readForVerdicts([gone, shipped.posts[11]]);
    expect(read).toEqual(once);
    expect(read.coverages).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/1 indexed posts are no longer stored/));
    expect(cold.verdict(shipped.posts[11]).status).toBe('same');
    expect(cold.verdict(gone).match?.postId).not.toBe(gone.id);
    warn.mockRestore();
  });

  it('a snapshot that does not fit the stored rows is not taken: every post is read and the index built', async () => {
    const { reader, read } = countingReader();
    const rewritten = heads.map((h) => (h.id === 'other' ? { ...h, revision: 1 } : h));
    const m = await Analyzer.open(rewritten, snapshot, reader);
    expect(m.rebuilt).toBe(true);
    expect(read.coverages).toBe(2);
    expect(m.texts.allRead).toBe(true);
  });

  it('a coverage grown since its snapshot is read whole and its new posts appended; the others stay unread', async () => {
    const { reader, read } = countingReader();
    const grown = heads.map((h) => (h.id === 'other' ? { ...h, postCount: h.postCount + 1 } : h));
    const extra = {
      ...other.posts[0],
      id: 'other:21',
      position: 21,
      paragraphs: ['A new post the blog wrote after the index was stored, long enough.'],
    };
    const withExtra = { ...other, posts: [...other.posts, extra] };
    const growingReader: PostReader = {
      ...reader,
      coverages: async (ids) => {
        read.coverages += ids.length;
        return ids.includes('other') ? [structuredClone(withExtra)] : [];
      },
    };
    const m = await Analyzer.open(grown, snapshot, growingReader);
    expect(m.rebuilt).toBe(false);
    expect(read.coverages).toBe(1);
    expect(m.postCount).toBe(built.postCount + 1);
    await m.readForVerdicts([extra]);
    expect(m.verdict(extra)).toMatchObject({ status: 'same', match: { postId: 'other:21' } });
    expect(m.texts.allRead).toBe(false);
  });
});
