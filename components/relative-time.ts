/** "2 h ago", "3 days ago": how long ago a time was, in words a reader takes in at a glance, in the UI's language. */
import { uiFormat } from '../lib/i18n/t';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const OPTIONS: Intl.RelativeTimeFormatOptions = { numeric: 'auto', style: 'short' };

/** `locale`: another language than the UI's. */
export function timeAgo(iso: string, now = Date.now(), locale?: string): string {
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const format = locale
    ? new Intl.RelativeTimeFormat(locale, OPTIONS)
    : uiFormat('relative', (lang) => new Intl.RelativeTimeFormat(lang, OPTIONS));
  for (const [unit, size] of UNITS) if (Math.abs(ms) >= size) return format.format(-Math.round(ms / size), unit);
  return format.format(0, 'minute');
}
