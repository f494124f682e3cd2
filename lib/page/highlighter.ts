/**
 * Researchers' highlights in the page: made from a selection inside a post, kept by the worker,
 * drawn with the CSS Custom Highlight API (no element is inserted into the page's text), and
 * re-anchored after every pass over the page. A highlight that cannot be attached is listed as
 * unattached. Notes are never written into the page: they live in the extension's own pages.
 */
import { anchorQuote, describeQuote } from '../highlights/anchor';
import type { Highlight, PostSnapshot } from '../highlights/model';
import { indexText } from '../highlights/text-index';
import type { PostView } from './annotator';

export const HIGHLIGHT_NAME = 'backstory-highlight';

export interface HighlighterDeps {
  postOf(node: Node): PostView | null;
  post(key: string): PostView | null;
  save(h: Highlight): Promise<void>;
  remove(id: string): Promise<void>;
  load(): Promise<Highlight[]>;
  newId(): string;
  page(): { url: string; canonicalUrl: string | null; title: string; site: string; publisher: string | null };
}

export interface HighlightState {
  attached: Highlight[];
  unattached: Highlight[];
}

type HighlightCtor = new (...ranges: Range[]) => object;
type Registry = { set(name: string, h: object): void; delete(name: string): void };

function registry(doc: Document): { registry: Registry; Ctor: HighlightCtor } | null {
  const w = doc.defaultView as unknown as { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor } | null;
  return w?.CSS?.highlights && w.Highlight ? { registry: w.CSS.highlights, Ctor: w.Highlight } : null;
}

export function snapshotOf(v: PostView): PostSnapshot {
  const a = v.details?.attribution;
  return {
    status: v.status,
    title: v.post.title,
    publishedAt: v.post.publishedAt,
    byline: v.post.byline,
    match: v.match && { postId: v.match.postId, coverage: v.match.coverage, title: v.match.title, similarity: v.match.similarity },
    firstPublished: a?.firstPublished
      ? {
          postId: a.firstPublished.postId,
          coverage: a.firstPublished.coverage,
          title: a.firstPublished.title,
          publishedAt: a.firstPublished.publishedAt,
        }
      : null,
    sources: (a?.sources ?? []).map((s) => ({ name: s.name, kind: s.kind })),
    corrections: (v.details?.corrections ?? []).map((c) => ({ kind: c.kind, before: c.before, after: c.after })),
  };
}

export class Highlighter {
  private highlights: Highlight[] = [];
  private ranges = new Map<string, Range>();
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly deps: HighlighterDeps,
  ) {}

  /** Loads this page's highlights once, then draws them. */
  async start(): Promise<void> {
    this.loaded ??= this.deps.load().then((list) => {
      this.highlights = list;
    });
    await this.loaded;
    this.redraw();
  }

  /** Highlights the current selection, if it lies inside one post. Returns the highlight made. */
  async highlightSelection(): Promise<Highlight | null> {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const view = this.deps.postOf(range.commonAncestorContainer);
    if (!view) return null;
    const index = indexText(view.element);
    const offsets = index.offsetsOf(range);
    if (!offsets || !index.text.slice(offsets.start, offsets.end).trim()) return null;
    const now = new Date().toISOString();
    const page = this.deps.page();
    const h: Highlight = {
      id: this.deps.newId(),
      createdAt: now,
      modifiedAt: now,
      pageUrl: page.url,
      canonicalUrl: page.canonicalUrl,
      pageTitle: page.title,
      site: page.site,
      publisher: page.publisher,
      postKey: view.key,
      ...describeQuote(index.text, offsets.start, offsets.end),
      start: offsets.start,
      end: offsets.end,
      note: '',
      tags: [],
      snapshot: snapshotOf(view),
    };
    await this.deps.save(h);
    this.highlights.push(h);
    sel.removeAllRanges();
    this.redraw();
    return h;
  }

  async remove(id: string): Promise<void> {
    await this.deps.remove(id);
    this.highlights = this.highlights.filter((h) => h.id !== id);
    this.redraw();
  }

  /** Puts back a highlight just removed (Undo), as it was: same id, note and tags. */
  async restore(h: Highlight): Promise<void> {
    await this.deps.save(h);
    if (!this.highlights.some((x) => x.id === h.id)) this.highlights.push(h);
    this.redraw();
  }

  /** Replaces a highlight's stored copy (its note or tags changed elsewhere). */
  updated(h: Highlight): void {
    this.highlights = this.highlights.map((x) => (x.id === h.id ? h : x));
  }

  /** The highlight drawn at a point of the page, found from the caret there and our ranges. */
  highlightAt(x: number, y: number): Highlight | null {
    const d = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const caret = d.caretPositionFromPoint?.(x, y);
    const node = caret?.offsetNode ?? d.caretRangeFromPoint?.(x, y)?.startContainer;
    const offset = caret?.offset ?? d.caretRangeFromPoint?.(x, y)?.startOffset ?? 0;
    if (!node) return null;
    for (const h of this.highlights) {
      const r = this.ranges.get(h.id);
      try {
        if (r && r.isPointInRange(node, offset)) return h;
      } catch {
        /* a point in another document or a detached node */
      }
    }
    return null;
  }

  state(): HighlightState {
    return {
      attached: this.highlights.filter((h) => this.ranges.has(h.id)),
      unattached: this.highlights.filter((h) => !this.ranges.has(h.id)),
    };
  }

  /** Re-anchors every highlight in its post and draws those that attach. */
  redraw(): void {
    this.ranges.clear();
    const texts = new Map<string, ReturnType<typeof indexText>>();
    for (const h of this.highlights) {
      const view = this.deps.post(h.postKey);
      if (!view) continue;
      let index = texts.get(h.postKey);
      if (!index) texts.set(h.postKey, (index = indexText(view.element)));
      const a = anchorQuote(index.text, h, { start: h.start });
      const range = a && index.rangeOf(a.start, a.end);
      if (range) this.ranges.set(h.id, range);
    }
    const reg = registry(this.doc);
    if (!reg) return;
    if (this.ranges.size) reg.registry.set(HIGHLIGHT_NAME, new reg.Ctor(...this.ranges.values()));
    else reg.registry.delete(HIGHLIGHT_NAME);
  }
}
