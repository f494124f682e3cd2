/**
 * The browser's i18n, for unit and component tests (fake-browser has none): messages read from
 * public/_locales as the browser reads them, `$1`…`$9` substituted, English unless a test picks
 * another locale with `useLocale`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;
const root = join(import.meta.dirname, '../../public/_locales');
const read = (locale: string): Messages => JSON.parse(readFileSync(join(root, locale, 'messages.json'), 'utf8'));
const english = read('en');
let current: { locale: string; messages: Messages } = { locale: 'en', messages: english };

export function useLocale(locale: string): void {
  current = { locale, messages: locale === 'en' ? english : read(locale) };
}

const i18n = {
  getUILanguage: () => current.locale,
  getMessage(key: string, substitutions: string[] = []): string {
    if (key === '@@bidi_dir') return ['ar', 'he', 'fa'].includes(current.locale.split('-')[0]) ? 'rtl' : 'ltr';
    const m = current.messages[key] ?? english[key];
    return m ? m.message.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '') : '';
  },
};

// The fake browser WXT's test plugin puts in place (as `browser` and `chrome`) takes these.
Object.assign(fakeBrowser.i18n, i18n);
const g = globalThis as { chrome?: { i18n?: typeof i18n } };
if (!g.chrome?.i18n) g.chrome = { ...(g.chrome ?? {}), i18n };
