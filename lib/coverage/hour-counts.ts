/**
 * A coverage over time, for the Library: how many posts it published in each hour, and how many
 * of those were edited after publication. Pure (tested in Node); components/CoverageHours.tsx draws it. A
 * blog running for weeks would make hours too thin to see: above `MAX_BARS` hours, bars are days.
 */

export interface HourCounts {
  /** Each bar's span: an hour, or a day for long coverages. */
  unit: 'hour' | 'day';
  /** ISO start of the first bar (UTC). */
  start: string;
  /** Posts published in each bar, oldest first; `edited` of them were updated later. */
  posts: number[];
  edited: number[];
  /** Posts with no time, left out of the bars. */
  untimed: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const MAX_BARS = 96;

export function hourCounts(posts: readonly { publishedAt: string | null; edited: boolean }[]): HourCounts {
  const times = posts.map((p) => ({ at: p.publishedAt ? Date.parse(p.publishedAt) : NaN, edited: p.edited }));
  const timed = times.filter((p) => Number.isFinite(p.at));
  const untimed = posts.length - timed.length;
  if (!timed.length) return { unit: 'hour', start: new Date(0).toISOString(), posts: [], edited: [], untimed };
  let first = Infinity;
  let last = -Infinity;
  for (const { at } of timed) {
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  const unit = Math.floor(last / HOUR) - Math.floor(first / HOUR) + 1 > MAX_BARS ? 'day' : 'hour';
  const size = unit === 'day' ? DAY : HOUR;
  const start = Math.floor(first / size) * size;
  const bars = Math.floor((last - start) / size) + 1;
  const counts = new Array<number>(bars).fill(0);
  const edited = new Array<number>(bars).fill(0);
  for (const p of timed) {
    const i = Math.floor((p.at - start) / size);
    counts[i]++;
    if (p.edited) edited[i]++;
  }
  return { unit, start: new Date(start).toISOString(), posts: counts, edited, untimed };
}

/** The busiest bar: its index and count (the first of equals). */
export function busiest(h: HourCounts): { index: number; posts: number } | null {
  let best = -1;
  for (let i = 0; i < h.posts.length; i++) if (best < 0 || h.posts[i] > h.posts[best]) best = i;
  return best < 0 ? null : { index: best, posts: h.posts[best] };
}
