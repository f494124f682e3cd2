import { describe, expect, it } from 'vitest';
import { dayText, daysText, momentText, ownClockText } from './dates';

describe('dates as the reader writes them', () => {
  it('a span of days as one range, one day as a date, none as a dash', () => {
    const range = daysText('2024-12-07', '2024-12-08');
    expect(range).toMatch(/7/);
    expect(range).toMatch(/8/);
    expect(range).toMatch(/2024/);
    expect(range.match(/2024/g)).toHaveLength(1);
    expect(daysText('2024-12-07', null)).toBe(daysText('2024-12-07', '2024-12-07'));
    expect(daysText(null, null)).toBe('–');
  });

  it('a moment with its time zone named, a day without a time; never raw ISO', () => {
    const moment = momentText('2024-12-08T12:40:00Z');
    expect(moment).toMatch(/2024/);
    expect(moment).not.toContain('T12:40');
    // The time zone is named (UTC, GMT, CET…), as a post's time means nothing without it.
    expect(moment).toMatch(/[A-Z]{2,}|GMT[+-]\d/);
    expect(dayText('2024-12-08T12:40:00Z')).toMatch(/2024/);
    expect(dayText('2024-12-08T12:40:00Z')).not.toMatch(/\d{4}-\d{2}/);
    expect(momentText('not a date')).toBe('not a date');
  });
});

describe('the post’s own clock', () => {
  it('is said where the page gave its zone and it is not the reader’s', () => {
    const iso = '2024-08-05T20:00:18.921Z';
    const readerOffset = -new Date(iso).getTimezoneOffset();
    expect(ownClockText(iso, readerOffset)).toBeNull();
    expect(ownClockText(iso, undefined)).toBeNull();
    const other = readerOffset === 60 ? 120 : 60;
    expect(ownClockText(iso, other)).toBe(
      `${new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.parse(iso) + other * 60_000))} UTC+${other / 60}`,
    );
    expect(ownClockText(iso, readerOffset === -330 ? 330 : -330)).toMatch(/UTC[−+]5:30$/);
  });
});
