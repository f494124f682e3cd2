/**
 * Scrolls a page from top to bottom and back: chip lines are drawn only as their posts come near
 * the viewport (lib/page/near-view.ts), so whatever reads or shows lines all down a page (a test,
 * the demo's full-page screenshot) passes them first.
 */
import type { Page } from 'playwright-core';

export async function drawEveryLine(page: Page): Promise<void> {
  // A string, not a function: the TypeScript loader's helpers do not exist in the page.
  await page.evaluate(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
    await frame();
  })()`);
}
