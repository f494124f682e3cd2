import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../bin/lib/icon-sizes';

const root = join(import.meta.dirname, '../..');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('the icon', () => {
  it('is drawn from one SVG at every size the toolbar, the extensions page and the store ask for', () => {
    expect(readFileSync(join(root, 'assets/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
    expect([...ICON_SIZES]).toEqual([16, 32, 48, 128]);
    for (const size of ICON_SIZES) expect(pngSize(join(root, `public/icon/${size}.png`))).toEqual({ width: size, height: size });
  });

  it('is the toolbar button’s too', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/default_icon: \{ 16: 'icon\/16\.png', 32: 'icon\/32\.png' \}/);
  });
});
