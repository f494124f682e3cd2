/**
 * The demo: builds the extension (with the test hosts), serves a Guardian-shaped page made from
 * the shipped coverage (a few posts edited, one new), and opens Chromium with Backstory on it.
 * With no display, or `--headless`, it writes a screenshot and the annotations to demo-output/;
 * `--no-build` takes the build as it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadShippedCoverage } from '../lib/coverage/load-shipped-node';
import { demoPageHtml, demoPosts } from './lib/demo/demo-page';
import { launchChromium, missingBrowsers, ROOT } from './lib/browsers';
import { servePages } from './lib/serve';
import { drawEveryLine } from './lib/draw-every-line';

const OUT = join(ROOT, 'demo-output');

export async function main(argv: string[]): Promise<number> {
  const headless = argv.includes('--headless') || !process.env.DISPLAY;
  const chromiumMissing = missingBrowsers().filter((m) => m.startsWith('Chromium'));
  if (chromiumMissing.length) {
    console.error(`demo: needs ${chromiumMissing[0]}`);
    return 2;
  }
  if (!argv.includes('--no-build')) {
    console.log('Building the extension…');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, BACKSTORY_TEST_HOSTS: '1' } });
    if (build.status !== 0) return 1;
  }

  const coverage = loadShippedCoverage();
  const server = await servePages({ '/demo/syria-live': demoPageHtml(coverage) });
  const url = `${server.origin}/demo/syria-live`;
  const started = Date.now();
  const browser = await launchChromium({ headless });
  const page = await browser.context.newPage();
  await page.goto(url);
  const expected = demoPosts(coverage);
  await page.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll('backstory-annotation')];
      return hosts.length === n && hosts.every((h) => h.getAttribute('data-status') !== 'pending');
    },
    expected.length,
    { timeout: 30_000 },
  );
  const annotatedMs = Date.now() - started;
  console.log(`Backstory annotated ${expected.length} posts on ${url} (${annotatedMs} ms from browser launch).`);

  if (!headless) {
    console.log('Chromium is open with Backstory on the demo page. Press Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      browser.context.once('close', () => resolve());
    });
    await browser.close().catch(() => {});
    await server.close();
    return 0;
  }

  mkdirSync(OUT, { recursive: true });
  const annotations = await page.evaluate(() =>
    [...document.querySelectorAll('backstory-annotation')].map((h) => ({
      key: h.getAttribute('data-post-key'),
      status: h.getAttribute('data-status'),
      title: h.parentElement?.querySelector('header h2')?.textContent ?? null,
    })),
  );
  // Every post's line drawn (they are drawn as posts come near the viewport), for the full page.
  await drawEveryLine(page);
  await page.screenshot({ path: join(OUT, 'demo-full.png'), fullPage: true });
  // Open the card of the first edited post so the screenshot shows what a reader sees.
  const edited = page.locator('backstory-annotation[data-status="edited"]').first();
  await edited.scrollIntoViewIfNeeded();
  await edited.locator('button.chip').click();
  await edited.scrollIntoViewIfNeeded();
  const shot = join(OUT, 'demo.png');
  await page.screenshot({ path: shot });
  const json = join(OUT, 'annotations.json');
  writeFileSync(json, `${JSON.stringify({ url, annotatedMs, posts: annotations }, null, 2)}\n`);
  const count = (s: string) => annotations.filter((a) => a.status === s).length;
  console.log(`${count('same')} unchanged, ${count('edited')} edited, ${count('unindexed')} not in the index.`);
  console.log(`Screenshot: ${shot}\nAnnotations: ${json}`);
  await browser.close();
  await server.close();
  return 0;
}
