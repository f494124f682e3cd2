import { describe, expect, it } from 'vitest';
import { isJamo, isMark, isSpace, pairChar } from './units';

describe('units', () => {
  it('makes the character of a surrogate pair', () => {
    const emoji = '😀';
    expect(pairChar(emoji.charCodeAt(0), emoji.charCodeAt(1))).toBe(emoji);
    expect(pairChar(0xdbff, 0xdfff).codePointAt(0)).toBe(0x10ffff);
  });
  it('tells the characters NFKC may join to a neighbour', () => {
    expect(isMark('\u0301')).toBe(true);
    expect(isMark('e')).toBe(false);
    expect([0x1100, 0x11ff, 0xa960, 0xd7b0].every(isJamo)).toBe(true);
    expect([0x10ff, 0x1200, 0xac00].some(isJamo)).toBe(false);
    expect(isSpace('\u00a0')).toBe(true);
    expect(isSpace('\u200b')).toBe(false);
  });
});
