/**
 * The in-page controller: detects posts, keeps one annotation host per post, asks the worker for
 * verdicts, and follows the page as it inserts, edits and removes posts. Browser APIs come in
 * through `AnnotatorDeps`, so the whole of it runs under happy-dom in tests.
 */
import { locatePage, readPosts, type Fallback, type LocatedPage } from '../detect/detect-page';
import { mayBeLiveBlog } from '../detect/may-be-live-blog';
import { PostKeyer } from '../detect/post-key';
import type { DetectedPost, PageInfo } from '../detect/types';
import type { Why } from '../messages/reasons';
import type { MatchSummary, PageState, PostDetails, PostStatus, PostVerdict, SinceLastVisit } from '../types/post';
import { fnv1a } from '../text/hash';
import { PageWatcher } from './page-watcher';
import { pageState } from './page-state';
import { isQuiet } from './quiet-mode';
import { ensureHost, mountPoint, setHostStatus, type HostOptions } from './annotation-host';
import { askVerdicts, type MatchPosts } from './verdict-client';
import type { NearView } from './near-view';

export interface ChipView {
  status: PostStatus;
  reason?: string;
  why?: Why;
  match: MatchSummary | null;
  details?: PostDetails;
  quiet: boolean;
  /** On a blog visited before: this post against the last visit. */
  since?: SinceLastVisit;
  /** Changes when the reader asks (from the popup) to open this post's card. */
  openRequest: number;
}

export interface AnnotatorDeps {
  /** `wait`: the worker takes the time to give every post its details. Its answer is checked (verdict-client.ts). */
  matchPosts: MatchPosts;
  /** Closed roots and no verdict in the light DOM, except in test-host builds (docs/contracts.md §1). */
  host: HostOptions;
  render: (mount: Element, view: ChipView) => void;
  unmount: (mount: Element) => void;
  css: string;
  /** Told once per batch of posts the page inserted after the first annotation: how many. */
  announce?: (inserted: number) => void;
  /** Told the counts after each batch of verdicts (the toolbar badge). */
  summarize?: (matched: number, total: number) => void;
  /** Told after each pass over the page: posts may have changed, highlights re-anchor. */
  afterPass?: () => void;
  /** The heuristic for unknown sites, fetched only when no known markup finds posts. */
  loadFallback?: () => Promise<Fallback>;
  /**
   * Tells which hosts come near the viewport and leave it (near-view.ts): a line is drawn only near
   * it, and what changes far from it is drawn on arrival. Absent (or null), every line is drawn at once.
   */
  nearView?: (onChange: (host: Element, near: boolean) => void) => NearView | null;
}

/** What the page knows of one post, for a highlight made in it. */
export interface PostView {
  key: string;
  element: Element;
  post: DetectedPost;
  status: PostStatus;
  match: MatchSummary | null;
  details?: PostDetails;
}

interface Entry {
  post: DetectedPost;
  host: HTMLElement;
  mount: Element;
  textHash: number;
  status: PostStatus;
  reason?: string;
  why?: Why;
  match: MatchSummary | null;
  details?: PostDetails;
  since?: SinceLastVisit;
  openRequest: number;
  /** Near the viewport, or drawn regardless (no near-view, or the reader went to it). */
  near: boolean;
  /** Its line is out of date: drawn when it comes near. */
  undrawn: boolean;
}

const BATCH = 500;
/** Posts read and drawn per task: about 5 ms each here, well under a long task on slow machines, and few enough passes of layout. */
const CHUNK = 100;

