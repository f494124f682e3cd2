/** Followed blogs in IndexedDB: one row per blog, its history written whole in one transaction per visit. */
import type { BlogHistory } from '../visits/blog-history';
import type { BackstoryDB } from './db';

export async function loadHistory(db: BackstoryDB, blogId: string): Promise<BlogHistory | null> {
  return (await db.followedBlogs.get(blogId))?.history ?? null;
}

/** Stores the blog's history as it now is; its first visit and address are kept from the first write. */
export async function saveHistory(
  db: BackstoryDB,
  history: BlogHistory,
  page: { url: string; title: string; site: string },
): Promise<void> {
  const last = history.visits.at(-1);
  if (!last) return;
  await db.transaction('rw', db.followedBlogs, async () => {
    const old = await db.followedBlogs.get(history.blogId);
    await db.followedBlogs.put({
      blogId: history.blogId,
      url: old?.url ?? page.url,
      title: page.title || old?.title || page.url,
      site: page.site,
      firstVisit: old?.firstVisit ?? history.visits[0].at,
      lastVisit: last.at,
      history,
    });
  });
}
