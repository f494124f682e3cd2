import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { parseCoverage } from '../coverage/parse';
import { SHIPPED_COVERAGE_META } from '../coverage/shipped';
import { shippedCoverageText } from '../coverage/load-shipped-node';
import { POSTS_PER_BATCH } from './db';
import { highlight } from '../../tests/support/highlights';
import { loadCoverage, loadCoverages, putCoverage, seedCoverage } from './coverage-store';

const ID = SHIPPED_COVERAGE_META.id;
const parse = (t: string) => parseCoverage(t, SHIPPED_COVERAGE_META);
const fresh = freshDb;

describe('seeding the shipped coverage', () => {
  it('stores it once; seeding the same text again writes nothing', async () => {
    const db = fresh();
    expect(await seedCoverage(db, ID, shippedCoverageText(), parse)).toBe(true);
    expect(await seedCoverage(db, ID, shippedCoverageText(), parse)).toBe(false);
    const [c] = await loadCoverages(db);
    expect(c.posts).toHaveLength(64);
    expect(c.posts[0].id).toBe(`${ID}:1`);
    expect(await db.postBatches.count()).toBe(1);
  });

  it('replaces it when the shipped text changes, and never touches what users made', async () => {
    const db = fresh();
    await seedCoverage(db, ID, shippedCoverageText(), parse);
    await db.highlights.put(highlight({ id: 'h1' }));
    await putCoverage(db, { meta: { ...SHIPPED_COVERAGE_META, id: 'user-blog' }, posts: [] }, 'user', 'h');
    const shorter = shippedCoverageText().split('\n').slice(0, 100).join('\n');
    expect(await seedCoverage(db, ID, shorter, parse)).toBe(true);
    expect((await loadCoverage(db, ID))?.posts.length).toBeLessThan(64);
    expect(await db.highlights.get('h1')).toBeDefined();
    expect(await db.coverages.get('user-blog')).toBeDefined();
  });

  it('batches posts so a cold start reads few records', async () => {
    const db = fresh();
    const base = parse(shippedCoverageText());
    const many = Array.from({ length: POSTS_PER_BATCH * 2 + 5 }, (_, i) => ({
      ...base.posts[i % 64],
      id: `big:${i + 1}`,
      position: i + 1,
      coverage: 'big',
    }));
    await putCoverage(db, { meta: { ...base.meta, id: 'big' }, posts: many }, 'user', 'x');
    expect(await db.postBatches.where('coverage').equals('big').count()).toBe(3);
    expect((await loadCoverage(db, 'big'))?.posts.map((p) => p.position)).toEqual(many.map((p) => p.position));
  });

  it('a write that fails half way leaves the old copy whole', async () => {
    const db = fresh();
    await seedCoverage(db, ID, shippedCoverageText(), parse);
    const bad = parse(shippedCoverageText());
    // A function cannot be stored: the transaction aborts after its delete ran.
    (bad.posts[3] as unknown as { url: unknown }).url = () => 'not cloneable';
    await expect(putCoverage(db, bad, 'shipped', 'new-hash')).rejects.toThrow();
    const after = await loadCoverage(db, ID);
    expect(after?.posts).toHaveLength(64);
    expect((await db.coverages.get(ID))?.contentHash).not.toBe('new-hash');
  });
});
