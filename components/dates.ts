/** Dates and times as the reader writes them (the UI's language, their time zone, which is named), never raw ISO. */
import { t, uiFormat } from '../lib/i18n/t';

const dayFormat = (timeZone?: 'UTC') =>
  uiFormat(`day${timeZone ?? ''}`, (lang) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone }));

/** A span of days ("7–8 Dec 2024", in the reader's own way of writing dates); ISO dates in. */
export function daysText(first: string | null, last: string | null): string {
  if (!first) return '–';
  const fmt = dayFormat('UTC');
  const a = new Date(`${first}T00:00:00Z`);
  const b = last ? new Date(`${last}T00:00:00Z`) : a;
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return [first, last].filter(Boolean).join(' – ');
  return b.getTime() > a.getTime() ? fmt.formatRange(a, b) : fmt.format(a);
}

/** A moment ("8 Dec 2024, 12:40 GMT"): when a post was published, a version seen. */
export function momentText(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return uiFormat(
    'moment',
    (lang) =>
      new Intl.DateTimeFormat(lang, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  ).format(t);
}

/** A day ("8 Dec 2024"), in the reader's time zone. */
export function dayText(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? iso : dayFormat().format(t);
}

/** A time of day ("13:04"), with its day when `withDay` ("8 Dec, 13:04"); `timeZone` UTC for a clock already shifted. */
export function clockText(at: Date, withDay = false, timeZone?: 'UTC'): string {
  return uiFormat(
    `clock${withDay ? '+day' : ''}${timeZone ?? ''}`,
    (lang) =>
      new Intl.DateTimeFormat(lang, { ...(withDay && { day: 'numeric', month: 'short' }), hour: '2-digit', minute: '2-digit', timeZone }),
  ).format(at);
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
  return `${clockText(new Date(t.getTime() + offset * 60_000), false, 'UTC')} ${zoneName(offset)}`;
}

/** What follows a post's time when its own clock says otherwise (" (14:04 UTC+1 on the blog's clock)"), else nothing. */
export function ownClockNote(iso: string | null, offset: number | undefined): string {
  const clock = iso ? ownClockText(iso, offset) : null;
  return clock ? t('cardOwnClock', clock) : '';
}
