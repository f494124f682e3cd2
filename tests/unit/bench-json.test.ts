/**
 * `npm run bench -- --json` (docs/contracts.md §4): one JSON document on stdout, the tables on
 * stderr, `--only=matching --posts=N` limited to one size. Figures are not judged here, only their
 * shape: a benchmark measures, tests never time.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_ABSENT } from '../support/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');

describe('bench --json', () => {
  it('prints one JSON document with the matching figures of the one size asked for', () => {
    const r = spawnSync('node', ['bin/bench.mjs', '--only=matching', '--posts=1000', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.matching).toHaveLength(1);
    const m = report.matching[0];
    expect(m.posts).toBe(1000);
    for (const field of [
      'warmPageMs',
      'firstPageMs',
      'fingerprintFloorMs',
      'baselinePageMs',
      'indexBytes',
      'heapBytes',
      'buildPostsPerSecond',
      'falseDuplicateRate',
    ])
      expect(typeof m[field], field).toBe('number');
    expect(Object.keys(m.recall).sort()).toEqual(['combined', 'none', 'number-changed', 'sentence-added', 'truncated', 'typo']);
    // The false-duplicate rate is read over enough unrelated posts to tell 0.1%.
    expect(m.unrelatedPosts).toBeGreaterThanOrEqual(3000);
    // Real prose where the shared fixtures are, null (and said why on stderr) where they are not.
    if (FIXTURES_ABSENT) expect(m.realText).toBeNull();
    else expect(Object.keys(m.realText.recall)).toHaveLength(6);
    // The tables went to stderr, not into the document.
    expect(r.stderr).toContain('| indexed posts |');
  }, 120_000);

  it('refuses an unknown part', () => {
    const r = spawnSync('node', ['bin/bench.mjs', '--only=everything'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--only takes matching, page or index');
  });
});
