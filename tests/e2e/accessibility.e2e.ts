/**
 * axe-core on every surface a reader meets, in light and dark: the chip lines on a live blog, an
 * open card, the popup on that blog, the Library and the reader page, and all of them again in
 * Arabic. 0 violations, each listed when there are some. (The test-host build keeps our shadow roots open, so axe sees inside them.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../bin/lib/browsers';
import { servePages, type PageServer } from '../../bin/lib/serve';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { demoPageHtml, demoPosts } from '../../bin/lib/demo/demo-page';
import { HOST, drawEveryLine, settledStatuses, tabIdOf } from './helpers';
import { storyOf } from '../../lib/analysis/story-of';
import { timedCoveragePack } from '../support/timed-coverage';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const coverage = loadShippedCoverage();
const posts = demoPosts(coverage);
let browser: ChromiumSession;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({ '/demo': demoPageHtml(coverage) });
});
afterAll(async () => {
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's violations in `within` (a selector) or the whole page: rule, impact, and where. */
async function violations(page: Page, within?: string): Promise<Violation[]> {
  // Evaluated, not added as a script tag: the extension's pages allow no inline script.
  await page.evaluate(`${AXE};0`);
  return page.evaluate(async (selector) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(0, 2).join(' ')}`),
    }));
  }, within);
}

/**
 * Tabs through a page from its start: each control reached, in order, with whether its focus is
 * visible (an outline, the browser's own ring, or a timeline mark's thicker ring). Shadow roots
 * (our hosts) are followed to the element inside them.
 */
async function tabThrough(page: Page, presses: number): Promise<{ what: string; visible: boolean }[]> {
  const seen: { what: string; visible: boolean }[] = [];
  // Focus styles apply only in the window that has the focus.
  await page.bringToFront();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body) return { what: 'body', visible: true };
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const circle = el.matches('.mark') ? el.querySelector('circle') : null;
        const mark = !!circle && parseFloat(getComputedStyle(circle).strokeWidth) >= 3;
        // A date field's focus is on one of its parts (day, month, year), which the browser itself
        // highlights; the field does not match :focus then.
        const part = el.matches('input[type="date"]');
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        return {
          what: `${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(' ')[0]}` : ''} ${name}`,
          visible: ring || mark || part,
        };
      }),
    );
  }
  return seen;
}

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  // Arabic: right to left, the browser's own UI language.
  ['ar', 'light'],
] as const)('Chromium: accessibility, in %s, %s theme', (language, scheme) => {
  beforeAll(async () => {
    browser = await launchChromium({ language });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the chip lines and an open card on a live blog, and the popup on it', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.origin}/demo`);
    await settledStatuses(page, posts.length);
    await drawEveryLine(page);
    expect(await violations(page, HOST)).toEqual([]);
    const edited = posts.find((p) => p.expected === 'edited')!;
    await page.locator(`#block-${edited.block.id}`).scrollIntoViewIfNeeded();
    const chip = page.locator(`#block-${edited.block.id} ${HOST} button.chip`);
    await chip.click();
    await page.locator(`#block-${edited.block.id} ${HOST} .card`).waitFor();
    expect(await violations(page, `#block-${edited.block.id} ${HOST}`)).toEqual([]);
    // From the chip into the card: every control on the way shows its focus.
    await page.bringToFront();
    await chip.focus();
    const cardStops = await tabThrough(page, 8);
    expect(cardStops.filter((s) => !s.visible)).toEqual([]);

    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page.url())}`);
    await popup.locator('ol.posts li').first().waitFor();
    await expect(popup.evaluate(() => document.documentElement.dir)).resolves.toBe(language === 'ar' ? 'rtl' : 'ltr');
    await popup.waitForLoadState('networkidle');
    expect(await violations(popup)).toEqual([]);
    // Every control reached from the keyboard shows where the focus is.
    const popupStops = await tabThrough(popup, 12);
    expect(popupStops.filter((s) => !s.visible)).toEqual([]);
    expect(popupStops.filter((s) => s.what !== 'body').length).toBeGreaterThan(5);
    await popup.close();
    await page.close();
  });

  it('the Library, with a followed blog, and the reader page', async () => {
    // A visit makes the blog a followed one: the Library then lists it, with its Forget buttons.
    const blog = await browser.context.newPage();
    await blog.goto(`${server.origin}/demo`);
    await settledStatuses(blog, posts.length);
    await blog.close();
    const library = await browser.context.newPage();
    await library.emulateMedia({ colorScheme: scheme });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('section.coverages tbody tr').first().waitFor();
    await library.getByTestId('followed-blogs').locator('tbody tr').first().waitFor();
    // With a coverage shown over time (imported: the shipped text has no times).
    const timed = timedCoveragePack(`timed-${language}-${scheme}`);
    const file = join(mkdtempSync(join(tmpdir(), 'backstory-a11y-')), 'timed.jsonl');
    writeFileSync(file, timed.pack);
    await library.locator('section.coverages input[type=file]').setInputFiles(file);
    await library.locator(`section.coverages tr[data-coverage="${timed.id}"] button[aria-expanded]`).click();
    await library.locator(`section.coverages [data-hours="${timed.id}"] rect.posts`).first().waitFor({ state: 'attached' });
    expect(await violations(library)).toEqual([]);
    const libraryStops = await tabThrough(library, 25);
    expect(libraryStops.filter((s) => !s.visible)).toEqual([]);
    await library.close();

    const reader = await browser.context.newPage();
    await reader.emulateMedia({ colorScheme: scheme });
    // At a post with a story, so its timeline is checked too.
    const told = coverage.posts.find((p) => storyOf(coverage, p.id).length >= 2)!;
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html#${encodeURIComponent(told.id)}`);
    await reader.waitForSelector('article.post.focus .story .mark');
    expect(await violations(reader)).toEqual([]);
    // The story's marks are reached too, each with its ring.
    const readerStops = await tabThrough(reader, 30);
    expect(readerStops.filter((s) => !s.visible)).toEqual([]);
    expect(readerStops.some((s) => s.what.startsWith('g.mark'))).toBe(true);
    await reader.close();
  });
});
