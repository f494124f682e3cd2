import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { highlight } from '../../tests/support/highlights';
import { allHighlights, importHighlights, saveHighlight } from '../store/highlight-store';
import { BackupError, parseBackup, toBackup } from './backup';

const fresh = freshDb;

describe('backup', () => {
  it('round-trips, and importing twice adds nothing twice', async () => {
    const a = highlight();
    const b = highlight({ id: 'urn:uuid:b', exact: 'Another passage.' });
    const file = toBackup([a, b]);
    const db = fresh();
    expect(await importHighlights(db, parseBackup(file))).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await importHighlights(db, parseBackup(file))).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await allHighlights(db)).toHaveLength(2);
  });

  it('merges by id: a newer copy replaces an older one', async () => {
    const db = fresh();
    await saveHighlight(db, highlight());
    const newer = highlight({ note: 'Edited later', modifiedAt: '2025-01-01T00:00:00.000Z' });
    expect(await importHighlights(db, parseBackup(toBackup([newer])))).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await db.highlights.get(newer.id))?.note).toBe('Edited later');
  });

  it.each([
    ['not JSON', '{"format": ', /not JSON/],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, highlights: [] }), /not a Backstory backup/],
    ['a future version', JSON.stringify({ format: 'backstory-highlights', version: 9, highlights: [] }), /version 9/],
    ['a highlight without a quote', toBackup([highlight({ exact: '' })]), /highlight 1: exact/],
    ['bad offsets', toBackup([highlight(), highlight({ id: 'urn:uuid:x', start: 9, end: 3 })]), /highlight 2: start and end/],
    ['a repeated id', toBackup([highlight(), highlight()]), /appears twice/],
  ])('rejects %s with a clear message, changing nothing', async (_what, text, message) => {
    const db = fresh();
    await saveHighlight(db, highlight({ id: 'urn:uuid:kept' }));
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
    expect((await allHighlights(db)).map((h) => h.id)).toEqual(['urn:uuid:kept']);
  });

  it('an import that fails half way leaves nothing of it behind', async () => {
    const db = fresh();
    const good = highlight({ id: 'urn:uuid:good' });
    const bad = highlight({ id: 'urn:uuid:bad' }) as unknown as Record<string, unknown>;
    bad.snapshot = { ...(bad.snapshot as object), fn: () => 1 };
    await expect(importHighlights(db, [good, bad as never])).rejects.toThrow();
    expect(await allHighlights(db)).toEqual([]);
  });
});
