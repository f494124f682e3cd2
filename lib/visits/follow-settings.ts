/**
 * Whether Backstory follows live blogs, on which sites, and how long it keeps what it recorded.
 * Following is on by default; the reader can turn it off everywhere or site by site, and a blog
 * not visited for `retentionDays` is forgotten, unless the reader made it part of the index
 * (captured it by hand or imported it as a pack): that is their own work, never dropped by a rule.
 */
import * as v from 'valibot';
import type { BlogHistory } from './blog-history';

export interface FollowSettings {
  enabled: boolean;
  /** Host names (`www.example.com`) the reader turned following off for. */
  offSites: string[];
  /** Days after the last visit a followed blog is kept. */
  retentionDays: number;
}

export const DEFAULT_FOLLOW: FollowSettings = { enabled: true, offSites: [], retentionDays: 90 };
export const RETENTION_CHOICES = [7, 30, 90, 365] as const;

const HOST = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+(?::\d+)?$/i, 'is not a host name'));

export const FollowSettingsSchema = v.object({
  enabled: v.boolean(),
  offSites: v.pipe(v.array(HOST), v.maxLength(1000)),
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
});

/** Stored settings as they are, or the defaults where they are missing or unreadable. */
export function readFollowSettings(stored: unknown): FollowSettings {
  const r = v.safeParse(FollowSettingsSchema, stored);
  return r.success ? { ...r.output, offSites: [...new Set(r.output.offSites.map((s) => s.toLowerCase()))] } : { ...DEFAULT_FOLLOW };
}

/** Whether a page on this site is followed. */
export function follows(settings: FollowSettings, site: string): boolean {
  return settings.enabled && !settings.offSites.includes(site.toLowerCase());
}

/** The settings with following on or off for one site. */
export function withSite(settings: FollowSettings, site: string, on: boolean): FollowSettings {
  const host = site.toLowerCase();
  const rest = settings.offSites.filter((s) => s !== host);
  return { ...settings, offSites: on ? rest : [...rest, host] };
}

const DAY_MS = 86_400_000;

/** Blogs last visited more than `retentionDays` ago, except those in `keep` (captured or imported). */
export function expiredBlogs(
  blogs: readonly { blogId: string; lastVisit: string }[],
  now: Date,
  retentionDays: number,
  keep: ReadonlySet<string>,
): string[] {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  return blogs.filter((b) => !keep.has(b.blogId) && Date.parse(b.lastVisit) < cutoff).map((b) => b.blogId);
}

/** What the Library says of a followed blog. */
export interface FollowedBlogSummary {
  visits: number;
  posts: number;
  /** Versions seen after a post's first: edits caught between visits. */
  changes: number;
}

export function summarizeHistory(history: BlogHistory): FollowedBlogSummary {
  const lists = Object.values(history.versions);
  return {
    visits: history.visits.length,
    posts: lists.length,
    changes: lists.reduce((n, list) => n + Math.max(0, list.length - 1), 0),
  };
}
