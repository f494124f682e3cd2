/**
 * The in-page controller: detects posts, keeps one annotation host per post, asks the worker for
 * verdicts, and follows the page as it inserts, edits and removes posts. Browser APIs come in
 * through `AnnotatorDeps`, so the whole of it runs under happy-dom in tests.
 */
import { detectPage, mayBeLiveBlog } from '../detect/detect-page';
import type { DetectedPage, DetectedPost } from '../detect/types';
import type { MatchSummary } from '../annotate/describe-match';
import type { PostDetails } from '../annotate/matcher';
import { LIMITS, type PageState, type PostPayload, type PostStatus, type PostVerdict } from '../messages/protocol';
import { fnv1a } from '../text/hash';
import { isFurniture } from '../detect/post-text';
import { ensureHost, isOurElement, mountPoint, setHostStatus } from './annotation-host';

export interface BadgeView {
  status: PostStatus;
  reason?: string;
  match: MatchSummary | null;
  details?: PostDetails;
  quiet: boolean;
  /** Changes when the reader asks (from the popup) to open this post's card. */
  openRequest: number;
}

export interface AnnotatorDeps {
  matchPosts: (posts: PostPayload[]) => Promise<PostVerdict[]>;
  render: (mount: Element, view: BadgeView) => void;
  unmount: (mount: Element) => void;
  css: string;
  /** Told once per batch of posts the page inserted after the first annotation. */
  announce?: (message: string) => void;
  /** Told the counts after each batch of verdicts (the toolbar badge). */
  summarize?: (matched: number, total: number) => void;
}

interface Entry {
  post: DetectedPost;
  host: HTMLElement;
  mount: Element;
  textHash: number;
  status: PostStatus;
  reason?: string;
  match: MatchSummary | null;
  details?: PostDetails;
  openRequest: number;
}

const BATCH = 500;
const DEBOUNCE_MS = 120;

