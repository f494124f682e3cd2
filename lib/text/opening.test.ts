import { describe, expect, it } from 'vitest';
import { opening } from './opening';

describe('opening', () => {
  it('starts as the whole text joined by spaces does, for as long as asked', () => {
    const paragraphs = ['First paragraph here.', 'Second one.', 'A third that is never needed.'];
    for (const n of [0, 1, 10, 21, 22, 30, 200]) expect(opening(paragraphs, n)).toBe(paragraphs.join(' ').slice(0, n));
    expect(opening(paragraphs, 25)).toBe('First paragraph here. Sec');
    expect(opening([], 10)).toBe('');
  });
});
