import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { parseCoverage } from '../coverage/parse';
import { SHIPPED_COVERAGE_META } from '../coverage/shipped';
import { shippedCoverageText } from '../coverage/load-shipped-node';
import { Analyzer } from '../analysis/analyzer';
import { putCoverage, seedCoverage } from './coverage-store';
import { loadIndexSource, storeIndexSnapshot } from './index-store';

const parse = (t: string) => parseCoverage(t, SHIPPED_COVERAGE_META);

describe('the stored match index', () => {
  it('is used by the next start when the coverages are unchanged, and matches the same', async () => {
    const db = freshDb();
    await seedCoverage(db, SHIPPED_COVERAGE_META.id, shippedCoverageText(), parse);
    const first = await loadIndexSource(db);
    expect(first.snapshot).toBeUndefined();
    const built = new Analyzer(first.coverages, first.snapshot);
    expect(built.rebuilt).toBe(true);
    await storeIndexSnapshot(db, first.stamp, built.snapshot());

    const second = await loadIndexSource(db);
    expect(second.stamp).toBe(first.stamp);
    const loaded = new Analyzer(second.coverages, second.snapshot);
    expect(loaded.rebuilt).toBe(false);
    const post = first.coverages[0].posts[10];
    const edited = { ...post, paragraphs: [...post.paragraphs, 'A paragraph the index has never seen before today.'] };
    expect(loaded.verdict(edited)).toEqual(built.verdict(edited));
    expect(loaded.verdict(post).status).toBe('same');
  });

  it('is ignored once a coverage is added, and rebuilt from the posts', async () => {
    const db = freshDb();
    await seedCoverage(db, SHIPPED_COVERAGE_META.id, shippedCoverageText(), parse);
    const first = await loadIndexSource(db);
    await storeIndexSnapshot(db, first.stamp, new Analyzer(first.coverages).snapshot());
    const other = parse(shippedCoverageText());
    await putCoverage(
      db,
      {
        meta: { ...other.meta, id: 'copy' },
        posts: other.posts.slice(0, 5).map((p) => ({ ...p, coverage: 'copy', id: `copy:${p.position}` })),
      },
      'user',
      'c',
    );
    const second = await loadIndexSource(db);
    expect(second.stamp).not.toBe(first.stamp);
    expect(second.snapshot).toBeUndefined();
    const m = new Analyzer(second.coverages, second.snapshot);
    expect(m.rebuilt).toBe(true);
    expect(m.postCount).toBe(69);
  });

  it('a damaged snapshot is rebuilt, not trusted', async () => {
    const db = freshDb();
    await seedCoverage(db, SHIPPED_COVERAGE_META.id, shippedCoverageText(), parse);
    const { stamp, coverages } = await loadIndexSource(db);
    await storeIndexSnapshot(db, stamp, { format: 1, linePost: new Uint32Array(2) });
    const m = new Analyzer(coverages, (await loadIndexSource(db)).snapshot);
    expect(m.rebuilt).toBe(true);
    expect(m.verdict(coverages[0].posts[3]).status).toBe('same');
  });
});
