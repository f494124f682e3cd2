/**
 * The README's one command for the main job (`npm run demo -- --headless`), run as the README runs
 * it but on the build the end-to-end run made: it must annotate the demo page and take its pictures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../bin/demo.ts';
import { ROOT } from '../../bin/lib/browsers';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { demoPosts } from '../../bin/lib/demo/demo-page';

describe('the demo', () => {
  it('annotates every post of the demo page and opens an edited post’s card for its screenshot', async () => {
    const out = join(ROOT, 'demo-output');
    expect(await main(['--headless', '--no-build'])).toBe(0);
    const { posts } = JSON.parse(readFileSync(join(out, 'annotations.json'), 'utf8')) as { posts: { status: string }[] };
    expect(posts.map((p) => p.status)).toEqual(demoPosts(loadShippedCoverage()).map((p) => p.expected));
    expect(existsSync(join(out, 'demo.png')) && existsSync(join(out, 'demo-full.png'))).toBe(true);
  });
});
