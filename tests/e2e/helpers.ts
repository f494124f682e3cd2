/** Shared steps of the end-to-end tests: waiting for verdicts, reading hosts, artifacts. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../bin/lib/browsers';

export const ARTIFACTS = join(ROOT, 'test-results');
mkdirSync(ARTIFACTS, { recursive: true });
/** Screenshots the README shows: retaken by every end-to-end run so they stay current. */
export const README_SHOTS = join(ROOT, 'docs/screenshots');
mkdirSync(README_SHOTS, { recursive: true });

export const HOST = 'backstory-annotation';

/** Waits until `count` hosts exist and none is pending; returns key → status. */
export async function settledStatuses(page: Page, count: number, timeout = 20_000): Promise<Record<string, string>> {
  await page.waitForFunction(
    ({ host, count }) => {
      const hosts = [...document.querySelectorAll(host)];
      return hosts.length === count && hosts.every((h) => h.getAttribute('data-status') !== 'pending');
    },
    { host: HOST, count },
    { timeout },
  );
  return page.evaluate((host) => Object.fromEntries([...document.querySelectorAll(host)].map((h) => [h.getAttribute('data-post-key'), h.getAttribute('data-status')])), HOST);
}

/** The page's own markup with our hosts taken out, against the markup the server sent. */
export async function pageUntouched(page: Page): Promise<{ now: string; sent: string }> {
  return page.evaluate(async (host) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(`${host}, backstory-announcer`).forEach((h) => h.remove());
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
