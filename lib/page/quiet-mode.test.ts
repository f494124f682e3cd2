import { describe, expect, it } from 'vitest';
import { isQuiet } from './quiet-mode';

describe('quiet mode', () => {
  it('is quiet until one post is in the index, or the reader asks', () => {
    expect(isQuiet(false, ['unindexed', 'pending', 'error'])).toBe(true);
    expect(isQuiet(false, ['unindexed', 'edited'])).toBe(false);
    expect(isQuiet(false, ['same'])).toBe(false);
    expect(isQuiet(true, ['unindexed'])).toBe(false);
    expect(isQuiet(false, [])).toBe(true);
  });
});
