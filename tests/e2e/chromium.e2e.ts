import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../bin/lib/browsers';
import { servePages, type PageServer } from '../../bin/lib/serve';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { writePack } from '../../lib/packs/pack-format';
import { demoPageHtml, demoPosts, demoRemovedPost } from '../../bin/lib/demo/demo-page';
import { unknownLivePage } from '../support/outlet-pages';
import { boundaryPageHtml, boundaryPosts, hostileCopyPage, hostilePage, livePage } from '../support/pages';
import { expectHostileCopyHolds } from './hostile-copy';
import { expectRevisitFollowed, sinceOf } from './revisit';
import { revisit } from '../support/revisit';

import { FIXTURES_ABSENT, marsBlocks, marsPageHtml } from '../support/fixtures';
import {
  ARTIFACTS,
  README_SHOTS,
  clickToolbar,
  drawnHighlights,
  selectText,
  HOST,
  pageUntouched,
  settledStatuses,
  waitForStatuses,
  tabIdOf,
  drawEveryLine,
} from './helpers';

let browser: ChromiumSession;
let server: PageServer;
const live = livePage();
const hostile = hostilePage();
const hostileCopy = hostileCopyPage();
const coverage = loadShippedCoverage();

beforeAll(async () => {
  server = await servePages({
    '/boundaries': boundaryPageHtml(),
    '/live': live.html,
    '/hostile': hostile.html,
    '/demo': demoPageHtml(coverage),
    '/unknown': unknownLivePage(),
    '/research': boundaryPageHtml(),
    '/hostile-copy': hostileCopy.html,
  });
  if (!FIXTURES_ABSENT) server.set('/mars', marsPageHtml());
  server.set('/plain', '<!doctype html><html lang="en"><head><title>Plain</title></head><body><p>Nothing live here.</p></body></html>');
  browser = await launchChromium();
  // Following records every live blog opened and takes its posts into the index: the tests of the
  // index's statuses, which open the same pages again, run with it off; the followed-blog test turns it on.
  await setFollowing(false);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Following live blogs on or off everywhere, through the popup opened on an ordinary page; done once a fresh popup says so. */
async function setFollowing(on: boolean): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/plain`);
  const url = `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page.url())}`;
  const popup = await browser.context.newPage();
  for (let tries = 0; ; tries++) {
    await popup.goto(url);
    const box = popup.getByLabel('Everywhere');
    await box.waitFor();
    if ((await box.isChecked()) === on) break;
    if (tries === 20) throw new Error(`following could not be turned ${on ? 'on' : 'off'}`);
    await box.setChecked(on);
    await popup.waitForTimeout(200);
  }
  await popup.close();
  await page.close();
}

describe('Chromium: the demo page', () => {
  it('annotates every post as the demo intends', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/demo`);
    const expected = demoPosts(coverage);
    const statuses = await settledStatuses(page, expected.length);
    expect(Object.values(statuses)).toEqual(expected.map((p) => p.expected));
    // Every post with details shows one line of chips (once it has come near); the cards hold every section.
    await drawEveryLine(page);
    const kurds = page
      .locator(`${HOST}`)
      .filter({ has: page.locator('.mini', { hasText: 'Telegram' }) })
      .first();
    await expect(kurds.locator('.mini').allTextContents()).resolves.toEqual(['AFP', 'Telegram', expect.stringMatching(/later update/)]);
    const substantive = page.locator(`${HOST}[data-status="edited"]`).first();
    await substantive.locator('button.chip').click();
    await expect(substantive.locator('.card h3').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Attribution', 'Corrections', 'Related']),
    );
    await expect(substantive.locator('.card del').first().textContent()).resolves.toMatch(/^removed: /);
    await substantive.locator('button.chip').click();
    const notice = page.locator(`${HOST}`).filter({ has: page.locator('.mini', { hasText: 'correction' }) });
    await expect(notice.count()).resolves.toBe(5);
    const edited = page.locator(`${HOST}[data-status="edited"]`).first();
    await edited.locator('button.chip').click();
    await edited.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -260));
    await page.screenshot({ path: join(README_SHOTS, 'demo.png') });
    // The popup lists the indexed post the demo page leaves out.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page.url())}`);
    const removed = popup.locator('[aria-label="Removed from the page"] button');
    await removed.first().waitFor();
    await expect(removed.allTextContents()).resolves.toEqual([demoRemovedPost(coverage).title]);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: a page cut by hand from the coverage', () => {
  const expected = boundaryPosts();

  it('gives every post the status it should have, and touches nothing else', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/boundaries`);
    const statuses = await settledStatuses(page, expected.length);
    expect(statuses).toEqual(Object.fromEntries(expected.map((p) => [`block-${p.block.id}`, p.expected])));
    const { now, sent } = await pageUntouched(page);
    expect(now).toBe(sent);
    // Chips show on a page with indexed posts.
    await expect(page.locator(`${HOST} .chip`).first().textContent()).resolves.toMatch(/In the index|Edited|Not in the index/);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-boundaries.png') });
    await page.close();
  });

  it('opens a card from the keyboard and the indexed copy in the reader page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/boundaries`);
    await settledStatuses(page, expected.length);
    const edited = expected.find((p) => p.expected === 'edited')!;
    await page.locator(`#block-${edited.block.id}`).scrollIntoViewIfNeeded();
    const chip = page.locator(`#block-${edited.block.id} ${HOST} button.chip`);
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect(chip.getAttribute('aria-expanded')).resolves.toBe('true');
    const card = page.locator(`#block-${edited.block.id} ${HOST} .card`);
    await expect(card.textContent()).resolves.toMatch(/First published as post \d+ of 64 in The Guardian’s live blog.*% the same text/s);
    await card.screenshot({ path: join(README_SHOTS, 'card.png') });
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), card.locator('button.link').first().click()]);
    await reader.waitForSelector('article.post.focus');
    await expect(reader.locator('article.post.focus h2').textContent()).resolves.toBe(edited.block.title);
    await expect(reader.locator('article.post').count()).resolves.toBe(64);
    await reader.close();
    await page.keyboard.press('Escape');
    await expect(chip.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  it('the popup counts the page’s posts by status and scrolls to a chosen post', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/boundaries`;
    await page.goto(url);
    await settledStatuses(page, expected.length);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, url)}`);
    await popup.waitForSelector('[data-count="same"]');
    const count = (s: string) => popup.locator(`[data-count="${s}"]`).textContent();
    const n = (s: string) => expected.filter((p) => p.expected === s).length;
    await expect(count('same')).resolves.toContain(`${n('same')} unchanged`);
    await expect(count('edited')).resolves.toContain(`${n('edited')} edited`);
    await expect(count('unindexed')).resolves.toContain(`${n('unindexed')} new`);
    const toggle = popup.locator('button.toggle').nth(2);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(popup.locator('.card h3').first().textContent()).resolves.toBe('Attribution');
    await popup.screenshot({ path: join(README_SHOTS, 'popup.png') });
    await toggle.click();
    const last = expected[expected.length - 1];
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.locator(`button.post[data-post-key="block-${last.block.id}"]`).click();
    await page.waitForFunction(() => window.scrollY > 0);
    await popup.close();
    await page.close();
  });
});

