import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { highlight } from '../../tests/support/highlights';
import { BackstoryDB } from './db';
import { deleteCoverage, listCoverages } from './coverage-admin';
import { putCoverage } from './coverage-store';

let db: BackstoryDB;
afterEach(async () => db?.delete());

describe('coverage admin', () => {
  it('lists coverages with counts and sizes, and deletes a user coverage but keeps highlights', async () => {
    db = new BackstoryDB('admin-1');
    const shipped = loadShippedCoverage();
    await putCoverage(db, shipped, 'shipped', 'h');
    await putCoverage(
      db,
      {
        meta: { ...shipped.meta, id: 'user-blog', title: 'A user blog' },
        posts: shipped.posts.slice(0, 3).map((p) => ({ ...p, coverage: 'user-blog', id: `user-blog:${p.position}` })),
      },
      'user',
      'u',
    );
    await db.highlights.put(highlight({ id: 'keep-me' }));
    const list = await listCoverages(db);
    expect(list.map((c) => [c.id, c.origin, c.posts])).toEqual([
      [shipped.meta.id, 'shipped', 64],
      ['user-blog', 'user', 3],
    ]);
    expect(list[0].bytes).toBeGreaterThan(50_000);
    await deleteCoverage(db, 'user-blog');
    expect((await listCoverages(db)).map((c) => c.id)).toEqual([shipped.meta.id]);
    expect(await db.postBatches.where('coverage').equals('user-blog').count()).toBe(0);
    expect(await db.highlights.get('keep-me')).toBeDefined();
    await expect(deleteCoverage(db, shipped.meta.id)).rejects.toThrow(/cannot be deleted/);
  });
});
