/**
 * What a worker needs to match, read in one transaction so that the snapshot and the coverages'
 * rows are of the same moment: each coverage's row (revision, post count) and the stored index
 * (which says itself what it was built from: lib/match/index-snapshot.ts); the posts' texts are
 * read later, as they are needed (`storedPosts`). A snapshot is one record written in one
 * transaction: a worker stopped while writing it leaves the old one or the new one.
 */
import type { PostPlace, PostReader } from '../analysis/post-texts';
import type { Coverage, CoverageMeta, IndexedPost } from '../coverage/types';
import type { CoverageHead, Revisions } from '../match/index-snapshot';
import { storedPostsOf } from './coverage-store';
import { POSTS_PER_BATCH, type BackstoryDB, type StoredCoverage } from './db';

export interface IndexHeads {
  coverages: (CoverageHead & { meta: CoverageMeta })[];
  /** The stored index's arrays, if any: the analyzer decides whether they still fit. */
  snapshot: unknown;
}

export const revisionsOf = (stored: readonly StoredCoverage[]): Revisions => Object.fromEntries(stored.map((c) => [c.id, c.revision ?? 0]));

export async function loadIndexHeads(db: BackstoryDB): Promise<IndexHeads> {
  return db.transaction('r', db.coverages, db.indexSnapshots, async () => {
    const [stored, snapshot] = await Promise.all([db.coverages.toArray(), db.indexSnapshots.get('match')]);
    return {
      coverages: stored.map((c) => ({ id: c.id, meta: c.meta, revision: c.revision ?? 0, postCount: c.postCount })),
      snapshot: snapshot?.arrays,
    };
  });
}

/** The coverages of these ids whose rows still say these revisions (a coverage rewritten since is not the one asked for). */
async function inRevision(db: BackstoryDB, ids: readonly string[], revisions: Revisions): Promise<StoredCoverage[]> {
  return (await db.coverages.bulkGet([...ids])).filter((c): c is StoredCoverage => !!c && (c.revision ?? 0) === revisions[c.id]);
}

/**
 * Reads the stored posts an index loaded without them asks for. A post is looked for in the batch
 * its position puts it in (coverages are stored oldest first, `POSTS_PER_BATCH` a batch, positions
 * from 1); a coverage where that misses (positions with gaps) is read whole. Every post of a batch
 * read is given: reading it cost the same, and a page's next posts are often its neighbours.
 */
export function storedPosts(db: BackstoryDB): PostReader {
  return {
    posts: (wanted, revisions) =>
      db.transaction('r', db.coverages, db.postBatches, async () => {
        const byCoverage = new Map<string, PostPlace[]>();
        for (const p of wanted) byCoverage.set(p.coverage, [...(byCoverage.get(p.coverage) ?? []), p]);
        const out: IndexedPost[] = [];
        for (const c of await inRevision(db, [...byCoverage.keys()], revisions)) {
          const want = byCoverage.get(c.id)!;
          const ids = new Set(want.map((p) => p.id));
          const batches = [...new Set(want.map((p) => Math.floor((p.position - 1) / POSTS_PER_BATCH)))];
          const rows = await db.postBatches.bulkGet(batches.map((b) => [c.id, b] as [string, number]));
          let found = rows.flatMap((r) => r?.posts ?? []);
          if (found.filter((p) => ids.has(p.id)).length < ids.size) found = await storedPostsOf(db, c.id);
          out.push(...found);
        }
        return out;
      }),
    coverages: (ids, revisions) =>
      db.transaction('r', db.coverages, db.postBatches, async () => {
        const rows = await inRevision(db, ids, revisions);
        const posts = await Promise.all(rows.map((c) => storedPostsOf(db, c.id)));
        return rows.map((c, i): Coverage => ({ meta: c.meta, posts: posts[i] }));
      }),
  };
}

/** The coverages as stored now, without their posts: what the live index is checked against after a write. */
export async function storedCoverages(db: BackstoryDB): Promise<StoredCoverage[]> {
  return db.coverages.toArray();
}

/**
 * Stores a snapshot: the match index in one record, its related index (when the snapshot has one)
 * in another, both in one transaction, so that a cold start reads only what verdicts need first.
 * A snapshot without a related index removes the stored one: it was of other posts.
 */
export async function storeIndexSnapshot(db: BackstoryDB, snapshot: unknown): Promise<void> {
  const { related, ...arrays } = (snapshot ?? {}) as { related?: unknown };
  await db.transaction('rw', db.indexSnapshots, async () => {
    // `stamp` is kept for the record's shape (older snapshots compared it); the arrays say what they hold.
    await db.indexSnapshots.put({ id: 'match', stamp: 'segments', arrays });
    if (related === undefined) await db.indexSnapshots.delete('related');
    else await db.indexSnapshots.put({ id: 'related', stamp: 'related', arrays: related });
  });
}

/** The stored related index, read after the match index (verdicts do not need it); the analyzer checks it fits. */
export async function loadRelatedSnapshot(db: BackstoryDB): Promise<unknown> {
  return (await db.indexSnapshots.get('related'))?.arrays;
}
