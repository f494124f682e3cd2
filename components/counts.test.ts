import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../tests/support/i18n';
import { sizeText } from './counts';

afterEach(() => useLocale('en'));

describe('sizes', () => {
  it('in MB below a gigabyte, in GB above', () => {
    expect(sizeText(400_000)).toBe('0.4 MB');
    expect(sizeText(20_000_000)).toBe('19 MB');
    expect(sizeText(81_437_655_040)).toBe('76 GB');
    expect(sizeText(2_000_000_000)).toBe('1.9 GB');
  });

  it('as the UI’s language writes them', () => {
    useLocale('fr');
    expect(sizeText(2_000_000_000)).toBe(
      new Intl.NumberFormat('fr', { style: 'unit', unit: 'gigabyte', minimumFractionDigits: 1 }).format(1.9),
    );
    expect(sizeText(2_000_000_000)).toContain('1,9');
  });
});
