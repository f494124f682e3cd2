/**
 * What the content script costs a page, in Chromium with the built extension:
 * - the check on a page that is not a live blog (User Timing `backstory:bail`);
 * - on a 300-post live blog: long tasks (PerformanceObserver, registered before the page loads),
 *   main-thread script time (CDP Performance.getMetrics) against the same page without the
 *   extension in the same run, time to the first pass and to all posts annotated;
 * - bytes injected at load (the content script) and on first use (the card).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { guardianPage, paragraphsHtml, type GuardianBlock } from '../lib/demo/guardian-page';
import { CHROME_BUILD, chromiumPath, launchChromium } from '../lib/browsers';
import { servePages } from '../lib/serve';
import { log, median } from './report';
import { startTrace } from './main-thread-trace';
import { profileLive } from './profile-page';

const RUNS = 5;
const POSTS = 300;

/** A 300-post live blog: every indexed post, then edited and new ones, in Guardian markup. */
function bigPage(): string {
  const coverage = loadShippedCoverage();
  const blocks: GuardianBlock[] = [];
  for (let i = 0; i < POSTS; i++) {
    const src = coverage.posts[i % coverage.posts.length];
    const round = Math.floor(i / coverage.posts.length);
    const paragraphs = round === 0 ? src.paragraphs : src.paragraphs.map((p, j) => (j === 0 ? `${p} (Update ${round}.)` : p));
    blocks.push({
      id: (0xa00000 + i).toString(16).padStart(24, '0'),
      title: round < 2 ? src.title : `${src.title ?? 'Update'} – ${round}`,
      bodyHtml: paragraphsHtml(paragraphs.length ? paragraphs : [`Fresh reporting number ${i} from the field.`]),
      publishedAt: new Date(Date.parse('2024-12-08T18:00:00Z') - i * 60_000).toISOString(),
    });
  }
  return guardianPage({ title: 'Benchmark live blog (300 posts)', blocks, pinFirst: true });
}

