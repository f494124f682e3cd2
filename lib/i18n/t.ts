/**
 * Every string a reader sees, in their language, from `public/_locales/<lang>/messages.json`
 * through the browser's own i18n (no strings in the scripts: the content script rides on every
 * live blog, and the browser picks the UI's language). English is complete and the reference.
 * Plurals: `key_one`, `key_other` (and `_zero`, `_two`, `_few`, `_many` where a language has
 * them), chosen by `Intl.PluralRules` in the UI's language.
 */
import type en from '../../public/_locales/en/messages.json';

type Keys = keyof typeof en;
/** A message's key. */
export type MessageKey = Exclude<Keys, `${string}_${'one' | 'other'}`>;
/** A counted message's key, without its plural suffix. */
export type PluralKey = Keys extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

interface I18n {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/** `chrome.i18n` first: it is there in every extension context, content scripts included, in both browsers. */
const api = (): I18n | undefined =>
  (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n ?? (globalThis as { browser?: { i18n?: I18n } }).browser?.i18n;

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  // A key missing in a locale falls back to English (the browser does); missing everywhere, the key says which.
  return api()?.getMessage(key, subs.map(String)) || key;
}

// Formatters are made once per language and options: `toLocaleString(lang)` builds one at every
// call (65 ms of a 300-post page's chip lines, profiled), and even one `Intl.NumberFormat` costs
// 20–30 ms in a fresh page (measured in Chromium), so the chip line's small counts skip it where
// the language writes them as plain Latin digits anyway.
const made = new Map<string, unknown>();

/** An `Intl` formatter for the UI's language, made on first use: `key` names `make`'s options. */
export function uiFormat<T>(key: string, make: (lang: string) => T): T {
  const lang = uiLanguage();
  const id = `${lang}|${key}`;
  if (!made.has(id)) made.set(id, make(lang));
  return made.get(id) as T;
}

/** Languages whose default digits are not Latin (CLDR's default numbering systems). */
const OWN_DIGITS = /^(?:ar|fa|ps|bn|as|mr|ne|my|dz|sat|mni|ks|sd)(?:-|$)/i;

/** A number as the UI's language writes it. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !OWN_DIGITS.test(uiLanguage())) return String(n);
  return uiFormat('number', (lang) => new Intl.NumberFormat(lang)).format(n);
}

/** A counted message: its plural form for `n` in the UI's language, `n` as its first substitution. */
/**
 * English's plural rule for whole numbers (CLDR: "one" for 1 alone): making `Intl.PluralRules`
 * costs a fresh page ~3 ms (profiled), for the few counts of a chip line.
 */
const pluralForm = (n: number): Intl.LDMLPluralRule =>
  Number.isInteger(n) && /^en(?:-|$)/i.test(uiLanguage())
    ? n === 1
      ? 'one'
      : 'other'
    : uiFormat('plural', (lang) => new Intl.PluralRules(lang)).select(n);

export function tn(key: PluralKey, n: number, ...subs: (string | number)[]): string {
  const form = pluralForm(n);
  const all = [formatNumber(n), ...subs.map(String)];
  return api()?.getMessage(`${key}_${form}`, all) || api()?.getMessage(`${key}_other`, all) || key;
}

export function uiLanguage(): string {
  return api()?.getUILanguage() || 'en';
}

/** The UI's writing direction (`@@bidi_dir`): Arabic mirrors the whole UI, not only the text. */
export function uiDirection(): 'ltr' | 'rtl' {
  return api()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** An extension page speaks the UI's language, in its direction: Arabic mirrors the whole page. */
export function pageInUiLanguage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = uiDirection();
}
