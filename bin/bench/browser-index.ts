/**
 * The index in the browser (Chromium, real IndexedDB): importing a synthetic pack through the
 * Library, the size it takes, and the cold path (worker stopped, then a page's posts matched:
 * worker start + index load + matching) against the warm one.
 */
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { guardianPage, paragraphsHtml } from '../../lib/demo/guardian-page';
import { writePack } from '../../lib/packs/pack-format';
import { launchChromium } from '../lib/browsers';
import { servePages } from '../lib/serve';
import { syntheticCoverage, WordChain } from './corpus';

const fmt = (n: number) => n.toFixed(0);

export async function browserIndex(size: number): Promise<void> {
  const chain = new WordChain(loadShippedCoverage().posts.flatMap((p) => p.paragraphs));
  const corpus = syntheticCoverage(`synthetic-${size}`, size, chain, size);
  const file = join(mkdtempSync(join(tmpdir(), 'backstory-pack-')), 'pack.jsonl');
  writeFileSync(file, writePack(corpus));
  // A 300-post page of posts from the pack, as a live blog would show them.
  const blocks = corpus.posts.slice(-300).reverse().map((p, i) => ({ id: (0xc00000 + i).toString(16).padStart(24, '0'), title: p.title, bodyHtml: paragraphsHtml(p.paragraphs), publishedAt: new Date(Date.UTC(2025, 0, 1, 12) - i * 60_000).toISOString() }));
  const server = await servePages({ '/page': guardianPage({ title: 'bench', blocks, jsonLd: false }) });
  const b = await launchChromium();
  const library = await b.context.newPage();
  // The worker seeds the shipped coverage at its first start: reload the Library until it shows.
  for (let tries = 0; ; tries++) {
    await library.goto(`chrome-extension://${b.extensionId}/library.html`);
    try {
      await library.locator('[aria-label="Your index"] tbody tr').first().waitFor({ timeout: 2000 });
      break;
    } catch (e) {
      if (tries > 10) throw e;
    }
  }
  const t0 = Date.now();
  await library.locator('[aria-label="Your index"] input[type=file]').setInputFiles(file);
  await library.locator('[aria-label="Your index"] .ok', { hasText: 'Imported' }).waitFor({ timeout: 600_000 });
  const importMs = Date.now() - t0;
  const usage = await library.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

  const annotate = async () => {
    const page = await b.context.newPage();
    const t = Date.now();
    await page.goto(`${server.origin}/page`);
    await page.waitForFunction(() => {
      const hosts = [...document.querySelectorAll('backstory-annotation')];
      return hosts.length === 300 && hosts.every((h) => h.getAttribute('data-status') !== 'pending');
    }, undefined, { timeout: 600_000 });
    const ms = Date.now() - t;
    const same = await page.evaluate(() => document.querySelectorAll('backstory-annotation[data-status="same"]').length);
    await page.close();
    return { ms, same };
  };
  // Cold: stop the worker, so the next request starts it and loads the index from IndexedDB.
  const cdp = await b.context.newCDPSession(library);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const cold = await annotate();
  const warm = await annotate();
  await b.close();
  await server.close();
  console.log(`\nThe index in Chromium (${size.toLocaleString('en')} synthetic posts, real IndexedDB)\n`);
  console.log('| figure | value |');
  console.log('|---|---|');
  console.log(`| pack import through the Library (stream, check, stage, swap) | ${fmt(importMs)} ms, ${fmt(size / (importMs / 1000))} posts/s |`);
  console.log(`| storage used after import (navigator.storage.estimate) | ${(usage / 1_048_576).toFixed(1)} MB |`);
  console.log(`| 300-post page, worker stopped first (start + index load + match + details) | ${fmt(cold.ms)} ms (${cold.same} same) |`);
  console.log(`| the same page again, worker warm | ${fmt(warm.ms)} ms (${warm.same} same) |`);
}
