import { describe, expect, it } from 'vitest';
import { captureNotice } from './capture-notice';

describe('captureNotice', () => {
  it('is a sentence for every count, never "undefined posts"', () => {
    expect(captureNotice({ added: 1, total: 1 })).toBe('Added 1 post to your index (1 post from this blog in all).');
    expect(captureNotice({ added: 0, total: 12 })).toBe('Already in your index: nothing new to add (12 posts from this blog).');
    expect(captureNotice({ added: 0, total: 0 })).toMatch(/^Nothing to add/);
    for (const n of [captureNotice({ added: 3, total: 1200 })]) expect(n).not.toMatch(/undefined|NaN/);
  });
});
