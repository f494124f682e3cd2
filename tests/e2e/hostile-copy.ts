/** The hostile copy of a live blog (tests/support/pages.ts), checked the same way in both browsers. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { HOST, drawEveryLine, settledStatuses } from './helpers';
import type { hostileCopyPage } from '../support/pages';

export async function expectHostileCopyHolds(
  page: Page,
  url: string,
  copy: ReturnType<typeof hostileCopyPage>,
  timeout = 20_000,
): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  // Every post gets a final status: the shadowing ids did not stop the content script, and one
  // oversized post did not leave the others pending.
  const statuses = await settledStatuses(page, copy.total, timeout);
  for (const [key, status] of Object.entries(copy.expected)) expect([key, statuses[key]]).toEqual([key, status]);
  const longKeys = Object.keys(statuses).filter((k) => k.startsWith('block-aaaa'));
  expect(longKeys).toHaveLength(1);
  expect(longKeys[0].length).toBeLessThanOrEqual(300);
  expect(statuses[longKeys[0]]).toBe('same');
  const oversized = Object.entries(copy.expected).find(([, s]) => s === 'error')![0];
  await expect(page.locator(`${HOST}[data-post-key="${oversized}"]`).getAttribute('data-reason')).resolves.toMatch(/too long to check/);
  // The page has clicked every chip it reached, many times over, with every line drawn: no card opened.
  await drawEveryLine(page);
  const rounds = await page.evaluate(() => (window as unknown as { __rounds: number }).__rounds);
  await page.waitForFunction((from) => (window as unknown as { __rounds: number }).__rounds >= from + 5, rounds, { timeout });
  await expect(page.locator(`${HOST} .card`).count()).resolves.toBe(0);
  // The reader's own click still opens one.
  const same = Object.entries(copy.expected).find(([, s]) => s === 'same')![0];
  await page.locator(`${HOST}[data-post-key="${same}"] button.chip`).click();
  // The card's code is injected by the worker on first use: it is drawn a moment after the click.
  await expect.poll(() => page.locator(`${HOST}[data-post-key="${same}"] .card`).count(), { timeout }).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
}
