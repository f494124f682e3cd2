/**
 * Turns the posts a tab's page sends for matching into a visit of its blog, recorded by the worker
 * (the page already sends every post's text to be matched, so following a blog costs the page
 * nothing). A page load's posts arrive in chunks, and again when they change: they gather into one
 * visit per load, compared with the blog's history as it stood before that load, and saved soon
 * after the last chunk, and at once when the tab loads another page or closes.
 */
import type { PostPayload } from '../types/post';
import { blogIdOf, emptyHistory, recordVisit, type BlogHistory, type SeenPost } from './blog-history';
import { compareWithLastVisit, type SinceLastVisit, type VisitComparison } from './since-last-visit';

export interface VisitStore {
  load(blogId: string): Promise<BlogHistory | null>;
  save(history: BlogHistory, page: { url: string; title: string; site: string }): Promise<void>;
}

interface OpenVisit {
  blogId: string;
  url: string;
  /** The history before this page load. */
  base: BlogHistory;
  title: string;
  startedAt: string;
  posts: Map<string, SeenPost>;
  timer: ReturnType<typeof setTimeout> | null;
}

/** How long after a page's last chunk its visit is written (the page usually sends all within a second). */
const SAVE_AFTER_MS = 1500;

export class VisitTracker {
  private open = new Map<number, Promise<OpenVisit>>();
  /** The last write of each blog: a new visit reads the history only after it. */
  private writes = new Map<string, Promise<void>>();

  constructor(
    private readonly store: VisitStore,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly saveAfterMs = SAVE_AFTER_MS,
  ) {}

  /** Adds these posts to the tab's visit; each post's standing against the last visit (none on a first visit). */
  async observe(tabId: number, page: { url: string; title?: string }, posts: readonly PostPayload[]): Promise<Map<string, SinceLastVisit>> {
    const visit = await this.visitOf(tabId, page.url);
    if (page.title) visit.title = page.title;
    for (const p of posts) visit.posts.set(p.key, { key: p.key, title: p.title, paragraphs: p.paragraphs });
    this.scheduleSave(visit);
    const compared = compareWithLastVisit(visit.base, posts);
    return new Map([...(compared?.posts ?? [])].map(([key, c]) => [key, c.since]));
  }

  /** The open visit of a tab against the blog's last visit: what the popup says of it. */
  async summary(tabId: number): Promise<(VisitComparison & { blogId: string }) | null> {
    const visit = await this.open.get(tabId);
    if (!visit) return null;
    const compared = compareWithLastVisit(visit.base, [...visit.posts.values()]);
    return compared && { ...compared, blogId: visit.blogId };
  }

  /** The tab loaded another page or closed: its visit is written now. */
  async end(tabId: number): Promise<void> {
    const visit = await this.open.get(tabId);
    this.open.delete(tabId);
    if (visit) await this.save(visit);
  }

  private visitOf(tabId: number, pageUrl: string): Promise<OpenVisit> {
    const url = pageUrl.replace(/#.*$/, '');
    const blogId = blogIdOf({ url, canonicalUrl: null });
    const current = this.open.get(tabId);
    const next = (async () => {
      const visit = await current;
      if (visit && visit.blogId === blogId) return visit;
      // Another page in the same tab (a navigation the worker was not told of): the old visit ends.
      if (visit) await this.save(visit);
      await this.writes.get(blogId)?.catch(() => {});
      const base = (await this.store.load(blogId)) ?? emptyHistory(blogId);
      return { blogId, url, title: '', base, startedAt: this.now(), posts: new Map(), timer: null };
    })();
    this.open.set(tabId, next);
    return next;
  }

  private scheduleSave(visit: OpenVisit): void {
    if (visit.timer) clearTimeout(visit.timer);
    visit.timer = setTimeout(() => void this.save(visit).catch(() => {}), this.saveAfterMs);
  }

  private async save(visit: OpenVisit): Promise<void> {
    if (visit.timer) clearTimeout(visit.timer);
    visit.timer = null;
    if (visit.posts.size === 0) return;
    const { history } = recordVisit(visit.base, [...visit.posts.values()], visit.startedAt);
    const write = (this.writes.get(visit.blogId) ?? Promise.resolve())
      .catch(() => {})
      .then(() => this.store.save(history, { url: visit.url, title: visit.title, site: new URL(visit.url).hostname }));
    this.writes.set(visit.blogId, write);
    await write;
  }
}
