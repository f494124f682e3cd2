import { describe, expect, it } from 'vitest';
import { plural, sizeText } from './counts';

describe('counts and sizes', () => {
  it('plural words, grouped digits', () => {
    expect(plural(1, 'page')).toBe('1 page');
    expect(plural(0, 'site')).toBe('0 sites');
    expect(plural(12_000, 'post')).toBe('12,000 posts');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('sizes in MB below a gigabyte, in GB above', () => {
    expect(sizeText(400_000)).toBe('0.4 MB');
    expect(sizeText(20_000_000)).toBe('19 MB');
    expect(sizeText(81_437_655_040)).toBe('76 GB');
    expect(sizeText(2_000_000_000)).toBe('1.9 GB');
  });
});