export class Annotator {
  private entries = new Map<string, Entry>();
  private postElements = new WeakSet<Node>();
  private page: DetectedPage = { liveBlog: false, detector: null, container: null, posts: [] };
  private observer: MutationObserver | null = null;
  private observed: Node | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private revealed = false;
  private firstPass = true;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly deps: AnnotatorDeps,
  ) {}

  /** Returns false (having done nothing) on pages that are not live blogs. */
  start(): boolean {
    if (!mayBeLiveBlog(this.doc)) return false;
    this.reconcile();
    this.doc.addEventListener('liveblog:blocks-updated', this.schedule);
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.doc.removeEventListener('liveblog:blocks-updated', this.schedule);
    if (this.timer) clearTimeout(this.timer);
  }

  state(): PageState {
    return {
      liveBlog: this.page.liveBlog,
      detector: this.page.detector,
      url: this.doc.location?.href ?? '',
      title: this.doc.title,
      revealed: this.revealed || !this.quiet(),
      posts: [...this.entries.values()].map((e) => ({
        key: e.post.key,
        title: e.post.title,
        excerpt: e.post.paragraphs.join(' ').slice(0, 140),
        status: e.status,
        reason: e.reason,
        match: e.match,
        details: e.details,
      })),
    };
  }

  reveal(): void {
    this.revealed = true;
    this.renderAll();
  }

  scrollTo(key: string, open = false): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    if (open) {
      this.revealed = true;
      e.openRequest++;
      this.renderAll();
    }
    e.post.element.scrollIntoView({ block: 'start' });
    (e.mount.querySelector('button.chip') as HTMLElement | null)?.focus({ preventScroll: true });
    return true;
  }

  /** Readers of today's news should not see a column of "Not in the index" chips (ui.md). */
  private quiet(): boolean {
    if (this.revealed) return false;
    for (const e of this.entries.values()) if (e.status === 'same' || e.status === 'edited') return false;
    return true;
  }

  private schedule = () => {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reconcile();
    }, DEBOUNCE_MS);
  };

  /**
   * Only changes to posts, or to the container's own children, are news: ads and islands that
   * churn between posts must not make us re-read the page.
   */
  private onMutations = (records: MutationRecord[]) => {
    if (records.some((r) => this.concernsPosts(r))) this.schedule();
  };

  private concernsPosts(r: MutationRecord): boolean {
    if (r.type === 'childList') {
      const foreign = (nodes: NodeList) => [...nodes].some((n) => !isOurElement(n));
      if (!foreign(r.addedNodes) && !foreign(r.removedNodes) && ![...r.removedNodes].some(isOurElement)) return false;
    }
    const container = this.observed;
    for (let node: Node | null = r.target; node; node = node.parentNode) {
      if (node.nodeType === 1 && (isOurElement(node) || isFurniture(node as Element))) return false;
      if (this.postElements.has(node)) return true;
      // Between posts, only elements coming and going can be news (a post inserted in a wrapper).
      if (node === container) return r.type === 'childList';
    }
    // The container's parent: the container itself was replaced or removed.
    return true;
  }

  private reconcile(): void {
    if (this.stopped) return;
    try {
      this.page = detectPage(this.doc);
    } catch (e) {
      // A page we cannot read must keep working: keep what we had, try again on the next change.
      console.warn('Backstory: could not read this page', e);
      return;
    }
    const seen = new Set<string>();
    const toMatch: Entry[] = [];
    let inserted = 0;
    for (const post of this.page.posts) {
      seen.add(post.key);
      const textHash = fnv1a(`${post.title ?? ''}\n${post.paragraphs.join('\n')}`);
      const old = this.entries.get(post.key);
      const { host, root, created } = ensureHost(post.element, post.key, this.deps.css, post.hostAfter);
      const entry: Entry =
        old && old.host === host
          ? old
          : { post, host, mount: mountPoint(root), textHash, status: 'pending', match: null, openRequest: 0 };
      if (old && old.host !== host) {
        // The page re-rendered the post or removed our host: follow it, keep what we knew.
        Object.assign(entry, { status: old.status, reason: old.reason, match: old.match, details: old.details, textHash: old.textHash });
        if (old.host.isConnected) old.host.remove();
      }
      entry.post = post;
      this.postElements.add(post.element);
      if (!old) {
        if (!this.firstPass) inserted++;
        toMatch.push(entry);
      } else if (old.textHash !== textHash) {
        entry.textHash = textHash;
        entry.status = 'pending';
        toMatch.push(entry);
      }
      this.entries.set(post.key, entry);
      if (created || entry.status === 'pending') this.renderEntry(entry);
    }
    for (const [key, e] of this.entries) {
      if (seen.has(key)) continue;
      this.deps.unmount(e.mount);
      e.host.remove();
      this.entries.delete(key);
    }
    this.observe();
    if (inserted) this.deps.announce?.(`Backstory: ${inserted} new post${inserted === 1 ? '' : 's'} on this page.`);
    this.firstPass = false;
    if (toMatch.length) void this.requestVerdicts(toMatch);
  }

  private observe(): void {
    const target = this.page.container ?? this.doc.body;
    if (!target) return;
    if (!this.observer) this.observer = new MutationObserver(this.onMutations);
    if (this.observed !== target) {
      this.observer.disconnect();
      this.observer.observe(target, { childList: true, subtree: true, characterData: true });
      // Our container may itself be replaced (single-page navigation): watch its parent's children too.
      if (target.parentNode && target !== this.doc.body) this.observer.observe(target.parentNode, { childList: true });
      this.observed = target;
    }
    // Our own insertions are not news.
    this.observer.takeRecords();
  }

  private async requestVerdicts(entries: Entry[]): Promise<void> {
    const sendable: Entry[] = [];
    for (const e of entries) {
      const chars = e.post.paragraphs.reduce((n, p) => n + p.length, 0) + (e.post.title?.length ?? 0);
      if (chars > LIMITS.charsPerPost || e.post.paragraphs.length > LIMITS.paragraphsPerPost) {
        this.apply(e, { key: e.post.key, status: 'error', reason: `This post is too long to check (${chars.toLocaleString('en')} characters).`, match: null });
      } else sendable.push(e);
    }
    for (let i = 0; i < sendable.length; i += BATCH) {
      const batch = sendable.slice(i, i + BATCH);
      const hashes = batch.map((e) => e.textHash);
      let verdicts: PostVerdict[];
      try {
        verdicts = await this.deps.matchPosts(
          batch.map((e) => ({ key: e.post.key, title: e.post.title, paragraphs: e.post.paragraphs, byline: e.post.byline })),
        );
      } catch (err) {
        const reason = `The index could not be reached (${String((err as Error)?.message ?? err).slice(0, 120)}).`;
        verdicts = batch.map((e) => ({ key: e.post.key, status: 'error', reason, match: null }));
      }
      const byKey = new Map(verdicts.map((v) => [v.key, v]));
      batch.forEach((e, j) => {
        // A verdict for text that has since changed is stale: the newer request will answer.
        if (this.entries.get(e.post.key) !== e || e.textHash !== hashes[j]) return;
        this.apply(e, byKey.get(e.post.key) ?? { key: e.post.key, status: 'error', reason: 'No answer for this post.', match: null });
      });
    }
    this.renderAll();
    const all = [...this.entries.values()];
    this.deps.summarize?.(all.filter((e) => e.status === 'same' || e.status === 'edited').length, all.length);
  }

  private apply(e: Entry, v: PostVerdict): void {
    e.status = v.status;
    e.reason = v.reason;
    e.match = v.match;
    e.details = v.details;
  }

  private renderEntry(e: Entry, quiet = this.quiet()): void {
    setHostStatus(e.host, e.status, e.status === 'error' ? e.reason : undefined);
    this.deps.render(e.mount, {
      status: e.status,
      reason: e.reason,
      match: e.match,
      details: e.details,
      quiet: quiet && e.status !== 'error',
      openRequest: e.openRequest,
    });
  }

  private renderAll(): void {
    const quiet = this.quiet();
    for (const e of this.entries.values()) this.renderEntry(e, quiet);
    this.observer?.takeRecords();
  }
}