/** Lets the page run between chunks of our work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Annotator {
  private entries = new Map<string, Entry>();
  private postElements = new WeakSet<Node>();
  private page: PageInfo = { liveBlog: false, detector: null, container: null };
  private watcher: PageWatcher | null = null;
  private revealed = false;
  private firstPass = true;
  private stopped = false;
  private running: Promise<void> | null = null;
  private dirty = false;
  private quietShown: boolean | null = null;
  private fallback: Fallback | null = null;
  /** Entries whose verdict is on its way. */
  private asking = new Set<Entry>();
  private byHost = new WeakMap<Element, Entry>();
  private near: NearView | null;

  constructor(
    private readonly doc: Document,
    private readonly deps: AnnotatorDeps,
  ) {
    this.near = deps.nearView?.((host, near) => this.nearChanged(host, near)) ?? null;
  }

  /** Returns false (having done nothing) on pages that are not live blogs. */
  start(): boolean {
    if (!mayBeLiveBlog(this.doc)) return false;
    this.watcher = new PageWatcher(this.doc, this.postElements, () => this.pass());
    this.pass();
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.watcher?.stop();
    this.near?.disconnect();
  }

  state(): PageState {
    return pageState(this.doc, this.page, this.entries.values(), this.revealed || !this.quiet());
  }

  /** The page's posts as read, in page order: what "Add this live blog to my index" stores. */
  posts(): DetectedPost[] {
    return [...this.entries.values()].map((e) => e.post);
  }

  /** Asks again for every post's verdict (the index changed); resolves once every post has its new one. */
  rematch(): Promise<void> {
    const all = [...this.entries.values()];
    for (const e of all) e.status = 'pending';
    return this.requestVerdicts(all);
  }

  reveal(): void {
    this.revealed = true;
    this.renderAll();
  }

  scrollTo(key: string, open = false): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    e.near = true;
    if (open) {
      this.revealed = true;
      e.openRequest++;
      this.renderAll();
    } else if (e.undrawn) this.renderEntry(e, this.quiet());
    e.post.element.scrollIntoView({ block: 'start' });
    (e.mount.querySelector('button.chip') as HTMLElement | null)?.focus({ preventScroll: true });
    return true;
  }

  private quiet(): boolean {
    return isQuiet(this.revealed, this.entries.values());
  }

  /** One pass over the page at a time; changes that arrive meanwhile start another after it. */
  private pass(): void {
    if (this.stopped) return;
    if (this.running) {
      this.dirty = true;
      return;
    }
    this.running = this.reconcile().finally(() => {
      this.running = null;
      if (this.dirty) {
        this.dirty = false;
        this.watcher?.schedule();
      }
    });
  }

  /**
   * Reads the page and brings hosts up to date: a few posts per task, yielding in between, so a
   * 300-post page never holds the main thread for long. Verdicts are asked for chunk by chunk.
   */
  private async reconcile(): Promise<void> {
    let page: LocatedPage;
    try {
      const t0 = performance.now();
      page = locatePage(this.doc, this.fallback ?? undefined);
      performance.measure('backstory:locate', { start: t0 });
      if (!page.posts && !this.fallback && this.deps.loadFallback) {
        this.fallback = await this.deps.loadFallback();
        page = locatePage(this.doc, this.fallback);
      }
    } catch (e) {
      // A page we cannot read must keep working: keep what we had, try again on the next change.
      console.warn('Backstory: could not read this page', e);
      return;
    }
    this.page = { liveBlog: page.liveBlog, detector: page.posts?.detector ?? null, container: page.posts?.container ?? null };
    const elements = page.posts?.elements ?? [];
    const keyer = new PostKeyer();
    const seen = new Set<string>();
    let inserted = 0;
    for (let i = 0; i < elements.length; i += CHUNK) {
      if (i > 0) await yieldToPage();
      if (this.stopped) return;
      const toMatch: Entry[] = [];
      const quiet = this.quiet();
      for (const post of readPosts(page, elements.slice(i, i + CHUNK), keyer)) {
        seen.add(post.key);
        const entry = this.track(post, quiet);
        if (entry.fresh && !this.firstPass) inserted++;
        if (entry.stale) toMatch.push(entry.entry);
      }
      this.watcher?.ignorePending();
      if (toMatch.length) void this.requestVerdicts(toMatch);
    }
    for (const [key, e] of this.entries) {
      if (seen.has(key)) continue;
      this.deps.unmount(e.mount);
      this.near?.unobserve(e.host);
      e.host.remove();
      this.entries.delete(key);
    }
    this.watcher?.watch(this.page.container);
    if (inserted) this.deps.announce?.(inserted);
    this.firstPass = false;
    this.deps.afterPass?.();
  }

  /** The post holding a node, if any of ours does. */
  postOf(node: Node): PostView | null {
    for (const e of this.entries.values()) {
      const el = e.post.element;
      // A ticker post is its heading and what follows up to the next heading: its host's neighbours.
      if (el.contains(node)) return this.view(e);
    }
    return null;
  }

  post(key: string): PostView | null {
    const e = this.entries.get(key);
    return e ? this.view(e) : null;
  }

  private view(e: Entry): PostView {
    return { key: e.post.key, element: e.post.element, post: e.post, status: e.status, match: e.match, details: e.details };
  }

  /** Keeps one entry and one host for a post; says whether it is new and whether it needs a verdict. */
  private track(post: DetectedPost, quiet: boolean): { entry: Entry; fresh: boolean; stale: boolean } {
    // The hash of the title and paragraphs joined by newlines, without making that copy of the post.
    const textHash = post.paragraphs.reduce((h, p) => fnv1a(p, fnv1a('\n', h)), fnv1a(post.title ?? ''));
    const old = this.entries.get(post.key);
    const { host, root, created } = ensureHost(post.element, post.key, this.deps.css, this.deps.host, post.hostAfter);
    const entry: Entry =
      old && old.host === host
        ? old
        : {
            post,
            host,
            mount: mountPoint(root),
            textHash,
            status: 'pending',
            match: null,
            openRequest: 0,
            near: !this.near,
            undrawn: false,
          };
    if (old && old.host !== host) {
      // The page re-rendered the post or removed our host: follow it, keep what we knew.
      Object.assign(entry, {
        status: old.status,
        reason: old.reason,
        why: old.why,
        match: old.match,
        details: old.details,
        textHash: old.textHash,
      });
      this.near?.unobserve(old.host);
      if (old.host.isConnected) old.host.remove();
    }
    if (entry !== old) {
      this.byHost.set(host, entry);
      this.near?.observe(host);
    }
    entry.post = post;
    this.postElements.add(post.element);
    let stale = !old;
    if (old && old.textHash !== textHash) {
      entry.textHash = textHash;
      entry.status = 'pending';
      stale = true;
    }
    this.entries.set(post.key, entry);
    // A new post's line waits for its verdict, asked for at once (a "Checking" line drawn first
    // doubled the lines drawn at load); its host says `pending` meanwhile. A re-created host shows
    // what was known, and a post being matched again says so.
    if (!old && entry.status === 'pending') this.showStatus(entry);
    else if (created || entry.status === 'pending') this.renderEntry(entry, quiet);
    return { entry, fresh: !old, stale };
  }

  private async requestVerdicts(entries: Entry[], wait = false): Promise<void> {
    const later: Entry[] = [];
    if (wait) performance.mark('backstory:details-asked');
    for (const e of entries) this.asking.add(e);
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      const hashes = batch.map((e) => e.textHash);
      const verdicts = await askVerdicts(
        this.deps.matchPosts,
        batch.map((e) => e.post),
        wait,
      );
      batch.forEach((e, j) => {
        // A verdict for text that has since changed is stale: the newer request will answer.
        this.asking.delete(e);
        if (this.entries.get(e.post.key) !== e || e.textHash !== hashes[j]) return;
        this.apply(e, verdicts[j]);
        if (verdicts[j].detailsLater && !wait) later.push(e);
      });
    }
    // The worker answered without details: ask for them now that every post shows its verdict.
    if (later.length) void this.requestVerdicts(later, true);
    // Quiet can end with these verdicts: then every post's line appears (but a post whose verdict
    // is on its way waits for it: drawing "Checking" first doubled the chip lines drawn at load);
    // otherwise only these change.
    const quiet = this.quiet();
    if (quiet !== this.quietShown) this.renderAll(true);
    else for (const e of entries) if (this.entries.get(e.post.key) === e) this.renderEntry(e, quiet);
    this.watcher?.ignorePending();
    performance.mark(wait ? 'backstory:details' : 'backstory:annotated');
    const all = [...this.entries.values()];
    this.deps.summarize?.(all.filter((e) => e.status === 'same' || e.status === 'edited').length, all.length);
  }

  private apply(e: Entry, v: PostVerdict): void {
    e.status = v.status;
    e.reason = v.reason;
    e.why = v.why;
    e.match = v.match;
    e.details = v.details;
    e.since = v.sinceLastVisit ?? e.since;
  }

  private showStatus(e: Entry): void {
    setHostStatus(e.host, this.deps.host, e.status, e.status === 'error' ? e.reason : undefined, e.since);
  }

  private nearChanged(host: Element, near: boolean): void {
    const e = this.byHost.get(host);
    if (!e || this.entries.get(e.post.key) !== e) return;
    e.near = near;
    if (near && e.undrawn && !(e.status === 'pending' && this.asking.has(e))) this.renderEntry(e, this.quiet());
  }

  private renderEntry(e: Entry, quiet: boolean): void {
    this.showStatus(e);
    e.undrawn = !e.near;
    if (e.undrawn) return;
    this.deps.render(e.mount, {
      status: e.status,
      reason: e.reason,
      why: e.why,
      match: e.match,
      details: e.details,
      quiet: quiet && e.status !== 'error',
      since: e.since,
      openRequest: e.openRequest,
    });
  }

  private renderAll(skipAsked = false): void {
    const quiet = this.quiet();
    this.quietShown = quiet;
    for (const e of this.entries.values()) if (!(skipAsked && e.status === 'pending' && this.asking.has(e))) this.renderEntry(e, quiet);
    this.watcher?.ignorePending();
  }
}
