/**
 * What a worker needs to match, read in one transaction so that the snapshot and the posts are
 * of the same moment: the coverages with their revisions, and the stored index (which says itself
 * what it was built from: lib/match/index-snapshot.ts). A snapshot is one record written in one
 * transaction: a worker stopped while writing it leaves the old one or the new one.
 */
import type { Coverage } from '../coverage/types';
import type { Revisions } from '../match/index-snapshot';
import type { BackstoryDB, StoredCoverage } from './db';

export interface IndexSource {
  coverages: Coverage[];
  revisions: Revisions;
  /** The stored index's arrays, if any: the analyzer decides whether they still fit. */
  snapshot: unknown;
}

export const revisionsOf = (stored: readonly StoredCoverage[]): Revisions => Object.fromEntries(stored.map((c) => [c.id, c.revision ?? 0]));

export async function loadIndexSource(db: BackstoryDB): Promise<IndexSource> {
  return db.transaction('r', db.coverages, db.postBatches, db.indexSnapshots, async () => {
    const stored = await db.coverages.toArray();
    const [snapshot, ...posts] = await Promise.all([
      db.indexSnapshots.get('match'),
      ...stored.map((c) => db.postBatches.where('coverage').equals(c.id).sortBy('batch')),
    ]);
    return {
      coverages: stored.map((c, i) => ({ meta: c.meta, posts: posts[i].flatMap((b) => b.posts) })),
      revisions: revisionsOf(stored),
      snapshot: snapshot?.arrays,
    };
  });
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