function articlePage(): string {
  const paras = loadShippedCoverage()
    .posts.slice(0, 40)
    .flatMap((p) => p.paragraphs);
  return `<!doctype html><html><head><title>An ordinary article</title></head><body><article><h1>An ordinary article</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

interface Run {
  scriptMs: number;
  tracedScriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
  longTasks: number[];
  marks: Record<string, number>;
}

async function measure(context: BrowserContext, url: string, annotated: boolean): Promise<Run> {
  const page: Page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const endTrace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  if (annotated) {
    await page.waitForFunction(
      () => {
        const hosts = [...document.querySelectorAll('backstory-annotation')];
        return hosts.length > 0 && hosts.every((h) => h.getAttribute('data-status') !== 'pending');
      },
      undefined,
      // Playwright polls on every animation frame by default: its script in the page then counted
      // as ours (~5 ms of the trace's script time, profiled).
      { timeout: 60_000, polling: 100 },
    );
    // The chips' details come in a second answer: our cost runs until they are drawn.
    await page.waitForFunction(
      () => performance.getEntriesByName('backstory:details').length >= performance.getEntriesByName('backstory:details-asked').length,
      undefined,
      { timeout: 60_000, polling: 100 },
    );
  } else {
    await page.waitForTimeout(1500);
  }
  await page.waitForTimeout(300);
  const tracedScriptMs = await endTrace();
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  const got = await page.evaluate(() => ({
    longTasks: (window as unknown as { __long: number[] }).__long,
    marks: Object.fromEntries(
      performance
        .getEntries()
        .filter((e) => e.name.startsWith('backstory:'))
        .map((e) => [e.name, e.entryType === 'measure' ? e.duration : e.startTime]),
    ),
  }));
  await page.close();
  return {
    scriptMs: metric('ScriptDuration'),
    tracedScriptMs,
    taskMs: metric('TaskDuration'),
    layoutMs: metric('LayoutDuration'),
    styleMs: metric('RecalcStyleDuration'),
    ...got,
  };
}

/**
 * Click on the first chip to the card drawn, the first time (the worker injects the card's code).
 * The click is a real one (chips ignore the clicks a page makes): its time is taken in the page
 * when the click arrives, and the card is waited for there.
 */
async function firstCardCost(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const chip = page.locator('backstory-annotation button.chip').first();
  await chip.waitFor();
  // Strings, not functions: the TypeScript loader's helpers do not exist in the page.
  await page.evaluate(`document.addEventListener('click', () => { window.__clickAt ??= performance.now(); }, true)`);
  await chip.click();
  const ms = (await page.evaluate(`new Promise((resolve) => {
    const root = document.querySelector('backstory-annotation').shadowRoot;
    const poll = () => root.querySelector('.card') ? resolve(performance.now() - window.__clickAt) : requestAnimationFrame(poll);
    poll();
  })`)) as number;
  await page.close();
  return ms;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

async function baselineContext(): Promise<BrowserContext> {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-bench-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** `profile`: instead of the figures, a CPU profile of warm loads of the live blog (profile-page.ts). */
export async function pageCost(profile = false): Promise<Record<string, unknown>> {
  const server = await servePages({ '/live': bigPage(), '/article': articlePage() });
  const withExt = await launchChromium();
  if (profile) {
    await measure(withExt.context, `${server.origin}/live`, true);
    await profileLive(withExt.context, `${server.origin}/live`);
    await withExt.close();
    await server.close();
    return {};
  }
  const without = await baselineContext();
  const rows: Record<string, Run[]> = { extLive: [], baseLive: [], extArticle: [], baseArticle: [] };
  // Warm-up, so the worker's index is built before the timed runs (the cold path is timed apart).
  const cold = await measure(withExt.context, `${server.origin}/live`, true);
  for (let i = 0; i < RUNS; i++) {
    rows.extLive.push(await measure(withExt.context, `${server.origin}/live`, true));
    rows.baseLive.push(await measure(without, `${server.origin}/live`, false));
    rows.extArticle.push(await measure(withExt.context, `${server.origin}/article`, false));
    rows.baseArticle.push(await measure(without, `${server.origin}/article`, false));
  }
  const cardMs = await firstCardCost(withExt.context, `${server.origin}/live`);
  await withExt.close();
  await without.close();
  await server.close();

  const m = (runs: Run[], f: (r: Run) => number) => median(runs.map(f));
  // Counts and the longest task are read over the same runs: the median run's count, the worst run's,
  // and the longest task of any run (a median of 0 beside "longest 58 ms" read as a contradiction).
  const longest = (runs: Run[]) => Math.max(0, ...runs.flatMap((r) => r.longTasks));
  const worst = (runs: Run[]) => Math.max(0, ...runs.map((r) => r.longTasks.length));
  const tasks = (runs: Run[]) =>
    `${m(runs, (r) => r.longTasks.length)} in the median run, ${worst(runs)} in the worst (longest ${fmt(longest(runs))} ms)`;
  const extra = (a: Run[], b: Run[], f: (r: Run) => number) => m(a, f) - m(b, f);
  const size = (f: string) => {
    const bytes = readFileSync(join(CHROME_BUILD, f));
    return `${(statSync(join(CHROME_BUILD, f)).size / 1024).toFixed(1)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
  };

  log(`\nPage cost in Chromium (median of ${RUNS} loads; with the extension vs without it, same run)\n`);
  log('| figure | 300-post live blog | ordinary article |');
  log('|---|---|---|');
  log(
    `| content script's first pass (detect, hosts; User Timing) | ${fmt(m(rows.extLive, (r) => r.marks['backstory:first-pass']))} ms | bail-out check ${fmt(m(rows.extArticle, (r) => r.marks['backstory:bail']))} ms |`,
  );
  log(`| of which locating the posts | ${fmt(m(rows.extLive, (r) => r.marks['backstory:locate']))} ms | – |`);
  log(
    `| page load to all posts annotated | ${fmt(m(rows.extLive, (r) => r.marks['backstory:annotated']))} ms (cold worker: ${fmt(cold.marks['backstory:annotated'])} ms) | – |`,
  );
  // A warm worker sends details with the verdicts: no second answer, no `backstory:details` mark.
  const details = (r: Run) => r.marks['backstory:details'] ?? r.marks['backstory:annotated'];
  log(
    `| page load to every post's details (chips) drawn | ${fmt(m(rows.extLive, details))} ms (cold worker: ${fmt(details(cold))} ms) | – |`,
  );
  log(
    `| main-thread script time from a trace, every world (the target's figure), with / without | ${fmt(m(rows.extLive, (r) => r.tracedScriptMs))} / ${fmt(m(rows.baseLive, (r) => r.tracedScriptMs))} ms | ${fmt(m(rows.extArticle, (r) => r.tracedScriptMs))} / ${fmt(m(rows.baseArticle, (r) => r.tracedScriptMs))} ms |`,
  );
  log(
    `| our extra script time from the trace (difference) | ${fmt(extra(rows.extLive, rows.baseLive, (r) => r.tracedScriptMs))} ms | ${fmt(extra(rows.extArticle, rows.baseArticle, (r) => r.tracedScriptMs))} ms |`,
  );
  log(
    `| main-thread script time (CDP ScriptDuration: misses injected scripts), with / without | ${fmt(m(rows.extLive, (r) => r.scriptMs))} / ${fmt(m(rows.baseLive, (r) => r.scriptMs))} ms | ${fmt(m(rows.extArticle, (r) => r.scriptMs))} / ${fmt(m(rows.baseArticle, (r) => r.scriptMs))} ms |`,
  );
  log(
    `| our extra script time (difference) | ${fmt(extra(rows.extLive, rows.baseLive, (r) => r.scriptMs))} ms | ${fmt(extra(rows.extArticle, rows.baseArticle, (r) => r.scriptMs))} ms |`,
  );
  log(
    `| our extra layout + style time (difference) | ${fmt(extra(rows.extLive, rows.baseLive, (r) => r.layoutMs + r.styleMs))} ms | ${fmt(extra(rows.extArticle, rows.baseArticle, (r) => r.layoutMs + r.styleMs))} ms |`,
  );
  // The target is per run: each load with the extension against the load without it just after.
  const perRun = (a: Run[], b: Run[]) =>
    a.map((r, i) => r.tracedScriptMs + r.layoutMs + r.styleMs - (b[i].tracedScriptMs + b[i].layoutMs + b[i].styleMs));
  log(
    `| our extra script (trace) + layout + style, run by run | ${perRun(rows.extLive, rows.baseLive).map(fmt).join(', ')} ms | ${perRun(rows.extArticle, rows.baseArticle).map(fmt).join(', ')} ms |`,
  );
  log(
    `| our extra main-thread task time (difference) | ${fmt(extra(rows.extLive, rows.baseLive, (r) => r.taskMs))} ms | ${fmt(extra(rows.extArticle, rows.baseArticle, (r) => r.taskMs))} ms |`,
  );
  log(
    `| long tasks (≥ 50 ms), with / without | ${tasks(rows.extLive)} / ${tasks(rows.baseLive)} | ${tasks(rows.extArticle)} / ${tasks(rows.baseArticle)} |`,
  );
  log(`\nInjected at page load: content script ${size('content-scripts/content.js')}`);
  log(
    `Injected on first card opened: card ${size('injected-card.js')}; click to card drawn: ${fmt(cardMs)} ms (later cards: drawn at once)`,
  );
  const gz = (f: string) => gzipSync(readFileSync(join(CHROME_BUILD, f)), { level: 9 }).length;
  const medians = (runs: Run[]) => ({
    scriptMs: m(runs, (r) => r.scriptMs),
    tracedScriptMs: m(runs, (r) => r.tracedScriptMs),
    layoutStyleMs: m(runs, (r) => r.layoutMs + r.styleMs),
    taskMs: m(runs, (r) => r.taskMs),
    longTasks: m(runs, (r) => r.longTasks.length),
    longTasksWorstRun: worst(runs),
    longestTaskMs: longest(runs),
  });
  return {
    runs: RUNS,
    firstPassMs: m(rows.extLive, (r) => r.marks['backstory:first-pass']),
    bailMs: m(rows.extArticle, (r) => r.marks['backstory:bail']),
    annotatedMs: m(rows.extLive, (r) => r.marks['backstory:annotated']),
    annotatedColdMs: cold.marks['backstory:annotated'] ?? null,
    extraScriptMs: extra(rows.extLive, rows.baseLive, (r) => r.scriptMs),
    extraTracedScriptMs: extra(rows.extLive, rows.baseLive, (r) => r.tracedScriptMs),
    extraScriptLayoutStyleMsPerRun: perRun(rows.extLive, rows.baseLive),
    extraLayoutStyleMs: extra(rows.extLive, rows.baseLive, (r) => r.layoutMs + r.styleMs),
    live: { with: medians(rows.extLive), without: medians(rows.baseLive) },
    article: { with: medians(rows.extArticle), without: medians(rows.baseArticle) },
    contentScriptGzipBytes: gz('content-scripts/content.js'),
    cardGzipBytes: gz('injected-card.js'),
    firstCardMs: cardMs,
  };
}
