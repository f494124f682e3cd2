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
import { detailsAtScale } from './details';
import { log, setJson } from './report';

/**
 * Options, typed after `--` (`npm run bench -- --only=matching`): `--only=matching|page|index`,
 * `--posts=N` (one size), `--quick` (10^3, 10^4), `--big` (10^5), `--no-build`, `--json`;
 * `--profile` with `--only=page`: a CPU profile of the live blog instead (bin/bench/profile-page.ts).
 */
export async function main(argv: string[]): Promise<number> {
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
  const posts = Number(argv.find((a) => a.startsWith('--posts='))?.slice(8) ?? NaN);
  const json = argv.includes('--json');
  setJson(json);
  const report: Record<string, unknown> = {};
  const done = () => {
    if (json) console.log(JSON.stringify(report, null, 2));
    return 0;
  };
  if (only && !['matching', 'page', 'index'].includes(only)) {
    console.error(`bench: --only takes matching, page or index (not ${only})`);
    return 2;
  }
  if (!only || only === 'matching') {
    const sizes =
      Number.isInteger(posts) && posts > 0
        ? [posts]
        : argv.includes('--quick')
          ? [1_000, 10_000]
          : argv.includes('--big')
            ? [100_000]
            : [1_000, 10_000, 100_000];
    const matching = matchingAtScale(sizes);
    report.matching = matching.sizes;
    report.fingerprintMBps = matching.fingerprintMBps;
    report.fingerprintFirstPassMBps = matching.fingerprintFirstPassMBps;
    report.append = appendAtScale(sizes.filter((n) => n >= 10_000));
    // Details are targeted up to 10^5 posts; above, the rebuilt baseline alone takes minutes.
    report.details = await detailsAtScale(sizes.filter((n) => n >= 10_000 && n <= 100_000));
    report.hostile = hostileMatching();
    if (only === 'matching') return done();
  }
  if (!argv.includes('--no-build')) {
    const env = { ...process.env, BACKSTORY_TEST_HOSTS: '1' };
    if (spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env, stdio: 'ignore' }).status !== 0) {
      console.error('bench: the build failed');
      return 1;
    }
  }
  if (only === 'index') {
    report.index = await browserIndex(Number.isInteger(posts) && posts > 0 ? posts : 10_000);
    return done();
  }
  report.page = await pageCost(argv.includes('--profile'));
  if (only === 'page') return done();
  report.index = await browserIndex(10_000);
  log('');
  return done();
}
