/**
 * Watches a live blog for changes to its posts and calls back, debounced: the posts' container
 * (subtree and text), the container's parent (a single-page navigation replaces the container),
 * and the Guardian's own `liveblog:blocks-updated` event. Which changes count is the mutation
 * filter's call.
 */
import { concernsPosts } from './mutation-filter';

const DEBOUNCE_MS = 120;

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private observed: Node | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    /** The post elements last read: changes inside them are news. */
    private readonly posts: WeakSet<Node>,
    private readonly onChange: () => void,
  ) {
    doc.addEventListener('liveblog:blocks-updated', this.schedule);
  }

  /** Watches this container (or the body), and forgets what our own insertions queued. */
  watch(container: Element | null): void {
    const target = container ?? this.doc.body;
    if (!target || this.stopped) return;
    if (!this.observer) this.observer = new MutationObserver(this.onMutations);
    if (this.observed !== target) {
      this.observer.disconnect();
      this.observer.observe(target, { childList: true, subtree: true, characterData: true });
      if (target.parentNode && target !== this.doc.body) this.observer.observe(target.parentNode, { childList: true });
      this.observed = target;
    }
    this.ignorePending();
  }

  /** Drops the records our own writes to the page queued: they are not news. */
  ignorePending(): void {
    this.observer?.takeRecords();
  }

  schedule = (): void => {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onChange();
    }, DEBOUNCE_MS);
  };

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.doc.removeEventListener('liveblog:blocks-updated', this.schedule);
    if (this.timer) clearTimeout(this.timer);
  }

  private onMutations = (records: MutationRecord[]) => {
    const watched = { container: this.observed, posts: this.posts };
    if (records.some((r) => concernsPosts(r, watched))) this.schedule();
  };
}
