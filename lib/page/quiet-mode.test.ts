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

  it('speaks up on a blog visited before where a post is new or changed since, indexed or not', () => {
    expect(isQuiet(false, [{ status: 'unindexed', since: 'unchanged' }])).toBe(true);
    expect(
      isQuiet(false, [
        { status: 'unindexed', since: 'unchanged' },
        { status: 'unindexed', since: 'new' },
      ]),
    ).toBe(false);
    expect(isQuiet(false, [{ status: 'unindexed', since: 'changed' }])).toBe(false);
  });
});
