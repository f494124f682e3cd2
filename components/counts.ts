/** Counts and sizes as a reader reads them ("1 page", "3 pages"; "76 GB", not "77670 MB"). */

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function sizeText(bytes: number): string {
  const mb = bytes / 1_048_576;
  if (mb >= 1024) return `${(mb / 1024).toFixed(mb >= 10_240 ? 0 : 1)} GB`;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

/** A span of days ("7–8 Dec 2024", in the reader's own way of writing dates); ISO dates in. */
export function daysText(first: string | null, last: string | null): string {
  if (!first) return '–';
  const fmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const a = new Date(`${first}T00:00:00Z`);
  const b = last ? new Date(`${last}T00:00:00Z`) : a;
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return [first, last].filter(Boolean).join(' – ');
  return b.getTime() > a.getTime() ? fmt.formatRange(a, b) : fmt.format(a);
}
