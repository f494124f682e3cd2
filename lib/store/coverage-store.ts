/**
 * Writing and reading coverages. A coverage is replaced in one transaction, so a worker stopped
 * mid-write leaves the old copy or the new one, never half of each.
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import { fnv1a } from '../text/hash';
import { POSTS_PER_BATCH, type BackstoryDB, type PostBatch, type StoredCoverage } from './db';

export function contentHash(text: string): string {
  return `${text.length.toString(36)}-${fnv1a(text).toString(36)}`;
}

/** `append`: the write only adds posts to the coverage as stored (its older posts are as they were). */
export async function putCoverage(
  db: BackstoryDB,
  coverage: Coverage,
  origin: StoredCoverage['origin'],
  hash: string,
  { append = false } = {},
): Promise<void> {
  const batches: PostBatch[] = [];
  for (let i = 0; i < coverage.posts.length; i += POSTS_PER_BATCH) {
    batches.push({ coverage: coverage.meta.id, batch: batches.length, posts: coverage.posts.slice(i, i + POSTS_PER_BATCH) });
  }
  await db.transaction('rw', db.coverages, db.postBatches, async () => {
    const old = await db.coverages.get(coverage.meta.id);
    const revision = old ? (old.revision ?? 0) + (append ? 0 : 1) : 0;
    await db.postBatches.where('coverage').equals(coverage.meta.id).delete();
    await db.postBatches.bulkPut(batches);
    await db.coverages.put({
      id: coverage.meta.id,
      meta: coverage.meta,
      origin,
      contentHash: hash,
      postCount: coverage.posts.length,
      batchCount: batches.length,
      storedAt: new Date().toISOString(),
      revision,
      bytes: batches.reduce((n, b) => n + JSON.stringify(b).length, 0),
    });
  });
}

/**
 * Stores the shipped coverage unless the same text is already there. Only the shipped coverage's
 * own rows are touched. Returns whether anything was written.
 */
export async function seedCoverage(db: BackstoryDB, id: string, text: string, parse: (text: string) => Coverage): Promise<boolean> {
  const hash = contentHash(text);
  const existing = await db.coverages.get(id);
  if (existing?.contentHash === hash) return false;
  const coverage = parse(text);
  if (coverage.meta.id !== id) throw new Error(`coverage id ${coverage.meta.id} is not ${id}`);
  await putCoverage(db, coverage, 'shipped', hash);
  return true;
}

/** A coverage's posts as stored, oldest first (its batches in order). */
export async function storedPostsOf(db: BackstoryDB, id: string): Promise<IndexedPost[]> {
  return (await db.postBatches.where('coverage').equals(id).sortBy('batch')).flatMap((b) => b.posts);
}

export async function loadCoverages(db: BackstoryDB): Promise<Coverage[]> {
  return db.transaction('r', db.coverages, db.postBatches, async () => {
    const stored = await db.coverages.toArray();
    const out: Coverage[] = [];
    for (const c of stored) out.push({ meta: c.meta, posts: await storedPostsOf(db, c.id) });
    return out;
  });
}

export async function loadCoverage(db: BackstoryDB, id: string): Promise<Coverage | null> {
  const c = await db.coverages.get(id);
  if (!c) return null;
  return { meta: c.meta, posts: await storedPostsOf(db, id) };
}
