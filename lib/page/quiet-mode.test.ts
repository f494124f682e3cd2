import { describe, expect, it } from 'vitest';
import { isQuiet } from './quiet-mode';

describe('quiet mode', () => {
  it('is quiet until one post is in the index, or the reader asks', () => {
    expect(isQuiet(false, [{ status: 'unindexed' }, { status: 'pending' }, { status: 'error' }])).toBe(true);
    expect(isQuiet(false, [{ status: 'unindexed' }, { status: 'edited' }])).toBe(false);
    expect(isQuiet(false, [{ status: 'same' }])).toBe(false);
    expect(isQuiet(true, [{ status: 'unindexed' }])).toBe(false);
    expect(isQuiet(false, [])).toBe(true);
  });
});
