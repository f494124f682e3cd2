/**
 * `npm run icons`: renders assets/icon.svg, the one source of Backstory's icon, into the PNG sizes
 * browsers ask for (toolbar 16/32, extensions page 48, store 128), in public/icon/ where WXT finds
 * them for the manifest. Chromium draws them (the browser the tests already need), so no image
 * library joins the dependencies; the PNGs are committed, and a unit test checks they are there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, ROOT } from './lib/browsers';
import { ICON_SIZES } from './lib/icon-sizes';

export async function main(): Promise<number> {
  const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      writeFileSync(join(ROOT, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`icons: ${ICON_SIZES.join(', ')} px written to public/icon/`);
  return 0;
}
