/**
 * Importing a coverage pack of any size in bounded memory, all or nothing: posts are checked line
 * by line and written in batches under a staging id; only when the last line has passed does one
 * transaction swap the staging batches in. A bad line stops the import, says which line and why,
 * and the staging rows are removed: the index is as it was.
 */
import type { CoverageMeta, IndexedPost } from '../coverage/types';
import { SHIPPED_COVERAGE_META } from '../coverage/shipped';
import { CAPTURE_PREFIX } from '../capture/capture';
import { PackError, readHeader, readPost } from '../packs/pack-format';
import { POSTS_PER_BATCH, type BackstoryDB, type PostBatch } from './db';

export interface ImportProgress {
  lines: number;
  bytes: number;
}

export interface PackImportResult {
  coverage: string;
  title: string;
  posts: number;
  /** Posts the pack held more than once (imported once). */
  repeated: number;
}

/** Lines of a text stream, without holding the whole text. */
async function* lines(stream: ReadableStream<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<string> {
  const reader = stream.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    onBytes(new TextEncoder().encode(value).length);
    rest += value;
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      yield rest.slice(0, nl).replace(/\r$/, '');
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
  }
  if (rest) yield rest;
}

const STAGING = 'staging:';

/**
 * The shipped coverage's id is never a pack's (seeding would put the shipped text back over it at
 * the next start); a captured blog's is, if the reader says so.
 */
async function mayTake(db: BackstoryDB, meta: CoverageMeta, confirmReplace: ConfirmReplace): Promise<void> {
  const existing = await db.coverages.get(meta.id);
  if (meta.id === SHIPPED_COVERAGE_META.id || existing?.origin === 'shipped') {
    throw new PackError(1, `coverage.id ${meta.id} is the coverage Backstory ships: give the pack an id of its own`);
  }
  if (
    existing &&
    (existing.meta.id.startsWith(CAPTURE_PREFIX) || existing.meta.source.startsWith('Captured from')) &&
    !(await confirmReplace({ id: existing.id, title: existing.meta.title }))
  ) {
    throw new PackError(1, `the pack would replace "${existing.meta.title}", which you added from its page; nothing was imported`);
  }
}
/** An import still staging after this long was abandoned (its page closed mid-way); a live one is far quicker. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Staging rows of imports abandoned mid-way (the Library closed, the browser stopped): removed at
 * the next start of the worker or the Library. Staging ids carry their start time, so an import
 * still running in another tab keeps its rows.
 */
export async function removeAbandonedImports(db: BackstoryDB, now = Date.now()): Promise<number> {
  const ids = new Set<string>();
  await db.postBatches
    .where('coverage')
    .startsWith(STAGING)
    .eachPrimaryKey(([coverage]) => void ids.add(coverage));
  const abandoned = [...ids].filter((id) => !(now - Number(id.split(':')[1]) < ABANDONED_AFTER_MS));
  let removed = 0;
  for (const id of abandoned) removed += await db.postBatches.where('coverage').equals(id).delete();
  return removed;
}

/**
 * Asked before a pack replaces a coverage the reader made by hand ("Add this live blog to my
 * index"): a pack that merely reuses its id must not silently take its place.
 */
export type ConfirmReplace = (existing: { id: string; title: string }) => Promise<boolean>;

export async function importPack(
  db: BackstoryDB,
  stream: ReadableStream<Uint8Array>,
  onProgress: (p: ImportProgress) => void = () => {},
  confirmReplace: ConfirmReplace = async () => false,
): Promise<PackImportResult> {
  const staging = `${STAGING}${Date.now()}:${crypto.randomUUID()}`;
  const progress: ImportProgress = { lines: 0, bytes: 0 };
  let meta: ReturnType<typeof readHeader> | null = null;
  const seen = new Set<string>();
  let batch: IndexedPost[] = [];
  let batches = 0;
  let repeated = 0;
  let lastPosition = 0;
  const flush = async () => {
    if (!batch.length) return;
    await db.postBatches.put({ coverage: staging, batch: batches++, posts: batch } satisfies PostBatch);
    batch = [];
  };
  try {
    for await (const line of lines(stream, (n) => (progress.bytes += n))) {
      progress.lines++;
      if (progress.lines === 1) {
        meta = readHeader(line);
        await mayTake(db, meta, confirmReplace);
        continue;
      }
      if (!line.trim()) continue;
      const post = readPost(line, progress.lines, meta!.id);
      if (seen.has(post.id)) {
        repeated++;
        continue;
      }
      seen.add(post.id);
      // Posts come oldest first: the index reads them in that order without sorting them all.
      if (post.position <= lastPosition)
        throw new PackError(progress.lines, `position ${post.position} comes after ${lastPosition}: posts must be listed oldest first`);
      lastPosition = post.position;
      batch.push(post);
      if (batch.length >= POSTS_PER_BATCH) {
        await flush();
        onProgress({ ...progress });
      }
    }
    if (!meta) throw new Error('the pack is empty');
    await flush();
    onProgress({ ...progress });
    const m = meta;
    await db.transaction('rw', db.coverages, db.postBatches, async () => {
      // A pack replaces what was stored under its id: a rewrite (the live index rebuilds for it).
      const old = await db.coverages.get(m.id);
      await db.postBatches.where('coverage').equals(m.id).delete();
      const staged = await db.postBatches.where('coverage').equals(staging).toArray();
      if (staged.length !== batches) throw new Error('the import was interrupted (its staged posts are gone): import the pack again');
      await db.postBatches.where('coverage').equals(staging).delete();
      await db.postBatches.bulkPut(staged.map((b) => ({ ...b, coverage: m.id, posts: b.posts })));
      await db.coverages.put({
        id: m.id,
        meta: m,
        origin: 'user',
        contentHash: `pack-${seen.size}-${Date.now().toString(36)}`,
        postCount: seen.size,
        batchCount: staged.length,
        storedAt: new Date().toISOString(),
        revision: old ? (old.revision ?? 0) + 1 : 0,
        bytes: staged.reduce((n, b) => n + JSON.stringify(b).length, 0),
      });
    });
    return { coverage: m.id, title: m.title, posts: seen.size, repeated };
  } catch (e) {
    await db.postBatches.where('coverage').equals(staging).delete();
    throw e;
  }
}