describe.skipIf(!!FIXTURES_ABSENT)('Chromium: another live blog (Guardian Mars landing, shared fixture)', () => {
  it('marks every post unindexed and shows nothing inline until asked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/mars`);
    const blocks = marsBlocks();
    const statuses = await settledStatuses(page, blocks.length);
    expect(Object.values(statuses)).toEqual(blocks.map(() => 'unindexed'));
    await expect(page.locator(`${HOST} .chip`).count()).resolves.toBe(0);
    const { now, sent } = await pageUntouched(page);
    expect(now).toBe(sent);
    await page.close();
  });
});

describe('Chromium: a live page', () => {
  it('annotates a post inserted later once, re-matches an edited one, drops a removed one', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/live`);
    await settledStatuses(page, live.initial.length);
    await page.waitForFunction(() => document.body.dataset.liveDone === '1');
    await waitForStatuses(page, {
      [`block-${live.inserted.block.id}`]: 'same',
      [`block-${live.edited.block.id}`]: 'edited',
      [`block-${live.removed.block.id}`]: null,
    });
    // Nothing counted twice: one host per post.
    expect(Object.keys(await settledStatuses(page, live.initial.length))).toHaveLength(live.initial.length);
    // After the container is re-rendered, every post has its host again, once, with its status.
    await page.waitForFunction(() => document.body.dataset.spaDone === '1');
    await waitForStatuses(page, { [`block-${live.inserted.block.id}`]: 'same', [`block-${live.edited.block.id}`]: 'edited' });
    await expect(page.locator(`#liveblog-body > article.block > ${HOST}`).count()).resolves.toBe(live.initial.length);
    await expect(page.locator(`#block-${live.inserted.block.id} > ${HOST}`).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-live.png') });
    await page.close();
  });
});

