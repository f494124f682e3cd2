/**
 * `npm run bench`: measures what Backstory costs, printing figures (never asserting them).
 * Page cost in real Chromium: the built extension on a 300-post live blog and on an ordinary
 * article, against the same pages without the extension in the same run.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from '../lib/browsers';
import { pageCost } from './page-cost';
import { matchingAtScale } from './matching';
import { browserIndex } from './browser-index';
import { hostileMatching } from './hostile';
import { appendAtScale } from './append';

export async function main(argv: string[]): Promise<number> {
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
  if (!only || only === 'matching') {
    const sizes = argv.includes('--quick') ? [1_000, 10_000] : argv.includes('--big') ? [100_000] : [1_000, 10_000, 100_000];
    await matchingAtScale(sizes);
    appendAtScale(sizes.filter((n) => n >= 10_000));
    hostileMatching();
    if (only === 'matching') return 0;
  }
  if (!argv.includes('--no-build')) {
    const env = { ...process.env, BACKSTORY_TEST_HOSTS: '1' };
    if (spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env, stdio: 'ignore' }).status !== 0) {
      console.error('bench: the build failed');
      return 1;
    }
  }
  if (only === 'index') {
    await browserIndex(Number(argv.find((a) => a.startsWith('--posts='))?.slice(8) ?? 10_000));
    return 0;
  }
  await pageCost();
  if (only === 'page') return 0;
  await browserIndex(10_000);
  return 0;
}
