import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../tests/support/i18n';
import { toolbarTitle } from './toolbar-title';

afterEach(() => useLocale('en'));

describe('the toolbar button’s title', () => {
  it('counts the indexed posts in good English', () => {
    expect(toolbarTitle(1, 5)).toBe('Backstory: 1 of 5 posts is in your index');
    expect(toolbarTitle(3, 5)).toBe('Backstory: 3 of 5 posts are in your index');
    expect(toolbarTitle(0, 1)).toBe('Backstory: this post is not in your index');
    expect(toolbarTitle(0, 4)).toBe('Backstory: none of the 4 posts is in your index');
  });

  it('and in Arabic, with its dual', () => {
    useLocale('ar');
    expect(toolbarTitle(2, 9)).toBe(`Backstory: منشوران من ${new Intl.NumberFormat('ar').format(9)} في فهرسك`);
  });
});
