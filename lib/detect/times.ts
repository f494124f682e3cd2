/**
 * Times, in order of trust: `time[datetime]` > `data-*time` > JSON-LD > visible text. But a DOM
 * time that differs from the post's JSON-LD time by a whole number of hours is a local time
 * marked as UTC (la Repubblica): the JSON-LD is right there.
 */
import { fold } from '../text/normalize';
import { opening } from '../text/opening';
import { ZONE_MINUTES } from '../messages/limits';
import type { LiveBlogUpdate } from './json-ld';
import type { PostReading } from './types';

const HOUR = 3_600_000;

/**
 * The time zone a date-time string states, as minutes east of UTC: `+01:00`, `-0500`. None for
 * `Z` (a machine's UTC says nothing of the blog's clock) or for a string without one.
 */
export function offsetOf(value: string | null | undefined): number | undefined {
  const m = value && /T[\d:.]+([+-])(\d{2}):?(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return minutes < ZONE_MINUTES.min || minutes > ZONE_MINUTES.max ? undefined : minutes;
}

/** How much of a text's opening its key reads. */
const KEY_READS = 120;

function key(text: string | null | undefined): string | null {
  // Only the opening matters: fold a short prefix, not a whole post.
  const k = text
    ? fold(text.slice(0, KEY_READS))
        .replace(/[^\p{L}\p{N} ]/gu, '')
        .slice(0, 60)
    : '';
  return k.length >= 12 ? k : null;
}

/** Updates by the key of their opening, made once per JSON-LD reading (posts are reconciled 100 at a time). */
const keyed = new WeakMap<readonly LiveBlogUpdate[], Map<string, LiveBlogUpdate>>();

function updatesByKey(updates: readonly LiveBlogUpdate[]): Map<string, LiveBlogUpdate> {
  let byKey = keyed.get(updates);
  if (byKey) return byKey;
  byKey = new Map();
  for (const u of updates) {
    for (const k of [key(u.headline), key(u.body)]) if (k && !byKey.has(k)) byKey.set(k, u);
  }
  keyed.set(updates, byKey);
  return byKey;
}

export function reconcileTimes(readings: PostReading[], updates: readonly LiveBlogUpdate[]): void {
  const byKey = updatesByKey(updates);
  for (const r of readings) {
    const u = [key(r.title), key(opening(r.paragraphs, KEY_READS))].map((k) => (k ? byKey.get(k) : undefined)).find(Boolean);
    if (!u?.datePublished) continue;
    const ld = Date.parse(u.datePublished);
    if (Number.isNaN(ld)) continue;
    // The JSON-LD's own zone, when its time is the post's (within the minute, or taken from it).
    const zone = () => {
      const offset = offsetOf(u.datePublished);
      if (offset !== undefined && r.publishedOffset === undefined) r.publishedOffset = offset;
    };
    if (!r.publishedAt) {
      r.publishedAt = new Date(ld).toISOString();
      zone();
      continue;
    }
    const diff = Date.parse(r.publishedAt) - ld;
    const hours = Math.round(diff / HOUR);
    // Same minute, whole hours apart: a zone error in the DOM.
    if (hours !== 0 && Math.abs(hours) <= 14 && Math.abs(diff - hours * HOUR) < 60_000) r.publishedAt = new Date(ld).toISOString();
    if (Math.abs(Date.parse(r.publishedAt) - ld) < 60_000) zone();
  }
}
