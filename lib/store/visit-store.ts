/** Followed blogs in IndexedDB: the list row and the blog's history, written together in one transaction per visit. */
import type { BlogHistory } from '../visits/blog-history';
import { summarizeHistory } from '../visits/follow-settings';
import type { BackstoryDB } from './db';

export async function loadHistory(db: BackstoryDB, blogId: string): Promise<BlogHistory | null> {
  return (await db.blogHistories.get(blogId))?.history ?? null;
}

/** Stores the blog's history as it now is; its first visit and address are kept from the first write. */
export async function saveHistory(
  db: BackstoryDB,
  history: BlogHistory,
  page: { url: string; title: string; site: string },
): Promise<void> {
  const last = history.visits.at(-1);
  if (!last) return;
  await db.transaction('rw', db.followedBlogs, db.blogHistories, async () => {
    const old = await db.followedBlogs.get(history.blogId);
    await db.blogHistories.put({ blogId: history.blogId, history });
    await db.followedBlogs.put({
      blogId: history.blogId,
      url: old?.url ?? page.url,
      title: page.title || old?.title || page.url,
      site: page.site,
      firstVisit: old?.firstVisit ?? history.visits[0].at,
      lastVisit: last.at,
      ...summarizeHistory(history),
    });
  });
}
