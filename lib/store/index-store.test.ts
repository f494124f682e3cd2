import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { parseCoverage } from '../coverage/parse';
import { SHIPPED_COVERAGE_META } from '../coverage/shipped';
import { shippedCoverageText } from '../coverage/load-shipped-node';
import { Analyzer } from '../analysis/analyzer';
import { loadCoverages, putCoverage, seedCoverage } from './coverage-store';
import { loadIndexHeads, loadRelatedSnapshot, storedPosts, storeIndexSnapshot, storedCoverages } from './index-store';
import type { BackstoryDB } from './db';

const parse = (t: string) => parseCoverage(t, SHIPPED_COVERAGE_META);
const shipped = () => parse(shippedCoverageText());
const copyOf = (n: number, id = 'copy') => ({
  meta: { ...shipped().meta, id },
  posts: shipped()
    .posts.slice(0, n)
    .map((p) => ({ ...p, coverage: id, id: `${id}:${p.position}`, paragraphs: [...p.paragraphs, `Copied to ${id}.`] })),
});

async function stored(db: BackstoryDB): Promise<Analyzer> {
  await seedCoverage(db, SHIPPED_COVERAGE_META.id, shippedCoverageText(), parse);
  const first = await loadIndexHeads(db);
  expect(first.snapshot).toBeUndefined();
  const built = await Analyzer.open(first.coverages, first.snapshot, storedPosts(db));
  expect(built.rebuilt).toBe(true);
  await storeIndexSnapshot(db, built.snapshot());
  return built;
}

/**
 * As the worker starts: the match index first (the posts' texts read as verdicts need them), its
 * related index and every text read after (what details need).
 */
const reload = async (db: BackstoryDB) => {
  const heads = await loadIndexHeads(db);
  const analyzer = await Analyzer.open(heads.coverages, heads.snapshot, storedPosts(db));
  expect(analyzer.detailsReady).toBe(false);
  analyzer.provideRelated(await loadRelatedSnapshot(db));
  return { source: { coverages: await loadCoverages(db), snapshot: heads.snapshot }, analyzer };
};

/** The verdict a worker gives: the texts matching needs read first. */
const verdictOf = async (analyzer: Analyzer, post: { title: string | null; paragraphs: string[] }) => {
  await analyzer.readForVerdicts([post]);
  return analyzer.verdict(post);
};

describe('the stored match index', () => {
  it('is used by the next start when the coverages are unchanged, and matches the same', async () => {
    const db = freshDb();
    const built = await stored(db);
    const { source, analyzer: loaded } = await reload(db);
    expect(loaded.rebuilt).toBe(false);
    expect(loaded.snapshotStale).toBe(false);
    const post = source.coverages[0].posts[10];
    const edited = { ...post, paragraphs: [...post.paragraphs, 'A paragraph the index has never seen before today.'] };
    expect(await verdictOf(loaded, edited)).toEqual(built.verdict(edited));
    expect((await verdictOf(loaded, post)).status).toBe('same');
  });

  it('takes a coverage added since, and a capture that grew, as appended posts: no rebuild', async () => {
    const db = freshDb();
    await stored(db);
    await putCoverage(db, copyOf(5), 'user', 'c');
    const once = await reload(db);
    expect(once.analyzer.rebuilt).toBe(false);
    expect(once.analyzer.snapshotStale).toBe(true);
    expect(once.analyzer.postCount).toBe(69);
    const copied = once.source.coverages.find((c) => c.meta.id === 'copy')!.posts[2];
    expect(await verdictOf(once.analyzer, copied)).toMatchObject({ status: 'same', match: { postId: copied.id } });
    // The capture grows (an append keeps its revision): still no rebuild, and the new posts match.
    await putCoverage(db, copyOf(9), 'user', 'c2', { append: true });
    const twice = await reload(db);
    expect(twice.analyzer.rebuilt).toBe(false);
    expect(twice.analyzer.postCount).toBe(73);
    const later = twice.source.coverages.find((c) => c.meta.id === 'copy')!.posts[7];
    expect(await verdictOf(twice.analyzer, later)).toMatchObject({ status: 'same', match: { postId: later.id } });
  });

  it('is rebuilt once a coverage is rewritten or removed', async () => {
    const db = freshDb();
    await stored(db);
    await putCoverage(db, copyOf(5), 'user', 'c');
    await storeIndexSnapshot(db, (await reload(db)).analyzer.snapshot());
    await putCoverage(db, copyOf(3), 'user', 'rewritten');
    expect((await reload(db)).analyzer.rebuilt).toBe(true);
    await db.coverages.delete('copy');
    await db.postBatches.where('coverage').equals('copy').delete();
    const { analyzer } = await reload(db);
    expect(analyzer.rebuilt).toBe(true);
    expect(analyzer.postCount).toBe(64);
  });

  it('a damaged snapshot is rebuilt, not trusted', async () => {
    const db = freshDb();
    await seedCoverage(db, SHIPPED_COVERAGE_META.id, shippedCoverageText(), parse);
    await storeIndexSnapshot(db, { format: 2, postIds: ['x'], revisions: {}, linePost: new Uint32Array(2) });
    const { source, analyzer } = await reload(db);
    expect(analyzer.rebuilt).toBe(true);
    expect(analyzer.texts.allRead).toBe(true);
    expect(analyzer.verdict(source.coverages[0].posts[3]).status).toBe('same');
  });
});

const asPagePost = (p: { title: string | null; paragraphs: string[] }, key: string) => ({
  key,
  title: p.title,
  paragraphs: p.paragraphs,
  byline: [],
  publishedAt: null,
  updatedAt: null,
});

