/** Shared steps of the end-to-end tests: waiting for verdicts, reading hosts, artifacts. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type ChromiumSession } from '../../bin/lib/browsers';

export { drawEveryLine } from '../../bin/lib/draw-every-line';

export const ARTIFACTS = join(ROOT, 'test-results');
mkdirSync(ARTIFACTS, { recursive: true });
/** Screenshots the README shows: retaken by every end-to-end run so they stay current. */
export const README_SHOTS = join(ROOT, 'docs/screenshots');
mkdirSync(README_SHOTS, { recursive: true });

export const HOST = 'backstory-annotation';

/** The tab id of a page, asked of the extension's own worker (the popup takes it as `?tab=`). */
export async function tabIdOf(session: ChromiumSession, url: string): Promise<number> {
  return session.worker.evaluate(async (u) => {
    type TabsApi = { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    const tabs = await (globalThis as unknown as TabsApi).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)!.id!;
  }, url);
}

/** Waits until `count` hosts exist, none is pending and their details have arrived; returns key → status. */
export async function settledStatuses(page: Page, count: number, timeout = 20_000): Promise<Record<string, string>> {
  await page.waitForFunction(
    ({ host, count }) => {
      // Ours carry a key; a page may make an element of the same name without one.
      const hosts = [...document.querySelectorAll(`${host}[data-post-key]`)];
      return hosts.length === count && hosts.every((h) => h.getAttribute('data-status') !== 'pending');
    },
    { host: HOST, count },
    { timeout },
  );
  // Details (the chips) come in a second answer; the page marks asking for them and getting them.
  await page.waitForFunction(
    () => performance.getEntriesByName('backstory:details').length >= performance.getEntriesByName('backstory:details-asked').length,
    undefined,
    { timeout },
  );
  return page.evaluate(
    (host) =>
      Object.fromEntries(
        [...document.querySelectorAll(`${host}[data-post-key]`)].map((h) => [
          h.getAttribute('data-post-key'),
          h.getAttribute('data-status'),
        ]),
      ),
    HOST,
  );
}

/** The page's own markup with our hosts taken out, against the markup the server sent. */
export async function pageUntouched(page: Page): Promise<{ now: string; sent: string }> {
  return page.evaluate(async (host) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    // Our own elements are all named backstory-* (docs/contracts.md §1): hosts, announcer, toolbar.
    clone.querySelectorAll('*').forEach((el) => el.tagName.toLowerCase().startsWith('backstory-') && el.remove());
    void host;
    const sent = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').body;
    return { now: clone.innerHTML, sent: sent.innerHTML };
  }, HOST);
}

/** Waits until each key has the given status (`null`: no host for it any more). */
export async function waitForStatuses(page: Page, wanted: Record<string, string | null>, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ({ host, wanted }) =>
      Object.entries(wanted).every(([key, status]) => {
        const h = document.querySelector(`${host}[data-post-key="${key}"]`);
        return status === null ? h === null : h?.getAttribute('data-status') === status;
      }),
    { host: HOST, wanted },
    { timeout },
  );
}

/** Selects `text` inside the element matching `selector`, as a reader's drag would. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector)!;
      root.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue!.indexOf(text);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
        const rect = r.getBoundingClientRect();
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0, clientX: rect.right, clientY: rect.bottom }));
        return;
      }
      throw new Error(`"${text}" not found in ${selector}`);
    },
    { selector, text },
  );
}

/** Clicks the first button of our floating toolbar (its shadow root is closed: by position). */
export async function clickToolbar(page: Page, nth = 0): Promise<void> {
  const box = await page.waitForFunction(() => {
    const host = document.querySelector('backstory-toolbar');
    const r = host?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left, y: r.top, w: r.width, h: r.height } : null;
  });
  const b = (await box.jsonValue())!;
  // Buttons sit side by side; the first starts a few pixels in.
  await page.mouse.click(b.x + 14 + nth * (b.w / 2), b.y + b.h / 2);
}

/** How many ranges the page's CSS highlight registry holds for our highlights. */
export function drawnHighlights(page: Page): Promise<number> {
  return page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('backstory-highlight')?.size ?? 0);
}
