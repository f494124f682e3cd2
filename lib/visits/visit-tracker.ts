/**
 * Turns the posts a tab's page sends for matching into a visit of its blog, recorded by the worker
 * (the page already sends every post's text to be matched, so following a blog costs the page
 * nothing). A page load's posts arrive in chunks, and again when they change: they gather into one
 * visit per load, compared with the blog's history as it stood before that load, and saved soon
 * after the last chunk, and at once when the tab loads another page or closes.
 */
import type { PostPayload } from '../types/post';
import { blogIdOf, emptyHistory, recordVisit, type BlogHistory, type SeenPost } from './blog-history';
import { compareWithLastVisit, versionHistory, type VisitComparison } from './since-last-visit';
import type { SeenVersion, SinceLastVisit } from '../types/post';

/** A post against the blog's history: new, changed or unchanged since the last visit, and every version seen when it has more than one. */
export interface Standing {
  since: SinceLastVisit;
  versions?: SeenVersion[];
}

export interface VisitStore {
  load(blogId: string): Promise<BlogHistory | null>;
  /** `ended`: the page load is over (the tab left it): its posts may join the index now, not while the page still shows them. */
  save(history: BlogHistory, page: { url: string; title: string; site: string }, ended: boolean): Promise<void>;
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
  /** Forgotten or no longer followed while open: nothing more is written. */
  dropped?: boolean;
}

/** How long after a page's last chunk its visit is written (the page usually sends all within a second). */
const SAVE_AFTER_MS = 1500;

export class VisitTracker {
  private open = new Map<number, Promise<OpenVisit>>();
  /** The last write of each blog: a new visit reads the history only after it. */
  private writes = new Map<string, Promise<void>>();
  /** Visits being ended (their blog not known until their visit is read). */
  private ending = new Set<Promise<void>>();

  constructor(
    private readonly store: VisitStore,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly saveAfterMs = SAVE_AFTER_MS,
  ) {}

  /** Adds these posts to the tab's visit; each post's standing against the last visit (none on a first visit). */
  async observe(tabId: number, page: { url: string; title?: string }, posts: readonly PostPayload[]): Promise<Map<string, Standing>> {
    const visit = await this.visitOf(tabId, page.url);
    if (page.title) visit.title = page.title;
    for (const p of posts) visit.posts.set(p.key, { key: p.key, title: p.title, paragraphs: p.paragraphs });
    this.scheduleSave(visit);
    return standings(visit, posts);
  }

  /** The posts' standing in the tab's open visit, recording nothing (a second ask for the same posts). */
  async standing(tabId: number, posts: readonly PostPayload[]): Promise<Map<string, Standing>> {
    const visit = await this.open.get(tabId);
    return visit && !visit.dropped ? standings(visit, posts) : new Map();
  }

  /**
   * Stops the open visits `pick` chooses: a forgotten blog's (`write: false`, nothing of them is
   * written) or a site's no longer followed (written as they stand: they were recorded while it was).
   * The tab's next page load starts afresh.
   */
  async stop(pick: (visit: { blogId: string; url: string }) => boolean, write: boolean): Promise<void> {
    for (const [tabId, pending] of [...this.open]) {
      const visit = await pending.catch(() => null);
      if (!visit || !pick(visit)) continue;
      if (this.open.get(tabId) === pending) this.open.delete(tabId);
      if (write) await this.save(visit, true);
      else {
        if (visit.timer) clearTimeout(visit.timer);
        visit.dropped = true;
      }
    }
  }

  /** The open visit of a tab against the blog's last visit: what the popup says of it. */
  async summary(tabId: number): Promise<(VisitComparison & { blogId: string }) | null> {
    const visit = await this.open.get(tabId);
    if (!visit || visit.dropped) return null;
    const compared = compareWithLastVisit(visit.base, [...visit.posts.values()]);
    return compared && { ...compared, blogId: visit.blogId };
  }