describe('Chromium: a followed live blog', () => {
  it.skipIf(!!FIXTURES_ABSENT)('a second visit says of every post whether it is new, changed or unchanged', async () => {
    const visit = revisit(marsBlocks());
    await setFollowing(true);
    await expectRevisitFollowed(browser.context, server, '/followed', visit, 20_000, async (page) => {
      // The popup says when the reader last came and what changed, and shows the post that went.
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page.url())}`);
      const line = popup.getByTestId('last-visit');
      await expect.poll(() => line.textContent(), { timeout: 20_000 }).toMatch(/^Last visit .+: 3 new, 2 changed, 1 removed\.$/);
      const gone = popup.getByTestId('removed-since');
      await gone.locator('summary').click();
      await expect(gone.locator('li').count()).resolves.toBe(1);
      await expect(gone.locator('li').getAttribute('data-key')).resolves.toBe(`block-${visit.gone.id}`);
      await expect(gone.locator('li').textContent()).resolves.toContain(visit.gone.title ?? '');
      await expect(popup.locator('.posts [data-since="new"]').count()).resolves.toBe(3);
      await expect(popup.locator('.posts [data-since="changed"]').count()).resolves.toBe(2);
      await popup.screenshot({ path: join(README_SHOTS, 'popup-followed.png') });
      await page.locator(`${HOST}[data-since-last-visit="changed"]`).first().scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -200));
      await page.screenshot({ path: join(README_SHOTS, 'followed-page.png') });

      // Following turned off for this site: a third visit is not recorded and says nothing of the last.
      await popup.getByLabel(/On 127\.0\.0\.1/).uncheck();
      await expect.poll(() => popup.getByTestId('last-visit').count()).toBe(0);
      await popup.close();
      await page.reload();
      await settledStatuses(page, visit.second.length);
      expect(Object.values(await sinceOf(page)).every((s) => s === null)).toBe(true);

      // The Library lists the blog with its two visits; forgetting it leaves nothing.
      const library = await browser.context.newPage();
      library.on('dialog', (d) => void d.accept());
      await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
      // Every live blog the tests opened is followed; this one is found by its address.
      const row = library.getByTestId('followed-blogs').locator('tbody tr', { has: library.locator('a[href$="/followed"]') });
      await expect.poll(() => row.count()).toBe(1);
      await expect(row.locator('td').nth(1).textContent()).resolves.toBe('2');
      await expect(row.locator('td').nth(3).textContent()).resolves.toBe('2');
      await row.getByRole('button', { name: 'Forget this blog' }).click();
      // It asks first; nothing is forgotten until the reader says yes.
      await row.getByRole('button', { name: 'Cancel' }).click();
      await expect(row.count()).resolves.toBe(1);
      await row.getByRole('button', { name: 'Forget this blog' }).click();
      await row.getByRole('button', { name: 'Yes, forget it' }).click();
      await expect.poll(() => row.count()).toBe(0);
      await library.close();
      // The site back on, following off again for the next tests' pages.
      const settings = await browser.context.newPage();
      await settings.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page.url())}`);
      await settings.getByLabel(/On 127\.0\.0\.1/).check();
      await settings.close();
    });
    await setFollowing(false);
  });
});

