/**
 * `npm run bench -- --only=page --profile`: a CPU profile of the extension on the 300-post page
 * (warm worker), its self time summed by function, for finding what the page-cost figures are
 * made of. Build with `BACKSTORY_NO_MINIFY=1` first (and `--no-build`) to keep function names.
 * Writes the whole profile to `.output/page.cpuprofile` (DevTools' Performance panel opens it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from '../lib/browsers';
import { log } from './report';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), summed over every node the function appears as. */
function selfTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

export async function profileLive(context: BrowserContext, url: string, runs = 3): Promise<void> {
  const total = new Map<string, number>();
  let last: Profile | null = null;
  for (let r = 0; r < runs; r++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const hosts = [...document.querySelectorAll('backstory-annotation')];
        return hosts.length > 0 && hosts.every((h) => h.getAttribute('data-status') !== 'pending');
      },
      undefined,
      { polling: 100 },
    );
    await page.waitForTimeout(500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    last = profile;
    for (const [k, v] of selfTimes(profile)) total.set(k, (total.get(k) ?? 0) + v / runs);
    await page.close();
  }
  if (last) writeFileSync(join(ROOT, '.output/page.cpuprofile'), JSON.stringify(last));
  const top = [...total].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]);
  log(`\nSelf time by function, mean of ${runs} warm loads of the 300-post page (ms; every world in the page's renderer)\n`);
  for (const [k, v] of top.slice(0, 40)) log(`${v.toFixed(1).padStart(7)}  ${k}`);
  const byFile = new Map<string, number>();
  for (const [k, v] of top) {
    const file = k.split(' ').pop()!.split(':')[0];
    byFile.set(file, (byFile.get(file) ?? 0) + v);
  }
  log('\nBy file:');
  for (const [f, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10)) log(`${v.toFixed(1).padStart(7)}  ${f}`);
}