  /** The tab loaded another page or closed: its visit is written now. */
  end(tabId: number): Promise<void> {
    // Known at once, before the visit is read: a page asking right after (settled) waits for it.
    const ending = (async () => {
      const visit = await this.open.get(tabId);
      this.open.delete(tabId);
      if (visit) await this.save(visit, true);
    })();
    this.ending.add(ending);
    return ending.finally(() => this.ending.delete(ending));
  }

  private visitOf(tabId: number, pageUrl: string): Promise<OpenVisit> {
    const url = pageUrl.replace(/#.*$/, '');
    const blogId = blogIdOf({ url, canonicalUrl: null });
    const current = this.open.get(tabId);
    const next = (async () => {
      const visit = await current;
      if (visit && visit.blogId === blogId) return visit;
      // Another page in the same tab (a navigation the worker was not told of): the old visit ends.
      if (visit) await this.save(visit, true);
      await this.writes.get(blogId)?.catch(() => {});
      const base = (await this.store.load(blogId)) ?? emptyHistory(blogId);
      return { blogId, url, title: '', base, startedAt: this.now(), posts: new Map(), timer: null };
    })();
    this.open.set(tabId, next);
    return next;
  }

  private scheduleSave(visit: OpenVisit): void {
    if (visit.timer) clearTimeout(visit.timer);
    visit.timer = setTimeout(() => void this.save(visit, false).catch(() => {}), this.saveAfterMs);
  }

  /** Resolves once every write of this page's blog begun so far is done (a page asks after the last visit ended). */
  async settled(pageUrl: string): Promise<void> {
    await Promise.all([...this.ending].map((e) => e.catch(() => {})));
    await this.writes.get(blogIdOf({ url: pageUrl.replace(/#.*$/, ''), canonicalUrl: null }))?.catch(() => {});
  }

  private async save(visit: OpenVisit, ended: boolean): Promise<void> {
    if (visit.timer) clearTimeout(visit.timer);
    visit.timer = null;
    if (visit.posts.size === 0 || visit.dropped) return;
    const posts = [...visit.posts.values()];
    // Recorded onto the history as it is now, not as it was when this page loaded: another tab on
    // the same blog may have written its visit meanwhile. This visit's own earlier write (the
    // debounced one) is replaced, not repeated.
    const write = (this.writes.get(visit.blogId) ?? Promise.resolve())
      .catch(() => {})
      .then(async () => {
        const latest = (await this.store.load(visit.blogId)) ?? emptyHistory(visit.blogId);
        const others = { ...latest, visits: latest.visits.filter((v) => v.at !== visit.startedAt) };
        const { history } = recordVisit(others, posts, visit.startedAt);
        // Visits stay in the order they began, whichever tab was written first.
        history.visits.sort((x, y) => x.at.localeCompare(y.at));
        await this.store.save(history, { url: visit.url, title: visit.title, site: new URL(visit.url).hostname }, ended);
      });
    this.writes.set(visit.blogId, write);
    await write;
  }
}

function standings(visit: OpenVisit, posts: readonly PostPayload[]): Map<string, Standing> {
  const compared = compareWithLastVisit(visit.base, posts);
  const out = new Map<string, Standing>();
  if (!compared) return out;
  for (const post of posts) {
    const c = compared.posts.get(post.key);
    if (!c) continue;
    // Every version seen, this visit's text last: the card's version history (this post's versions only).
    const { history } = recordVisit(
      { blogId: visit.blogId, visits: [], versions: { [post.key]: visit.base.versions[post.key] ?? [] } },
      [post],
      visit.startedAt,
    );
    const versions = versionHistory(history, post.key);
    out.set(post.key, {
      since: c.since,
      ...(versions.length > 1
        ? { versions: versions.map(({ version, changes }) => ({ firstSeen: version.firstSeen, lastSeen: version.lastSeen, changes })) }
        : {}),
    });
  }
  return out;
}
