import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../tests/support/i18n';
import { formatNumber, pageInUiLanguage, t, tn, uiDirection } from './t';

afterEach(() => useLocale('en'));

describe('t and tn', () => {
  it('give the UI language’s words, with their substitutions', () => {
    expect(t('cardWrittenBy', 'A. Writer')).toBe('Written by A. Writer.');
    useLocale('fr');
    expect(t('cardWrittenBy', 'A. Writer')).toBe('Écrit par A. Writer.');
  });

  it('pick the plural form the language has for the number', () => {
    expect([1, 2, 5].map((n) => tn('chipCorrections', n))).toEqual(['1 correction', '2 corrections', '5 corrections']);
    useLocale('ar');
    // Arabic: one, two, few (3–10), many (11–99), other (100…).
    expect([1, 2, 3, 11, 100].map((n) => tn('chipCorrections', n))).toEqual([
      'تصحيح واحد',
      'تصحيحان',
      `${(3).toLocaleString('ar')} تصحيحات`,
      `${(11).toLocaleString('ar')} تصحيحًا`,
      `${(100).toLocaleString('ar')} تصحيح`,
    ]);
    expect(uiDirection()).toBe('rtl');
  });

  it('in English, choose the form Intl.PluralRules would, for every count', () => {
    const rules = new Intl.PluralRules('en');
    for (const n of [0, 1, 2, 3, 11, 21, 100, 101, 1000, 1e6])
      expect(tn('chipCorrections', n)).toBe(`${formatNumber(n)} correction${rules.select(n) === 'one' ? '' : 's'}`);
  });
});

describe('numbers', () => {
  it('as each language writes them, small counts included', () => {
    useLocale('en');
    expect(formatNumber(7)).toBe('7');
    expect(formatNumber(12345)).toBe(new Intl.NumberFormat('en').format(12345));
    useLocale('fr');
    expect(formatNumber(12345)).toBe(new Intl.NumberFormat('fr').format(12345));
    useLocale('ar');
    expect(formatNumber(7)).toBe(new Intl.NumberFormat('ar').format(7));
    useLocale('en');
  });
});

describe('extension pages', () => {
  it('take the UI’s language and direction: Arabic mirrors the whole page', () => {
    const doc = { documentElement: { lang: 'en', dir: '' } } as unknown as Document;
    useLocale('ar');
    pageInUiLanguage(doc);
    expect(doc.documentElement).toEqual({ lang: 'ar', dir: 'rtl' });
    useLocale('fr');
    pageInUiLanguage(doc);
    expect(doc.documentElement).toEqual({ lang: 'fr', dir: 'ltr' });
  });
});
