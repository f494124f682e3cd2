/** A live blog visited twice at the same address (tests/support/revisit.ts), checked the same way in both browsers. */
import { expect } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { PageServer } from '../../bin/lib/serve';
import { guardianPage } from '../../bin/lib/demo/guardian-page';
import type { Revisit } from '../support/revisit';
import { HOST, settledStatuses } from './helpers';

export const sinceOf = (page: import('playwright-core').Page) =>
  page.evaluate(
    (host) =>
      Object.fromEntries(
        [...document.querySelectorAll(`${host}[data-post-key]`)].map((h) => [
          h.getAttribute('data-post-key'),
          h.getAttribute('data-since-last-visit'),
        ]),
      ),
    HOST,
  );

export async function expectRevisitFollowed(
  context: BrowserContext,
  server: PageServer,
  path: string,
  visit: Revisit,
  timeout = 20_000,
  /** More checks on the second visit's page, before it closes. */
  then?: (page: import('playwright-core').Page) => Promise<void>,
): Promise<void> {
  const html = (blocks: Revisit['first']) => guardianPage({ title: 'Mars live (followed)', url: `http://127.0.0.1${path}`, blocks });
  server.set(path, html(visit.first));
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  await settledStatuses(page, visit.first.length, timeout);
  // A first visit says nothing of the last one.
  expect(Object.values(await sinceOf(page)).every((s) => s === null)).toBe(true);
  // The blog changes; the reader comes back to the same address (a reload ends the first visit).
  server.set(path, html(visit.second));
  await page.reload();
  await settledStatuses(page, visit.second.length, timeout);
  await page.waitForFunction(
    (host) => [...document.querySelectorAll(`${host}[data-post-key]`)].every((h) => h.hasAttribute('data-since-last-visit')),
    HOST,
    { timeout },
  );
  expect(await sinceOf(page)).toEqual(visit.expected);
  // The first visit's posts joined the index when it ended: status compares with that earliest
  // copy. A reworded post is `edited`, or `unindexed` where the rewording outweighs a short post.
  const statuses = await settledStatuses(page, visit.second.length, timeout);
  for (const [key, since] of Object.entries(visit.expected)) {
    const want = { new: ['unindexed'], changed: ['edited', 'unindexed'], unchanged: ['same'] }[since];
    expect(want, `${key}, ${since} since the last visit, is ${statuses[key]}`).toContain(statuses[key]);
  }
  expect(Object.values(statuses).filter((s) => s === 'edited').length).toBeGreaterThan(0);
  await then?.(page);
  await page.close();
}