describe('Chromium: bad input', () => {
  it('a hostile page keeps working and every post gets a status, or says why not', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/hostile`);
    const statuses = await settledStatuses(page, hostile.total, 60_000);
    expect(statuses[hostile.laced]).toBe('same');
    expect(statuses[hostile.huge]).toBe('error');
    expect(statuses[hostile.empty]).toBe('unindexed');
    await expect(page.locator(`[data-post-key="${hostile.huge}"]`).getAttribute('data-reason')).resolves.toMatch(/too long to check/);
    await expect(page.locator(`[data-post-key="${hostile.huge}"] .chip`).textContent()).resolves.toMatch(/Could not check/);
    expect(Object.values(statuses).filter((s) => s === 'unindexed')).toHaveLength(hostile.total - 2);
    await page.mouse.click(5, 5);
    await expect(page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a hostile copy of a live blog gets a final status on every post, and cannot open a card', async () => {
    await expectHostileCopyHolds(await browser.context.newPage(), `${server.origin}/hostile-copy`, hostileCopy);
  });

  it('the worker answers a malformed message with an error and keeps serving', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    type Rt = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const send = (m: unknown) => page.evaluate((msg) => (globalThis as unknown as Rt).chrome.runtime.sendMessage(msg), m);
    await expect(send({ type: 'match-posts', posts: 'everything' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Backstory could not read that request \(posts: /),
    });
    await expect(send({ type: 'drop-tables' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/could not read that request/),
    });
    const ok = (await send({
      type: 'match-posts',
      posts: [
        { key: 'k', title: null, paragraphs: ['Nothing to see here at all, really nothing.'] },
        { key: 'long', title: null, paragraphs: ['x'.repeat(30_000)] },
      ],
    })) as { ok: true; value: { status: string }[] };
    expect(ok.value.map((v) => v.status)).toEqual(['unindexed', 'error']);
    await page.close();
  });
});

describe('Chromium: sites the reader turns on', () => {
  it('registers the content script for a granted site, lists it, and stops on it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    type Rt = {
      chrome: {
        runtime: { sendMessage(m: unknown): Promise<unknown> };
        scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches: string[]; css?: string[] }[]> };
      };
    };
    const send = (m: unknown) => page.evaluate((msg) => (globalThis as unknown as Rt).chrome.runtime.sendMessage(msg), m);
    const registered = () =>
      page.evaluate(async () => (await (globalThis as unknown as Rt).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    // The test build grants localhost, so no prompt is needed to turn it on here.
    await expect(send({ type: 'enable-site', pattern: 'http://localhost/*' })).resolves.toEqual({ ok: true, value: true });
    await expect(registered()).resolves.toContain('site:http://localhost/*');
    // The highlight style sheet comes with the script, as on the news sites.
    const css = await page.evaluate(
      async () =>
        (await (globalThis as unknown as Rt).chrome.scripting.getRegisteredContentScripts()).find((s) => s.id === 'site:http://localhost/*')
          ?.css,
    );
    expect(css).toEqual(['content-scripts/content.css']);
    await expect(send({ type: 'user-sites' })).resolves.toEqual({ ok: true, value: ['http://localhost/*'] });
    // A page on that site is annotated once, though the script is registered twice for it.
    const live = await browser.context.newPage();
    await live.goto(`${server.origin.replace('127.0.0.1', 'localhost')}/boundaries`);
    await settledStatuses(live, boundaryPosts().length);
    await live.close();
    await expect(send({ type: 'disable-site', pattern: 'http://localhost/*' })).resolves.toEqual({ ok: true, value: true });
    await expect(registered()).resolves.not.toContain('site:http://localhost/*');
    await expect(send({ type: 'user-sites' })).resolves.toEqual({ ok: true, value: [] });
    // A site that is not granted cannot be turned on behind the reader's back.
    await expect(send({ type: 'enable-site', pattern: 'https://example.com/*' })).resolves.toEqual({
      ok: false,
      error: 'permission not granted',
    });
    await page.close();
  });
});

describe('Chromium: an unknown site', () => {
  it('finds its posts with the heuristic, loaded only for it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/unknown`);
    const statuses = await settledStatuses(page, 4);
    expect(Object.values(statuses)).toEqual(['unindexed', 'unindexed', 'unindexed', 'unindexed']);
    await page.close();
  });
});

