/**
 * A screenshot of every state a reader can meet, in light and dark, for a person to look at
 * (test-results/states/): chip lines unchanged, edited, new and in error; an open card with every
 * section; the popup on a live blog, on an ordinary page and on a live blog the index does not
 * hold; the Library empty, full and importing; the reader page. Each state is checked to be the
 * state it claims before it is taken, so a screenshot never shows something else under its name.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../bin/lib/browsers';
import { servePages, type PageServer } from '../../bin/lib/serve';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { demoPageHtml, demoPosts } from '../../bin/lib/demo/demo-page';
import { toBackup } from '../../lib/highlights/backup';
import { writePack } from '../../lib/packs/pack-format';
import { syntheticCoverage, WordChain } from '../../bin/bench/corpus';
import { highlight } from '../support/highlights';
import { hostileCopyPage } from '../support/pages';
import { unknownLivePage } from '../support/outlet-pages';
import { ARTIFACTS, HOST, README_SHOTS, settledStatuses, tabIdOf } from './helpers';
import { storyOf } from '../../lib/analysis/story-of';
import { timedCoveragePack } from '../support/timed-coverage';

const STATES = join(ARTIFACTS, 'states');
const coverage = loadShippedCoverage();
const posts = demoPosts(coverage);
const hostileCopy = hostileCopyPage();
let browser: ChromiumSession;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(STATES, { recursive: true });
  server = await servePages({
    '/demo': demoPageHtml(coverage),
    '/hostile-copy': hostileCopy.html,
    '/unknown': unknownLivePage(),
    '/plain': '<!doctype html><html lang="en"><head><title>Plain</title></head><body><p>Nothing live here.</p></body></html>',
  });
});
afterAll(async () => {
  await server?.close();
});

/** A message as the browser's UI language says it (public/_locales). */
const said = (language: string, key: string): string =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'))[key].message;

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  // Arabic: the whole UI mirrors, not only the text.
  ['ar', 'light'],
] as const)('Chromium: every state, in %s, %s theme', (language, scheme) => {
  const shot = (page: Page, name: string, target?: string) =>
    (target ? page.locator(target).first() : page).screenshot({
      path: join(STATES, `${name}-${scheme}${language === 'en' ? '' : `-${language}`}.png`),
    });
  /** An extension page in the UI's language and direction. */
  const speaks = async (page: Page) => {
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual([
      language,
      language === 'ar' ? 'rtl' : 'ltr',
    ]);
  };
  // A browser of its own per run: the first visit of the demo blog would follow it (its new
  // post then in the index), and the Library would not be empty any more.
  beforeAll(async () => {
    browser = await launchChromium({ language });
  });
  afterAll(async () => {
    await browser?.close();
  });
  const open = async (url: string) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    return page;
  };
  const popupOn = async (page: Page) => {
    const popup = await open(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page.url())}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    return popup;
  };

  it('chip lines, an open card, and the popup on the blog', async () => {
    const page = await open(`${server.origin}/demo`);
    await settledStatuses(page, posts.length);
    for (const status of ['same', 'edited', 'unindexed'] as const) {
      const post = posts.find((p) => p.expected === status)!;
      const host = `#block-${post.block.id} ${HOST}`;
      await expect(page.locator(host).getAttribute('data-status')).resolves.toBe(status);
      // The post with its chips, as the reader sees them.
      await page.locator(`#block-${post.block.id}`).scrollIntoViewIfNeeded();
      await shot(page, `chips-${status}`, `#block-${post.block.id}`);
      await expect(page.locator(`${host} .bs`).getAttribute('dir')).resolves.toBe(language === 'ar' ? 'rtl' : 'ltr');
    }
    const edited = posts.find((p) => p.expected === 'edited' && p.edit !== 'none')!;
    const host = `#block-${edited.block.id} ${HOST}`;
    await page.locator(`${host} button.chip`).click();
    const card = page.locator(`${host} .card`);
    await card.waitFor();
    await expect(card.locator('h3').allTextContents()).resolves.toEqual(
      expect.arrayContaining([said(language, 'cardAttribution'), said(language, 'cardCorrections')]),
    );
    await shot(page, 'card', `#block-${edited.block.id}`);
    const popup = await popupOn(page);
    await popup.locator('ol.posts li').first().waitFor();
    await speaks(popup);
    await shot(popup, 'popup-live-blog');
    // The README shows the popup in Arabic, mirrored.
    if (language === 'ar') await popup.screenshot({ path: join(README_SHOTS, 'popup-ar.png') });
    await popup.close();
    await page.close();
  });

  it('a post that could not be checked', async () => {
    const page = await open(`${server.origin}/hostile-copy`);
    await settledStatuses(page, hostileCopy.total);
    const error = page.locator(`${HOST}[data-status="error"]`).first();
    await error.waitFor();
    // Its post, found from the host (inside it or just after its heading).
    const box = await error.evaluate((h) => {
      h.scrollIntoView({ block: 'center' });
      const post = h.closest('article, li, section') ?? h.parentElement!;
      const r = post.getBoundingClientRect();
      return { x: Math.max(0, r.left), y: Math.max(0, r.top), width: Math.min(r.width, innerWidth), height: Math.min(r.height, 400) };
    });
    await page.screenshot({ path: join(STATES, `chips-error-${scheme}${language === 'en' ? '' : `-${language}`}.png`), clip: box });
    await page.close();
  });

  it('the popup on an ordinary page and on a live blog the index does not hold', async () => {
    for (const [path, name] of [
      ['/plain', 'popup-ordinary-page'],
      ['/unknown', 'popup-unindexed-blog'],
    ] as const) {
      const page = await open(`${server.origin}${path}`);
      await page.waitForLoadState('networkidle');
      const popup = await popupOn(page);
      await popup.locator('main, body > *').first().waitFor();
      await popup.waitForTimeout(500);
      await shot(popup, name);
      await popup.close();
      await page.close();
    }
  });

  it('the Library empty, full and importing, and the reader page', async () => {
    const library = await open(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('section.coverages tbody tr').first().waitFor();
    await speaks(library);
    const empty = (await library.locator('.empty').count()) > 0;
    if (empty) await shot(library, 'library-empty');
    // Full: highlights restored from a backup, as a researcher's would be.
    const dir = mkdtempSync(join(tmpdir(), 'backstory-states-'));
    const backup = join(dir, 'backup.json');
    writeFileSync(
      backup,
      toBackup(
        Array.from({ length: 24 }, (_, i) =>
          highlight({ id: `urn:uuid:state-${i}`, note: i % 3 ? '' : 'Check against the wire', tags: i % 2 ? ['claims'] : [] }),
        ),
      ),
    );
    await library.locator('.actions input[type=file]').setInputFiles(backup);
    await library.locator('header .ok').waitFor();
    await expect.poll(() => library.locator('.items > li').count()).toBe(20);
    await shot(library, 'library-full');
    // A coverage over time (one whose posts have times): posts per hour, edits darker, in words too.
    const timed = timedCoveragePack(`timed-${language}-${scheme}`);
    writeFileSync(join(dir, 'timed.jsonl'), timed.pack);
    await library.locator('section.coverages input[type=file]').setInputFiles(join(dir, 'timed.jsonl'));
    await library.locator(`section.coverages tr[data-coverage="${timed.id}"] button[aria-expanded]`).click();
    await library.locator(`section.coverages [data-hours="${timed.id}"] rect.posts`).first().waitFor({ state: 'attached' });
    await shot(library, 'library-over-time', 'section.coverages');
    // Importing: a pack large enough to be caught in progress.
    const pack = join(dir, 'pack.jsonl');
    const chain = new WordChain(coverage.posts.flatMap((p) => p.paragraphs));
    const big = `states-${language}-${scheme}`;
    writeFileSync(pack, writePack(syntheticCoverage(big, 20_000, chain, 7)));
    await library.locator('section.coverages input[type=file]').setInputFiles(pack);
    await library.locator('section.coverages progress').first().waitFor();
    await shot(library, 'library-importing', 'section.coverages');
    await library.locator(`section.coverages tr[data-coverage="${big}"]`).waitFor({ timeout: 120_000 });
    await library.close();

    // At a post with a story: its timeline under it.
    const told = coverage.posts.find((p) => storyOf(coverage, p.id).length >= 2)!;
    const reader = await open(`chrome-extension://${browser.extensionId}/reader.html#${encodeURIComponent(told.id)}`);
    await reader.waitForSelector('article.post.focus');
    await speaks(reader);
    await expect.poll(() => reader.locator('article.post.focus .story .mark').count()).toBe(storyOf(coverage, told.id).length + 1);
    await shot(reader, 'reader');
    await reader.close();
  });
});
