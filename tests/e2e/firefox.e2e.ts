import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../bin/lib/browsers';
import { servePages, type PageServer } from '../../bin/lib/serve';
import { boundaryPageHtml, boundaryPosts, hostileCopyPage, livePage } from '../support/pages';
import { expectHostileCopyHolds } from './hostile-copy';
import { expectRevisitFollowed } from './revisit';
import { revisit } from '../support/revisit';
import { FIXTURES_ABSENT, marsBlocks } from '../support/fixtures';

import { HOST, clickToolbar, drawnHighlights, selectText, settledStatuses, waitForStatuses } from './helpers';

// Firefox's automation cannot open extension pages (toolchain.md): the popup and reader are
// covered in Chromium and by component tests; here the content script, worker and IndexedDB.
let browser: FirefoxSession;
let server: PageServer;
const live = livePage();
const hostileCopy = hostileCopyPage();

beforeAll(async () => {
  server = await servePages({
    '/boundaries': boundaryPageHtml(),
    '/live': live.html,
    '/research': boundaryPageHtml(),
    '/hostile-copy': hostileCopy.html,
  });
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  // First: following is on in Firefox (its popup cannot be automated), and the pages that follow
  // share posts with this one: their visits join the index.
  it('matches a Guardian-shaped page against the index in IndexedDB', async () => {
    const expected = boundaryPosts();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/boundaries`);
    const statuses = await settledStatuses(page, expected.length, 40_000);
    expect(statuses).toEqual(Object.fromEntries(expected.map((p) => [`block-${p.block.id}`, p.expected])));
    await expect(page.locator(`${HOST} .chip`).first().textContent()).resolves.toMatch(/In the index|Edited|Not in the index/);
    // Attribution reached the page: the merged post cites Reuters and Al Jazeera.
    const merged = expected.find((p) => p.why === 'two indexed posts merged')!;
    await expect(page.locator(`#block-${merged.block.id} ${HOST} .mini`).allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Reuters', 'Al Jazeera']),
    );
    await page.locator(`#block-${merged.block.id} ${HOST} button.chip`).click();
    await expect(page.locator(`#block-${merged.block.id} ${HOST} .card h3`).allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Attribution', 'Related']),
    );
    await page.close();
  });

  it('a highlight made on a page survives a reload', async () => {
    const expected = boundaryPosts();
    const post = expected.find((p) => p.why === 'whole post')!;
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/research`);
    await settledStatuses(page, expected.length, 40_000);
    await selectText(page, `#block-${post.block.id}`, 'Syrian rebels claim to have captured the capital of Damascus');
    await clickToolbar(page);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size === 1,
      undefined,
      { timeout: 20_000 },
    );
    await page.reload();
    await settledStatuses(page, expected.length, 40_000);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size === 1,
      undefined,
      { timeout: 20_000 },
    );
    await expect(drawnHighlights(page)).resolves.toBe(1);
    await page.close();
  });

  it('a hostile copy of a live blog gets a final status on every post, and cannot open a card', async () => {
    await expectHostileCopyHolds(await browser.context.newPage(), `${server.origin}/hostile-copy`, hostileCopy, 40_000);
  });

  it.skipIf(!!FIXTURES_ABSENT)('a second visit of a followed blog says of every post whether it is new, changed or unchanged', async () => {
    await expectRevisitFollowed(browser.context, server, '/followed', revisit(marsBlocks()), 40_000);
  });

  it('follows live inserts, edits and removals', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/live`);
    await page.waitForFunction(() => document.body.dataset.liveDone === '1', undefined, { timeout: 30_000 });
    await waitForStatuses(
      page,
      {
        [`block-${live.inserted.block.id}`]: 'same',
        [`block-${live.edited.block.id}`]: 'edited',
        [`block-${live.removed.block.id}`]: null,
      },
      30_000,
    );
    // Nothing counted twice: one host per post.
    expect(Object.keys(await settledStatuses(page, live.initial.length, 30_000))).toHaveLength(live.initial.length);
    // After the container is re-rendered, every post has its host again, once, with its status.
    await page.waitForFunction(() => document.body.dataset.spaDone === '1', undefined, { timeout: 30_000 });
    await waitForStatuses(page, { [`block-${live.inserted.block.id}`]: 'same', [`block-${live.edited.block.id}`]: 'edited' }, 30_000);
    await expect(page.locator(`#liveblog-body > article.block > ${HOST}`).count()).resolves.toBe(live.initial.length);
    await page.close();
  });
});
