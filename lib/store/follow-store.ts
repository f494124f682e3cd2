/**
 * The reader's following settings and the followed blogs' lifetime in IndexedDB: forgetting one
 * blog or all of them, and the retention rule, which spares the blogs the reader put in the index
 * (captured by hand or imported as a pack: coverages of origin `user`).
 */
import { blogIdOf } from '../visits/blog-history';
import {
  expiredBlogs,
  readFollowSettings,
  summarizeHistory,
  type FollowedBlogSummary,
  type FollowSettings,
} from '../visits/follow-settings';
import type { BackstoryDB, FollowedBlog } from './db';

const KEY = 'follow';

export async function loadFollowSettings(db: BackstoryDB): Promise<FollowSettings> {
  return readFollowSettings((await db.settings.get(KEY))?.value);
}

export async function saveFollowSettings(db: BackstoryDB, settings: FollowSettings): Promise<void> {
  await db.settings.put({ key: KEY, value: readFollowSettings(settings) });
}

/** Forgets these blogs (every followed blog when `blogIds` is absent); how many were forgotten. */
export async function forgetBlogs(db: BackstoryDB, blogIds?: readonly string[]): Promise<number> {
  return db.transaction('rw', db.followedBlogs, async () => {
    if (!blogIds) {
      const n = await db.followedBlogs.count();
      await db.followedBlogs.clear();
      return n;
    }
    const present = (await db.followedBlogs.bulkGet([...blogIds])).filter((b) => b !== undefined);
    await db.followedBlogs.bulkDelete(present.map((b) => b.blogId));
    return present.length;
  });
}

/** The blogs the reader made part of the index: never forgotten by the retention rule. */
async function keptBlogs(db: BackstoryDB): Promise<Set<string>> {
  const coverages = await db.coverages.where('origin').equals('user').toArray();
  return new Set(coverages.flatMap((c) => (c.meta.url ? [blogIdOf({ url: c.meta.url, canonicalUrl: null })] : [])));
}

/** Applies the retention rule; the ids of the blogs it forgot. */
export async function forgetExpiredBlogs(db: BackstoryDB, now = new Date()): Promise<string[]> {
  const { retentionDays } = await loadFollowSettings(db);
  const keep = await keptBlogs(db);
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  // Only the blogs past the cutoff are read, by the lastVisit index, and without their histories' weight mattering.
  const old = await db.followedBlogs.where('lastVisit').below(cutoff).toArray();
  const expired = expiredBlogs(old, now, retentionDays, keep);
  if (expired.length) await db.followedBlogs.bulkDelete(expired);
  return expired;
}

/** A followed blog as the Library lists it. */
export interface FollowedBlogInfo extends FollowedBlogSummary, Omit<FollowedBlog, 'history'> {
  /** Captured or imported into the index: the retention rule keeps it. */
  kept: boolean;
}

/** Every followed blog, the most recently visited first. */
export async function listFollowedBlogs(db: BackstoryDB): Promise<FollowedBlogInfo[]> {
  const keep = await keptBlogs(db);
  const rows = await db.followedBlogs.orderBy('lastVisit').reverse().toArray();
  return rows.map(({ history, ...row }) => ({ ...row, ...summarizeHistory(history), kept: keep.has(row.blogId) }));
}
