/**
 * The reader's following settings and the followed blogs' lifetime in IndexedDB: forgetting one
 * blog or all of them, and the retention rule, which spares the blogs the reader put in the index
 * (captured by hand or imported as a pack: coverages of origin `user`).
 */
import { blogIdOf, type BlogHistory } from '../visits/blog-history';
import { blogIdOfFollowed, followedCoverage, followedCoverageId } from '../visits/followed-coverage';
import { loadCoverage, putCoverage } from './coverage-store';
import { expiredBlogs, readFollowSettings, type FollowSettings } from '../visits/follow-settings';
import type { BackstoryDB, FollowedBlog } from './db';

const KEY = 'follow';

export async function loadFollowSettings(db: BackstoryDB): Promise<FollowSettings> {
  return readFollowSettings((await db.settings.get(KEY))?.value);
}

export async function saveFollowSettings(db: BackstoryDB, settings: FollowSettings): Promise<void> {
  await db.settings.put({ key: KEY, value: readFollowSettings(settings) });
}

/**
 * Takes a visit's posts into the index: the followed blog's coverage grows by the posts it did not
 * hold (an append: the live index takes them without a rebuild). How many were added.
 */
export async function indexFollowedPosts(
  db: BackstoryDB,
  history: BlogHistory,
  page: { url: string; title: string; site: string },
  /** Whether the index already holds a post: it is not added twice. */
  indexed?: (post: { title: string | null; paragraphs: readonly string[] }) => boolean,
): Promise<number> {
  const existing = await loadCoverage(db, followedCoverageId(history.blogId));
  const { coverage, added } = followedCoverage(existing, history, page, indexed);
  if (added > 0) await putCoverage(db, coverage, 'followed', `followed-${coverage.posts.length}`, { append: !!existing });
  return added;
}

/** Deletes the blogs' histories and their posts in the index, in one transaction. */
async function deleteBlogs(db: BackstoryDB, blogIds: readonly string[]): Promise<void> {
  const coverages = blogIds.map(followedCoverageId);
  await db.transaction('rw', [db.followedBlogs, db.blogHistories, db.coverages, db.postBatches], async () => {
    await db.followedBlogs.bulkDelete([...blogIds]);
    await db.blogHistories.bulkDelete([...blogIds]);
    await db.postBatches.where('coverage').anyOf(coverages).delete();
    await db.coverages.bulkDelete(coverages);
  });
}

/** Forgets these blogs (every followed blog when `blogIds` is absent); how many were forgotten. */
export async function forgetBlogs(db: BackstoryDB, blogIds?: readonly string[]): Promise<number> {
  const ids = blogIds
    ? (await db.followedBlogs.bulkGet([...blogIds])).flatMap((b) => (b ? [b.blogId] : []))
    : ((await db.followedBlogs.toCollection().primaryKeys()) as string[]);
  // Every followed coverage goes with "every blog", even one whose history was lost.
  const orphans = blogIds
    ? []
    : (await db.coverages.where('origin').equals('followed').primaryKeys()).flatMap((id) => blogIdOfFollowed(id) ?? []);
  await deleteBlogs(db, [...new Set([...ids, ...orphans])]);
  return ids.length;
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
  if (expired.length) await deleteBlogs(db, expired);
  return expired;
}

/** A followed blog as the Library lists it. */
export interface FollowedBlogInfo extends FollowedBlog {
  /** Captured or imported into the index: the retention rule keeps it. */
  kept: boolean;
}

/** Every followed blog, the most recently visited first. */
export async function listFollowedBlogs(db: BackstoryDB): Promise<FollowedBlogInfo[]> {
  const keep = await keptBlogs(db);
  const rows = await db.followedBlogs.orderBy('lastVisit').reverse().toArray();
  return rows.map((row) => ({ ...row, kept: keep.has(row.blogId) }));
}
