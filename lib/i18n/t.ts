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

let rules: { lang: string; rules: Intl.PluralRules } | null = null;

/** A counted message: its plural form for `n` in the UI's language, `n` as its first substitution. */
export function tn(key: PluralKey, n: number, ...subs: (string | number)[]): string {
  const lang = uiLanguage();
  if (rules?.lang !== lang) rules = { lang, rules: new Intl.PluralRules(lang) };
  const all = [n.toLocaleString(lang), ...subs.map(String)];
  return api()?.getMessage(`${key}_${rules.rules.select(n)}`, all) || api()?.getMessage(`${key}_other`, all) || key;
}

export function uiLanguage(): string {
  return api()?.getUILanguage() || 'en';
}

/** The UI's writing direction (`@@bidi_dir`): Arabic mirrors the whole UI, not only the text. */
export function uiDirection(): 'ltr' | 'rtl' {
  return api()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
