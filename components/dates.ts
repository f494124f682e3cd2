/** Dates and times as the reader writes them (the UI's language, their time zone, which is named), never raw ISO. */
import { uiLanguage } from '../lib/i18n/t';

/** A span of days ("7–8 Dec 2024", in the reader's own way of writing dates); ISO dates in. */
export function daysText(first: string | null, last: string | null): string {
  if (!first) return '–';
  const fmt = new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const a = new Date(`${first}T00:00:00Z`);
  const b = last ? new Date(`${last}T00:00:00Z`) : a;
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return [first, last].filter(Boolean).join(' – ');
  return b.getTime() > a.getTime() ? fmt.formatRange(a, b) : fmt.format(a);
}

/** A moment ("8 Dec 2024, 12:40 GMT"): when a post was published, a version seen. */
export function momentText(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLanguage(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(t);
}

/** A day ("8 Dec 2024"), in the reader's time zone. */
export function dayText(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime())
    ? iso
    : new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric' }).format(t);
}

/** A time zone as a reader names it ("UTC+1", "UTC−5:30"). */
function zoneName(offset: number): string {
  if (offset === 0) return 'UTC';
  const a = Math.abs(offset);
  return `UTC${offset < 0 ? '−' : '+'}${Math.floor(a / 60)}${a % 60 ? `:${String(a % 60).padStart(2, '0')}` : ''}`;
}

/**
 * The same moment on the post's own clock ("14:04 UTC+1"), where the page said its zone and it is
 * not the reader's at that moment; null otherwise (nothing more to say).
 */
export function ownClockText(iso: string, offset: number | undefined): string | null {
  const t = new Date(iso);
  if (offset === undefined || Number.isNaN(t.getTime()) || -t.getTimezoneOffset() === offset) return null;
  const clock = new Intl.DateTimeFormat(uiLanguage(), { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(t.getTime() + offset * 60_000),
  );
  return `${clock} ${zoneName(offset)}`;
}
