/** The Library's view of the stored coverages: what is there, how big, and deleting one. */
import type { BackstoryDB, StoredCoverage } from './db';

export interface CoverageInfo {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  source: string;
  firstDay: string | null;
  lastDay: string | null;
  origin: StoredCoverage['origin'];
  posts: number;
  /** Approximate bytes on disk: the size of its stored records. */
  bytes: number;
}

/** The coverages of "Your index": shipped, captured and imported (followed blogs have a list of their own). */
export async function listCoverages(db: BackstoryDB): Promise<CoverageInfo[]> {
  const out: CoverageInfo[] = [];
  for (const c of await db.coverages.where('origin').anyOf('shipped', 'user').toArray()) {
    // Sizes are stored when written; a coverage stored before that is measured once here.
    let bytes = JSON.stringify(c).length + (c.bytes ?? 0);
    if (c.bytes === undefined)
      await db.postBatches
        .where('coverage')
        .equals(c.id)
        .each((b) => {
          bytes += JSON.stringify(b).length;
        });
    const m = c.meta;
    out.push({
      id: c.id,
      title: m.title,
      publisher: m.publisher,
      url: m.url,
      source: m.source,
      firstDay: m.firstDay,
      lastDay: m.lastDay,
      origin: c.origin,
      posts: c.postCount,
      bytes,
    });
  }
  return out.sort((a, b) => (a.origin === b.origin ? a.title.localeCompare(b.title) : a.origin === 'shipped' ? -1 : 1));
}

/** Deletes a coverage the user added; highlights are the user's and stay. The shipped one stays too. */
export async function deleteCoverage(db: BackstoryDB, id: string): Promise<void> {
  await db.transaction('rw', db.coverages, db.postBatches, async () => {
    const c = await db.coverages.get(id);
    if (!c) return;
    if (c.origin === 'shipped') throw new Error('the coverage Backstory ships cannot be deleted');
    await db.postBatches.where('coverage').equals(id).delete();
    await db.coverages.delete(id);
  });
}
