/**
 * Release and test-host builds cannot be confused (docs/contracts.md §3): a release zip, built here
 * into a folder of its own, names itself Backstory and carries no test host; the test-host build
 * that `npm test` made names itself in its manifest and its zip's name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipEntries } from '../support/zip';

const ROOT = new URL('../..', import.meta.url).pathname;
// A test host as a match pattern or permission (Dexie's own debug check for localhost pages,
// a regular expression in its code, is not one).
const TEST_HOSTS = /https?:\/\/(?:127\.0\.0\.1|localhost)\/\*/;
const out = mkdtempSync(join(tmpdir(), 'backstory-release-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('builds', () => {
  it('a release zip has no test host anywhere in it, and says it is Backstory', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, BACKSTORY_OUT_DIR: out };
    delete env.BACKSTORY_TEST_HOSTS;
    const r = spawnSync('npx', ['wxt', 'zip'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
    const release = zips.find((f) => f.endsWith('-chrome-mv3.zip'));
    expect(release, zips.join(', ')).toBeDefined();
    expect(zips.some((f) => f.includes('testhosts'))).toBe(false);
    const entries = zipEntries(join(out, release!));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.name).toBe('Backstory');
    expect(JSON.stringify(manifest)).not.toMatch(/127\.0\.0\.1|localhost/);
    for (const [name, data] of entries) expect([name, TEST_HOSTS.test(data.toString('latin1'))]).toEqual([name, false]);
  }, 180_000);

  it('the test-host build names itself in its manifest and its zip', () => {
    const dir = join(ROOT, '.output');
    if (!existsSync(join(dir, 'chrome-mv3', 'manifest.json'))) throw new Error('no test-host build in .output: npm test builds it first');
    const manifest = JSON.parse(readFileSync(join(dir, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('Backstory (test hosts)');
    expect(manifest.host_permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*']));
    // `npm test` clears .output before it builds: every zip there is the test-host build's.
    const zips = readdirSync(dir).filter((f) => f.endsWith('.zip'));
    expect(zips).toEqual(expect.arrayContaining([expect.stringMatching(/-firefox-mv2-testhosts\.zip$/)]));
    expect(zips.filter((f) => !f.endsWith('-testhosts.zip'))).toEqual([]);
  });
});