describe('Chromium: researchers', () => {
  it('highlight, note, reload, still attached; text edited, re-anchored or listed unattached; exports downloaded', async () => {
    const expected = boundaryPosts();
    const post = expected.find((p) => p.why === 'whole post')!;
    const other = expected.find((p) => p.why === 'a sentence added')!;
    const url = `${server.origin}/research`;
    const page = await browser.context.newPage();
    await page.goto(url);
    await settledStatuses(page, expected.length);

    // By the floating button.
    await selectText(page, `#block-${post.block.id}`, 'Syrian rebels claim to have captured the capital of Damascus');
    await clickToolbar(page);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size === 1,
    );
    // By the shortcut's and context menu's path: the worker asks the page to highlight its selection.
    await selectText(page, `#block-${other.block.id}`, 'it had deployed forces in a buffer zone');
    const tabId = await tabIdOf(browser, url);
    await browser.worker.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(
          id,
          { type: 'highlight-selection' },
        ),
      tabId,
    );
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size === 2,
    );
    // Nothing was inserted into the page's text.
    const { now, sent } = await pageUntouched(page);
    expect(now).toBe(sent);

    // A note and tags, in the Library (never in the page).
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('.item').first().waitFor();
    await expect(library.locator('.item').count()).resolves.toBe(2);
    const item = library.locator('.item', { hasText: 'captured the capital of Damascus' });
    await item.locator('textarea').fill('Rebels claim Damascus — check against Reuters');
    await item.locator('input').fill('damascus, claims');
    // Saved as it is typed: no "Save" pressed, and nothing lost when the Library is closed and opened again.
    await item.locator('input').press('Tab');
    await expect
      .poll(async () => {
        await library.reload();
        await item.locator('textarea').waitFor();
        return [await item.locator('textarea').inputValue(), await item.locator('input').inputValue()];
      })
      .toEqual(['Rebels claim Damascus — check against Reuters', 'damascus, claims']);
    // A deletion can be undone for a few seconds.
    const second = library.locator('.item', { hasNotText: 'captured the capital of Damascus' });
    await second.locator('button', { hasText: 'Delete' }).click();
    await expect.poll(() => library.locator('.item').count()).toBe(1);
    await library.locator('header .ok button', { hasText: 'Undo' }).click();
    await library.locator('header .ok', { hasText: 'Highlight restored.' }).waitFor();
    await expect.poll(() => library.locator('.item').count()).toBe(2);
    await library.locator('select').first().selectOption('damascus');
    await expect(library.locator('.item').count()).resolves.toBe(1);
    await library.screenshot({ path: join(README_SHOTS, 'library.png') });
    const [csv] = await Promise.all([library.waitForEvent('download'), library.locator('button', { hasText: 'Export CSV' }).click()]);
    const csvText = await readFile((await csv.path())!, 'utf8');
    expect(csvText).toContain('Rebels claim Damascus — check against Reuters');
    expect(csvText).toContain('Reuters; Al Jazeera');
    const [jsonld] = await Promise.all([
      library.waitForEvent('download'),
      library.locator('button', { hasText: 'Export Web Annotation' }).click(),
    ]);
    const collection = JSON.parse(await readFile((await jsonld.path())!, 'utf8'));
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect(collection.first.items[0].body[0].value).toBe('Rebels claim Damascus — check against Reuters');

    // Reload: still attached.
    await page.reload();
    await settledStatuses(page, expected.length);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size === 2,
    );

    // The page's text edited: one quote changed a little (re-anchored), one removed (unattached).
    const edited = boundaryPageHtml()
      // Every copy: the JSON-LD in the head carries the text too.
      .replaceAll(
        'Syrian rebels claim to have captured the capital of Damascus',
        'Syrian rebels claim to have seized the capital of Damascus',
      )
      .replace(
        /However, the country(?:’|&#39;|&#8217;)s military did say that it had deployed forces in a buffer zone[^<"]*/g,
        'The military said nothing more.',
      );
    expect(edited).not.toBe(boundaryPageHtml());
    server.set('/research', edited);
    await page.reload();
    await settledStatuses(page, expected.length);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size === 1,
    );
    await expect(drawnHighlights(page)).resolves.toBe(1);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, url)}`);
    const section = popup.locator('[aria-label="Highlights on this page"]');
    await section.waitFor();
    await expect(section.locator('li').count()).resolves.toBe(2);
    await expect(section.locator('li', { hasText: 'not found in the post now' }).count()).resolves.toBe(1);
    await popup.close();

    // A click on the drawn highlight offers to remove it (found from the caret and our ranges).
    // Where it is once scrolled to and laid out again (hosts coming into view take their height).
    const spot = await page.evaluate(async () => {
      const [range] = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')!];
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
      const r = range.getClientRects()[0];
      return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
    });
    await page.mouse.click(spot.x, spot.y);
    await clickToolbar(page, 1);
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight'));
    // Removed with one click, put back with one more: the toolbar offers Undo where it was.
    await clickToolbar(page, 0);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size === 1,
    );
    await library.close();
    await page.close();
  });
});

describe.skipIf(!!FIXTURES_ABSENT)('Chromium: growing the index', () => {
  it('captures a live blog from the popup; its posts match on the next visit; twice adds nothing twice', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/mars`;
    await page.goto(url);
    const blocks = marsBlocks();
    expect(Object.values(await settledStatuses(page, blocks.length)).every((s) => s === 'unindexed')).toBe(true);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, url)}`);
    await popup.locator('button', { hasText: 'Add this live blog to my index' }).click();
    await expect(popup.locator('.capture [role="status"]').textContent()).resolves.toMatch(/Added 1[23] posts to your index/);
    // The page re-asks at once; a second visit matches from the stored capture.
    await page.reload();
    const statuses = await settledStatuses(page, blocks.length);
    const words = blocks.filter(
      (b) =>
        b.bodyHtml
          .replace(/<figure[\s\S]*?<\/figure>/g, '')
          .replace(/<[^>]+>/g, '')
          .trim() || b.title,
    ).length;
    expect(Object.values(statuses).filter((s) => s === 'same')).toHaveLength(words);
    await popup.reload();
    await popup.locator('button', { hasText: 'Add this live blog to my index' }).click();
    await expect(popup.locator('.capture [role="status"]').textContent()).resolves.toMatch(/nothing new to add/);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: coverage packs in the Library', () => {
  it('imports a pack (its posts then match), refuses a bad one changing nothing, and deletes it keeping highlights', async () => {
    const convoy = boundaryPosts().find((p) => p.why === 'new post')!;
    const text = convoy.block.bodyHtml
      .replace(/<[^>]+>/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => l.replace(/&#39;/g, "'"));
    const pack = writePack({
      meta: {
        id: 'test-convoys',
        title: 'Convoys live (test pack)',
        publisher: 'Test',
        url: null,
        language: 'en',
        firstDay: null,
        lastDay: null,
        source: 'written by the test',
      },
      posts: [
        {
          id: 'test-convoys:1',
          coverage: 'test-convoys',
          position: 1,
          title: convoy.block.title ?? null,
          paragraphs: text,
          edited: false,
          embeds: [],
          url: null,
          publishedAt: null,
        },
      ],
    });
    const library = await browser.context.newPage();
    // Persistent storage is asked for by the extension's pages (a worker's request does nothing).
    await library.addInitScript(() => {
      const storage = navigator.storage;
      const ask = storage.persist.bind(storage);
      (window as unknown as { __persistAsked: number }).__persistAsked = 0;
      storage.persist = () => ((window as unknown as { __persistAsked: number }).__persistAsked++, ask());
    });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const rows = library.locator('[aria-label="Your index"] tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => library.evaluate(() => (window as unknown as { __persistAsked: number }).__persistAsked)).toBeGreaterThan(0);
    const before = await rows.count();
    const input = library.locator('[aria-label="Your index"] input[type=file]');
    await input.setInputFiles({
      name: 'bad.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(`${pack.split('\n')[0]}\n{"key": 1}\n`),
    });
    await library.locator('[aria-label="Your index"] [role="alert"]', { hasText: 'Nothing was imported: line 2: key: ' }).waitFor();
    await expect.poll(() => rows.count()).toBe(before);
    await input.setInputFiles({ name: 'convoys.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(pack) });
    await library.locator('[aria-label="Your index"] .ok', { hasText: 'Imported “Convoys live (test pack)”: 1 post.' }).waitFor();
    // The list follows IndexedDB (liveQuery): it shows the new row once the write is read back.
    await expect.poll(() => rows.count()).toBe(before + 1);

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/boundaries`);
    await waitForStatuses(page, { [`block-${convoy.block.id}`]: 'same' });
    await page.close();

    // Full-text search over the whole index finds the imported post and says where it is from.
    await library.locator('[aria-label="Search your index"] input').fill('convoys border');
    await library.locator('.hits li', { hasText: 'Convoys live (test pack)' }).waitFor();
    await library.locator('[aria-label="Search your index"] input').fill('Qusayr');
    await library.locator('.hits li', { hasText: 'Hezbollah withdraws from strategic Syrian city of Qusayr' }).waitFor();
    // With the word that matched, in its context, marked.
    await library
      .locator('.hits li', { hasText: 'Hezbollah withdraws' })
      .locator('.snippet mark', { hasText: /^Qusayr$/i })
      .first()
      .waitFor();
    await library.locator('[data-coverage="test-convoys"] button', { hasText: 'Delete' }).click();
    await library.locator('[data-coverage="test-convoys"] button', { hasText: 'Yes, delete' }).click();
    await library.locator('[aria-label="Your index"] .ok', { hasText: 'Deleted. Your highlights were kept.' }).waitFor();
    await expect.poll(() => rows.count()).toBe(before);
    await library.close();
  });
});

