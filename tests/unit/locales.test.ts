import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(root, locale, 'messages.json'), 'utf8'));
const en = read('en');
const locales = readdirSync(root).filter((l) => l !== 'en');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const holes = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  it('English, French and Arabic ship', () => {
    expect(readdirSync(root).sort()).toEqual(['ar', 'en', 'fr']);
  });

  it('English says what each message is for', () => {
    for (const [key, m] of Object.entries(en)) {
      expect(m.message, key).not.toBe('');
      expect(m.description, key).toBeTruthy();
    }
  });

  describe.each(locales)('%s', (locale) => {
    const messages = read(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it('has every message English has, and nothing English lacks', () => {
      for (const key of Object.keys(en)) {
        if (PLURAL.test(key)) continue;
        expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
        expect(holes(messages[key].message), `${locale}: ${key}`).toEqual(holes(en[key].message));
      }
      const bases = new Set(Object.keys(en).flatMap((k) => (PLURAL.test(k) ? [k.replace(PLURAL, '')] : [])));
      for (const key of Object.keys(messages))
        expect(en[key] ?? bases.has(key.replace(PLURAL, '')), `${locale}: ${key} is not English's`).toBeTruthy();
    });

    it('has each counted message in every plural form the language has', () => {
      const bases = new Set(Object.keys(en).flatMap((k) => (PLURAL.test(k) ? [k.replace(PLURAL, '')] : [])));
      for (const base of bases) {
        for (const c of categories) {
          const m = messages[`${base}_${c}`]?.message;
          expect(m, `${locale}: ${base}_${c}`).toBeTruthy();
          // A form may leave the number out ("one update"), never add a hole English lacks.
          for (const h of holes(m)) expect(holes(en[`${base}_other`].message), `${locale}: ${base}_${c}`).toContain(h);
        }
      }
    });
  });
});
