/**
 * Content script: wires the page annotator to the worker (matching), the chip line (drawn at
 * once), the card and highlighting (loaded on first use), and answers the popup. Returns at once
 * on pages that are not live blogs.
 */
import { browser } from 'wxt/browser';
import { BADGE_CSS } from '../../components/badge-styles';
import { renderChipLine, type CardOpener } from '../../components/chip-line';
import { parseTabRequest, type LazyModule, type PostVerdict, type WorkerRequest } from '../../lib/messages/protocol';
import { Annotator } from '../../lib/page/annotator';
import { createAnnouncer } from '../../lib/page/announcer';
import type { CardModule } from '../card';
import type { HighlightsModule } from '../highlights';
import type {} from '../heuristic';
import './highlight.css';

declare global {
  // eslint-disable-next-line no-var
  var backstoryRunning: boolean | undefined;
}

export default defineContentScript({
  // The full list of news hosts (lib/hosts.ts) is written into the manifest by wxt.config.ts, so
  // the list itself is not bundled into every page.
  matches: ['https://*.theguardian.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Registered for a site and also run at once in its tab: one annotator per page.
    if (globalThis.backstoryRunning) return;
    globalThis.backstoryRunning = true;
    // User Timing marks: visible in the browser's performance tools, read by `npm run bench`.
    performance.mark('backstory:start');
    const send = (message: WorkerRequest) => browser.runtime.sendMessage(message);
    const openPost = (postId: string) => void send({ type: 'open-reader', postId });
    let announce: ((m: string) => void) | undefined;

    /** Code the worker injects into this world on first use; it registers itself on the global. */
    const modules = new Map<string, Promise<unknown>>();
    function load<T>(module: LazyModule, get: () => T | undefined): Promise<T> {
      let p = modules.get(module) as Promise<T> | undefined;
      if (!p) {
        p = (async () => {
          if (!get()) await send({ type: 'load-module', module });
          const m = get();
          if (!m) throw new Error(`the ${module} could not be loaded`);
          return m;
        })();
        p.catch(() => modules.delete(module));
        modules.set(module, p);
      }
      return p;
    }
    const loadCard = () => load<CardModule>('card', () => globalThis.backstoryCard);

    const card: CardOpener = {
      async open(mount, view, close) {
        try {
          (await loadCard()).render(mount, { ...view, onOpenPost: openPost, onClose: close });
        } catch (e) {
          mount.textContent = `Backstory could not open this card (${(e as Error).message}).`;
        }
      },
      close(mount) {
        globalThis.backstoryCard?.unmount(mount);
        mount.replaceChildren();
      },
      // The card's code arrives while the reader's pointer is on its way to the chip.
      preload: () => void loadCard().catch(() => {}),
    };

    const annotator = new Annotator(document, {
      css: BADGE_CSS,
      matchPosts: async (posts, wait) => (await send({ type: 'match-posts', posts, wait })) as PostVerdict[],
      render: (mount, view) => renderChipLine(mount, view, card),
      unmount: (mount) => card.close(mount),
      announce: (m) => (announce ??= createAnnouncer(document))(m),
      summarize: (matched, total) => void send({ type: 'page-summary', matched, total }).catch(() => {}),
      afterPass: () => highlights?.then((h) => h.highlighter.redraw()).catch(() => {}),
      loadFallback: () => load('heuristic', () => globalThis.backstoryHeuristic),
    });

    let highlights: Promise<ReturnType<HighlightsModule['create']>> | null = null;
    const loadHighlights = () =>
      (highlights ??= load<HighlightsModule>('highlights', () => globalThis.backstoryHighlights).then(async (m) => {
        const h = m.create(document, { send, postOf: (n) => annotator.postOf(n), post: (k) => annotator.post(k) });
        await h.highlighter.start();
        return h;
      }));

    // A selection inside a post brings the highlighting code, and its toolbar, on first use.
    const onSelection = () => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      if (!annotator.postOf(range.commonAncestorContainer)) return;
      void loadHighlights().then((h) => h.offer(range));
    };

    // The popup asks every page it opens on; a page that is not a live blog answers so, cheaply.
    browser.runtime.onMessage.addListener((raw: unknown) => {
      let request;
      try {
        request = parseTabRequest(raw);
      } catch {
        return undefined;
      }
      switch (request.type) {
        case 'get-page-state':
          return Promise.resolve(annotator.state());
        case 'scroll-to-post':
          return Promise.resolve(annotator.scrollTo(request.key, request.open));
        case 'reveal-annotations':
          annotator.reveal();
          return Promise.resolve(annotator.state());
        case 'highlight-selection':
          return loadHighlights().then((h) => h.highlighter.highlightSelection());
        case 'capture-page':
          return Promise.resolve({
            url: location.href,
            canonicalUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
            title: document.title,
            publisher: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
            language: document.documentElement.lang || null,
            posts: annotator.posts().map((p) => ({ key: p.key, title: p.title, paragraphs: p.paragraphs, publishedAt: p.publishedAt, byline: p.byline })),
          });
        case 'rematch':
          annotator.rematch();
          return Promise.resolve(true);
      }
    });

    const live = annotator.start();
    performance.measure(live ? 'backstory:first-pass' : 'backstory:bail', 'backstory:start');
    if (!live) return;
    ctx.onInvalidated(() => annotator.stop());
    // Only live blogs listen to the reader's selections and clicks.
    document.addEventListener('mouseup', (e) => {
      if (e.button === 0) setTimeout(onSelection, 0);
    });
    document.addEventListener('click', (e) => {
      if (highlights && document.getSelection()?.isCollapsed) void highlights.then((h) => h.click(e.clientX, e.clientY));
    });

    // Highlights made earlier on this page: bring the code to draw them only if there are any.
    void send({ type: 'highlights-of-page', pageUrl: location.href })
      .then((list: unknown) => {
        if ((list as unknown[]).length) void loadHighlights();
      })
      .catch(() => {});
  },
});