/** Runs in the extension's worker: a stored index record (`match` or `related`), read or replaced with plain IndexedDB. */
async function snapshotRecord(worker: ChromiumSession['worker'], replaceWith?: unknown, id = 'match'): Promise<{ stamp: string } | null> {
  return worker.evaluate(
    async ([replacement, id]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('backstory');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction('indexSnapshots', 'readwrite');
      const store = tx.objectStore('indexSnapshots');
      // The put is made in the get's own callback, while the transaction is surely active.
      const rec = await new Promise<{ stamp: string } | undefined>((resolve) => {
        const r = store.get(id as string);
        r.onsuccess = () => {
          if (r.result && replacement !== undefined) store.put({ ...r.result, arrays: replacement });
          resolve(r.result);
        };
      });
      // Committed before we return: the test stops this worker next, which would abort it.
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return rec ? { stamp: rec.stamp } : null;
    },
    [replaceWith, id] as const,
  );
}

// Last in this file: it stops the worker, and the session's worker handle with it.
describe('Chromium: a cold worker', () => {
  it('loads the stored index instead of rebuilding it, answers the same, and rebuilds a damaged one', async () => {
    const expected = Object.fromEntries(boundaryPosts().map((p) => [`block-${p.block.id}`, p.expected]));
    const visit = async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/boundaries`);
      const statuses = await settledStatuses(page, boundaryPosts().length);
      await page.close();
      return statuses;
    };
    expect(await visit()).toEqual(expected);
    // Written after the verdicts, not before them: wait for the record itself (however slow a
    // loaded machine is, up to the test's own time-out), not for a fixed number of tries.
    await expect.poll(() => snapshotRecord(browser.worker), { timeout: 60_000, interval: 100 }).not.toBeNull();
    // The page asked for details: the related index they were built on is stored beside it.
    await expect.poll(() => snapshotRecord(browser.worker, undefined, 'related'), { timeout: 60_000, interval: 100 }).not.toBeNull();
    const cdp = await browser.context.newCDPSession(await browser.context.newPage());
    await cdp.send('ServiceWorker.enable');
    const coldStart = async () => {
      const before = browser.context.serviceWorkers().length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      const statuses = await visit();
      const worker = browser.context.serviceWorkers().at(-1)!;
      expect(browser.context.serviceWorkers().length).toBeGreaterThanOrEqual(before);
      const measures = await worker.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .map((m) => m.name)
          // The store 2 s after a start comes when it comes: not part of what the start did.
          .filter((n) => n.startsWith('backstory:index-') && n !== 'backstory:index-store'),
      );
      return { statuses, measures, worker };
    };
    const cold = await coldStart();
    expect(cold.statuses).toEqual(expected);
    expect(cold.measures).toEqual(['backstory:index-load']);
    // Its start read no post: its verdicts read the texts they needed (the coverage's one batch of
    // 64 posts), then its details came from the stored related index, read after: nothing rebuilt.
    const read = await cold.worker.evaluate(() =>
      performance.getEntriesByName('backstory:posts-read').map((m) => (m as PerformanceMark).detail?.posts as number),
    );
    expect(read[0]).toBe(64);
    await expect
      .poll(() => cold.worker.evaluate(() => performance.getEntriesByName('backstory:related-read').length), { timeout: 60_000 })
      .toBe(1);

    // A damaged record is not trusted: the next start rebuilds, answers the same, and stores a good one.
    await snapshotRecord(cold.worker, { format: 1, linePost: 'not an array' });
    const repaired = await coldStart();
    expect(repaired.statuses).toEqual(expected);
    expect(repaired.measures).toEqual(['backstory:index-build']);
  });
});
