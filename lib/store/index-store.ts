/**
 * What a worker needs to match, read in one transaction so that the snapshot and the posts are
 * of the same moment: the coverages, and the stored index if it was built from exactly these.
 * A snapshot is one record written in one transaction: a worker stopped while writing it leaves
 * the old one (whose stamp then no longer fits) or the new one, and the next start rebuilds or uses it.
 */
import type { Coverage } from '../coverage/types';
import { fnv1a } from '../text/hash';
import type { BackstoryDB, StoredCoverage } from './db';

export interface IndexSource {
  coverages: Coverage[];
  stamp: string;
  /** The stored index's arrays when they were built from these coverages; else undefined. */
  snapshot: unknown;
}

/** Changes whenever a coverage is added, removed or rewritten (`storedAt` changes on every write). */
export function indexStamp(stored: readonly StoredCoverage[]): string {
  const parts = stored.map((c) => `${c.id}\u0000${c.contentHash}\u0000${c.postCount}\u0000${c.storedAt}`);
  return `${stored.length}-${fnv1a(parts.join('\u0001')).toString(36)}`;
}

export async function loadIndexSource(db: BackstoryDB): Promise<IndexSource> {
  return db.transaction('r', db.coverages, db.postBatches, db.indexSnapshots, async () => {
    const stored = await db.coverages.toArray();
    const [snapshot, ...posts] = await Promise.all([
      db.indexSnapshots.get('match'),
      ...stored.map((c) => db.postBatches.where('coverage').equals(c.id).sortBy('batch')),
    ]);
    const stamp = indexStamp(stored);
    return {
      coverages: stored.map((c, i) => ({ meta: c.meta, posts: posts[i].flatMap((b) => b.posts) })),
      stamp,
      snapshot: snapshot?.stamp === stamp ? snapshot.arrays : undefined,
    };
  });
}

export async function storeIndexSnapshot(db: BackstoryDB, stamp: string, arrays: unknown): Promise<void> {
  await db.indexSnapshots.put({ id: 'match', stamp, arrays });
}