describe('the stored posts, read as an index asks for them', () => {
  it('reads a post from the batch its position names, a coverage whose positions have gaps whole, and nothing of a rewritten one', async () => {
    const db = freshDb();
    const gappy = copyOf(6, 'gappy');
    gappy.posts = gappy.posts.map((p, i) => ({ ...p, position: 1000 + i * 700, id: `gappy:${1000 + i * 700}` }));
    await putCoverage(db, copyOf(6), 'user', 'c');
    await putCoverage(db, gappy, 'user', 'g');
    const reader = storedPosts(db);
    const want = [copyOf(6).posts[4], gappy.posts[3]];
    const got = await reader.posts(want, { copy: 0, gappy: 0 });
    // The batches read come whole: here, both coverages (one batch each; the gappy one read whole).
    expect(got.map((p) => p.id)).toEqual(expect.arrayContaining(['copy:5', 'gappy:3100']));
    expect(got).toHaveLength(12);
    expect(got.find((p) => p.id === 'copy:5')).toEqual(copyOf(6).posts[4]);
    expect((await reader.posts(want, { copy: 1, gappy: 0 })).map((p) => p.coverage)).toEqual(Array(6).fill('gappy'));
    expect((await reader.coverages(['copy', 'gappy', 'none'], { copy: 0, gappy: 3 })).map((c) => c.posts.length)).toEqual([6]);
  });
});

describe('the stored related index', () => {
  it('is stored with the match index once details were asked, and gives the same details', async () => {
    const db = freshDb();
    const built = await stored(db);
    // Matching alone stores no related index: details build it, and the snapshot is stale again.
    expect(await loadRelatedSnapshot(db)).toBeUndefined();
    const posts = (await loadCoverages(db))[0].posts.slice(0, 12).map((p, i) => asPagePost(p, `k${i}`));
    const want = posts.map((p) => built.details(p, built.verdict(p)));
    expect(built.snapshotStale).toBe(true);
    await storeIndexSnapshot(db, built.snapshot());
    expect(built.snapshotStale).toBe(false);
    const { source, analyzer } = await reload(db);
    expect(source.snapshot).not.toHaveProperty('related');
    expect(await loadRelatedSnapshot(db)).toHaveProperty('size', 64);
    // Details read the texts they need first (they come in the page's second answer).
    expect(analyzer.detailsReady).toBe(false);
    await analyzer.readForDetails();
    expect(posts.map((p) => analyzer.details(p, analyzer.verdict(p)))).toEqual(want);
    expect(analyzer.snapshotStale).toBe(false);
    // A snapshot of an index built anew, without details asked, removes the related index of the old one.
    await storeIndexSnapshot(db, new Analyzer(await loadCoverages(db)).snapshot());
    expect(await loadRelatedSnapshot(db)).toBeUndefined();
  });

  it('takes the posts added since it was stored: they are related to what they repeat', async () => {
    const db = freshDb();
    const built = await stored(db);
    const p0 = asPagePost((await loadCoverages(db))[0].posts[5], 'k');
    built.details(p0, built.verdict(p0));
    await storeIndexSnapshot(db, built.snapshot());
    await putCoverage(db, copyOf(8), 'user', 'c');
    const { source, analyzer } = await reload(db);
    expect(analyzer.rebuilt).toBe(false);
    const original = source.coverages.find((c) => c.meta.id !== 'copy')!.posts.find((p) => p.position === 3)!;
    const page = asPagePost(original, 'p');
    await analyzer.readForDetails();
    const d = analyzer.details(page, analyzer.verdict(page));
    // The copy of the post (appended to the stored related index) is its copy, not a related post.
    expect(d.related.map((r) => r.postId)).not.toContain('copy:3');
    const copy = asPagePost(source.coverages.find((c) => c.meta.id === 'copy')!.posts[2], 'c');
    await analyzer.readForDetails();
    expect(analyzer.details(copy, analyzer.verdict(copy)).covers).toEqual(['copy:3']);
    // Storing again carries the appended posts in the related index.
    expect(analyzer.snapshotStale).toBe(true);
    await storeIndexSnapshot(db, analyzer.snapshot());
    expect(await loadRelatedSnapshot(db)).toHaveProperty('size', 72);
  });
});

describe('the live index', () => {
  it('appends a capture that grew and a new coverage, and asks for a rebuild when one is removed', async () => {
    const db = freshDb();
    const live = await stored(db);
    await putCoverage(db, copyOf(5), 'user', 'c');
    const plan = live.plan(await storedCoverages(db));
    expect(plan).toEqual({ rebuild: false, add: ['copy'] });
    expect(live.add(copyOf(5), 0)).toBe(5);
    expect(live.verdict(copyOf(5).posts[4])).toMatchObject({ status: 'same', match: { postId: 'copy:5', total: 5 } });
    // Grown by a capture: only the new posts are appended, the others keep their place.
    expect(live.plan([...(await storedCoverages(db)).filter((c) => c.id !== 'copy'), { id: 'copy', revision: 0, postCount: 8 }])).toEqual({
      rebuild: false,
      add: ['copy'],
    });
    expect(live.add(copyOf(8), 0)).toBe(3);
    expect(live.postCount).toBe(72);
    // Held as stored now: nothing more to add.
    expect(live.plan([...(await storedCoverages(db)).filter((c) => c.id !== 'copy'), { id: 'copy', revision: 0, postCount: 8 }])).toEqual({
      rebuild: false,
      add: [],
    });
    expect(live.plan((await storedCoverages(db)).filter((c) => c.id !== 'copy'))).toEqual({ rebuild: true });
    expect(live.plan([...(await storedCoverages(db)).filter((c) => c.id !== 'copy'), { id: 'copy', revision: 1, postCount: 8 }])).toEqual({
      rebuild: true,
    });
  });
});
