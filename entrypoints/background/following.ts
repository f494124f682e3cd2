/**
 * Following live blogs, wired in the worker: the visit tracker over IndexedDB (a visit's posts
 * join the index when it ends), the reader's settings (nothing is recorded for a site not
 * followed), forgetting, and the retention rule (applied at each worker start and whenever the
 * settings change).
 */
import { browser } from 'wxt/browser';
import type { BackstoryDB } from '../../lib/store/db';
import { forgetBlogs, forgetExpiredBlogs, indexFollowedPosts, loadFollowSettings, saveFollowSettings } from '../../lib/store/follow-store';
import { loadHistory, saveHistory } from '../../lib/store/visit-store';
import { follows, type FollowSettings } from '../../lib/visits/follow-settings';
import { summarizeComparison } from '../../lib/visits/since-last-visit';
import { VisitTracker, type Standing } from '../../lib/visits/visit-tracker';
import type { PostPayload, VisitSummary } from '../../lib/types/post';

type PostText = { title: string | null; paragraphs: readonly string[] };

const siteOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * `indexChanged`: a visit's posts joined the index, or a forgotten blog's left it. `indexed`: whether
 * the index already holds a post (then the visit does not add it).
 */
export function wireFollowing(
  db: BackstoryDB,
  indexChanged: () => Promise<void>,
  indexed: (posts: readonly PostText[]) => Promise<(post: PostText) => boolean>,
) {
  const tracker = new VisitTracker({
    load: (id) => loadHistory(db, id),
    save: async (history, page, ended) => {
      await saveHistory(db, history, page);
      // A visit's posts join the index when the page load is over: the page never matches its own copy.
      if (!ended) return;
      // The posts a visit may add: each version's first (what followedCoverage tests).
      const firsts = Object.values(history.versions).flatMap((v) => v.slice(0, 1));
      if ((await indexFollowedPosts(db, history, page, await indexed(firsts))) > 0) await indexChanged();
    },
  });
  let settings: Promise<FollowSettings> | null = null;
  const currentSettings = () => (settings ??= loadFollowSettings(db).catch((e) => ((settings = null), Promise.reject(e))));

  // A tab that loads another page, or closes, ends its visit: it is written at once.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tracker.end(tabId).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void tracker.end(tabId).catch(() => {}));
  const applyRetention = async () => {
    if ((await forgetExpiredBlogs(db)).length) await indexChanged();
  };
  void applyRetention().catch((e) => console.warn('Backstory: could not apply the retention rule', e));

  return {
    /** Waits for the writes of this page's blog begun so far: the last visit's posts are in the index before this one is matched. */
    settled: (pageUrl: string) => tracker.settled(pageUrl),

    /** A content script's posts: recorded as a visit when its site is followed (a second ask, `again`, records nothing). */
    async observe(
      tabId: number,
      page: { url: string; title?: string },
      posts: PostPayload[],
      again: boolean,
    ): Promise<Map<string, Standing>> {
      if (!follows(await currentSettings(), siteOf(page.url))) return new Map();
      return again ? tracker.standing(tabId, posts) : tracker.observe(tabId, page, posts);
    },

    async summary(tabId: number): Promise<VisitSummary | null> {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab?.url || !/^https?:/.test(tab.url)) return null;
      const site = siteOf(tab.url);
      const s = await currentSettings();
      const siteFollowed = !s.offSites.includes(site);
      const compared = follows(s, site) ? await tracker.summary(tabId) : null;
      const none = { lastVisit: null, counts: { new: 0, changed: 0, unchanged: 0 }, removed: [] };
      return { site, enabled: s.enabled, siteFollowed, ...(compared ? summarizeComparison(compared) : none) };
    },

    settings: currentSettings,

    async setSettings(next: FollowSettings): Promise<void> {
      await saveFollowSettings(db, next);
      settings = null;
      const now = await currentSettings();
      // What is no longer followed stops being recorded now, not at the next page load.
      await tracker.stop((v) => !follows(now, siteOf(v.url)), true);
      await applyRetention();
    },

    async forget(blogIds?: string[]): Promise<number> {
      const ids = blogIds && new Set(blogIds);
      await tracker.stop((v) => !ids || ids.has(v.blogId), false);
      const n = await forgetBlogs(db, blogIds);
      await indexChanged();
      return n;
    },
  };
}
