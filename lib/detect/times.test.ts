import { describe, expect, it } from 'vitest';
import { offsetOf } from './times';

describe('a time string’s own zone', () => {
  it.each([
    ['2024-08-05T21:00:18.921+01:00', 60],
    ['2024-08-05T21:00:18-0500', -300],
    ['2024-08-05T21:00:18+05:30', 330],
    ['2024-08-05T20:00:18Z', undefined],
    ['2024-08-05', undefined],
    ['2024-08-05T21:00:18+23:00', undefined],
    [null, undefined],
  ])('%s → %s', (value, offset) => {
    expect(offsetOf(value)).toBe(offset);
  });
});
