#!/usr/bin/env node
// `npm test`: type-check, lint, format check, build the extension with the test hosts, run the unit and component
// tests, then the end-to-end tests in real Chromium and Firefox ESR, and print one closing line
// `N passed, N failed` (CI reads it). Without the browsers, it fails saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const env = { ...process.env, BACKSTORY_TEST_HOSTS: '1' };

function step(name, cmd, args) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  return r.status === 0;
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // A file that failed to load has no tests but is a failure all the same.
  const broken = (j.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  return { passed: j.numPassedTests, failed: j.numFailedTests + broken, skipped: j.numPendingTests + j.numTodoTests };
}

const chromium = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
const firefox = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';
const missing = [
  [chromium, 'chromium'],
  [firefox, 'firefox-esr'],
].filter(([p]) => !existsSync(p));
if (missing.length) {
  console.error(
    `npm test needs real browsers: install ${missing.map(([, pkg]) => pkg).join(' and ')} (apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}), or set BACKSTORY_CHROMIUM / BACKSTORY_FIREFOX.`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Builds start from nothing: a release build left in .output must not be taken for the test build.
rmSync(join(root, '.output'), { recursive: true, force: true });

let ok = step('type-check', 'npx', ['tsc', '--noEmit']);
ok = step('lint (ESLint)', 'npx', ['eslint', '.']) && ok;
ok = step('format (Prettier)', 'npx', ['prettier', '--check', '.']) && ok;
ok = step('build (Chrome MV3, test hosts)', 'npx', ['wxt', 'build']) && ok;
ok = step('zip (Firefox MV2, test hosts)', 'npx', ['wxt', 'zip', '-b', 'firefox']) && ok;

const unitJson = join(results, 'unit.json');
const e2eJson = join(results, 'e2e.json');
step('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
step('end-to-end tests (Chromium, Firefox ESR)', 'npx', [
  'vitest',
  'run',
  '-c',
  'vitest.e2e.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${e2eJson}`,
]);

const total = [counts(unitJson), counts(e2eJson)].reduce((a, b) => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
}));
if (!ok) total.failed += 1; // a failed type-check or build counts as a failure
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
