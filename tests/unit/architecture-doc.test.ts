/**
 * The map is true: every path docs/architecture.md names exists, every top folder of lib/ says
 * where its code runs, and docs/contracts.md is the shared contract as it stands.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const named = [...doc.matchAll(/`([\w./-]+)`/g)]
      .map((m) => m[1])
      .filter((p) => /^(lib|components|entrypoints|bin|tests|docs)\//.test(p));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it('draws the data flow through folders that exist', () => {
    const drawn = [...doc.matchAll(/(?<![\w/])(lib\/[\w-]+)/g)].map((m) => m[1]);
    expect(drawn.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});

describe('lib/', () => {
  it('says in each top folder where its code runs', () => {
    const folders = readdirSync(join(ROOT, 'lib')).filter((f) => statSync(join(ROOT, 'lib', f)).isDirectory());
    const silent = folders.filter((f) => {
      const readme = join(ROOT, 'lib', f, 'README.md');
      return !existsSync(readme) || !/\bRuns (in|anywhere)\b/.test(readFileSync(readme, 'utf8'));
    });
    expect(silent).toEqual([]);
  });

  it('keeps no file at its top: every module sits in a folder that says what it holds', () => {
    expect(readdirSync(join(ROOT, 'lib')).filter((f) => statSync(join(ROOT, 'lib', f)).isFile())).toEqual([]);
  });
});

describe('docs/contracts.md', () => {
  const shared = join(ROOT, '../shared/docs/contracts.md');
  it.skipIf(!existsSync(shared))('is the shared contract, kept in step (../shared/docs/contracts.md)', () => {
    expect(readFileSync(join(ROOT, 'docs/contracts.md'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
