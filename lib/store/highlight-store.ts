/** Highlights in IndexedDB: saved one by one from pages, imported many at once from backups. */
import type { Highlight } from '../highlights/model';
import type { BackstoryDB } from './db';

export async function saveHighlight(db: BackstoryDB, h: Highlight): Promise<void> {
  await db.highlights.put(h);
}

export async function deleteHighlight(db: BackstoryDB, id: string): Promise<void> {
  await db.highlights.delete(id);
}

/**
 * A content script's save: only a highlight of its own page, and never over another page's
 * highlight of the same id (a page that learnt an id must not overwrite the note behind it).
 * Returns whether it was stored.
 */
export async function saveHighlightOfPage(
  db: BackstoryDB,
  h: Highlight,
  page: string,
  documentOf: (url: string) => string,
): Promise<boolean> {
  if (documentOf(h.pageUrl) !== page) return false;
  return db.transaction('rw', db.highlights, async () => {
    const old = await db.highlights.get(h.id);
    if (old && documentOf(old.pageUrl) !== page) return false;
    await db.highlights.put(h);
    return true;
  });
}

/** A content script's delete: only a highlight of its own page. Returns whether one was deleted. */
export async function deleteHighlightOfPage(
  db: BackstoryDB,
  id: string,
  page: string,
  documentOf: (url: string) => string,
): Promise<boolean> {
  return db.transaction('rw', db.highlights, async () => {
    const old = await db.highlights.get(id);
    if (!old || documentOf(old.pageUrl) !== page) return false;
    await db.highlights.delete(id);
    return true;
  });
}

export function highlightsOfPage(db: BackstoryDB, pageUrl: string): Promise<Highlight[]> {
  return db.highlights.where('pageUrl').equals(pageUrl).sortBy('createdAt');
}

export function allHighlights(db: BackstoryDB): Promise<Highlight[]> {
  return db.highlights.orderBy('createdAt').reverse().toArray();
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges imported highlights by id in one transaction: new ones are added, newer copies replace
 * older ones, the rest are left alone. Any failure rolls the whole import back.
 */
export async function importHighlights(db: BackstoryDB, incoming: readonly Highlight[]): Promise<ImportResult> {
  return db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.bulkGet(incoming.map((h) => h.id));
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    const writes: Highlight[] = [];
    incoming.forEach((h, i) => {
      const old = existing[i];
      if (!old) {
        result.added++;
        writes.push(h);
      } else if (h.modifiedAt > old.modifiedAt) {
        result.updated++;
        writes.push(h);
      } else result.unchanged++;
    });
    await db.highlights.bulkPut(writes);
    return result;
  });
}
