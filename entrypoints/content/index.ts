/**
 * Content script: wires the page annotator to the worker (matching), the chip line (drawn at
 * once), the card and highlighting (loaded on first use), and answers the popup. Returns at once
 * on pages that are not live blogs.
 */
import { browser } from 'wxt/browser';
import { CHIP_CSS } from '../../components/chip-styles';
import { renderChipLine, type CardOpener } from '../../components/chip-line';
import { parseTabRequest, type LazyModule } from '../../lib/messages/protocol';
import { callWorker } from '../../lib/messages/call-worker';
import { clipByline, postProblem } from '../../lib/messages/limits';
import { Annotator } from '../../lib/page/annotator';
import { createAnnouncer } from '../../lib/page/announcer';
import { claimWorld, worldModule } from '../../lib/page/world';
import { answerRequests, type MessageEvents } from '../../lib/page/answer-requests';
import type { Fallback } from '../../lib/detect/detect-page';
import type { CardModule } from '../injected-card';
import type { HighlightsModule } from '../injected-highlights';
import './highlight.css';

export default defineContentScript({
  // The full list of news hosts (lib/hosts.ts) is written into the manifest by wxt.config.ts, so
  // the list itself is not bundled into every page.
  matches: ['https://*.theguardian.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Registered for a site and also run at once in its tab: one annotator per page.
    if (!claimWorld()) return;
    // User Timing marks: visible in the browser's performance tools, read by `npm run bench`.
    performance.mark('backstory:start');
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    const openPost = (postId: string) => void callWorker(send, 'open-reader', { postId }).catch(() => {});
    let announce: ((m: string) => void) | undefined;

    /** Code the worker injects into this world on first use; it registers itself on the global. */
    const modules = new Map<string, Promise<unknown>>();
    function load<T>(module: LazyModule, get: () => T | undefined): Promise<T> {
      let p = modules.get(module) as Promise<T> | undefined;
      if (!p) {
        p = (async () => {
          if (!get()) await callWorker(send, 'load-module', { module });
          const m = get();
          if (!m) throw new Error(`the ${module} could not be loaded`);
          return m;
        })();
        p.catch(() => modules.delete(module));
        modules.set(module, p);
      }
      return p;
    }
    const loadCard = () => load('card', () => worldModule<CardModule>('card'));

    const card: CardOpener = {
      async open(mount, view, close) {
        try {
          (await loadCard()).render(mount, { ...view, onOpenPost: openPost, onClose: close });
        } catch (e) {
          mount.textContent = `Backstory could not open this card (${(e as Error).message}).`;
        }
      },
      close(mount) {
        worldModule<CardModule>('card')?.unmount(mount);
        mount.replaceChildren();
      },
      // The card's code arrives while the reader's pointer is on its way to the chip.
      preload: () => void loadCard().catch(() => {}),
    };

    const annotator = new Annotator(document, {
      css: CHIP_CSS,
      host: { shadowMode: __BACKSTORY_TEST_BUILD__ ? 'open' : 'closed', revealStatus: __BACKSTORY_TEST_BUILD__ },
      matchPosts: (posts, wait) => callWorker(send, 'match-posts', { posts, wait }),
      render: (mount, view) => renderChipLine(mount, view, card),
      unmount: (mount) => card.close(mount),
      announce: (m) => (announce ??= createAnnouncer(document))(m),
      summarize: (matched, total) => void callWorker(send, 'page-summary', { matched, total }).catch(() => {}),
      afterPass: () => highlights?.then((h) => h.highlighter.redraw()).catch(() => {}),
      loadFallback: () => load('heuristic', () => worldModule<Fallback>('heuristic')),
    });

    let highlights: Promise<ReturnType<HighlightsModule['create']>> | null = null;
    const loadHighlights = () =>
      (highlights ??= load('highlights', () => worldModule<HighlightsModule>('highlights')).then(async (m) => {
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
    // Everything below is bound to this script's context: an update or a reload of the extension
    // (which leaves this page's old script running) leaves no listener, observer or timer behind.
    const stopAnswering = answerRequests(browser.runtime.onMessage as unknown as MessageEvents, (raw) => {
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
            // A post too long to check is too long to store: the rest of the blog is still captured.
            posts: annotator
              .posts()
              .filter((p) => !postProblem(p))
              .map((p) => ({
                key: p.key,
                title: p.title,
                paragraphs: p.paragraphs,
                publishedAt: p.publishedAt,
                byline: clipByline(p.byline),
              })),
          });
        case 'rematch':
          return annotator.rematch().then(() => true);
      }
    });

    ctx.onInvalidated(stopAnswering);

    const live = annotator.start();
    performance.measure(live ? 'backstory:first-pass' : 'backstory:bail', 'backstory:start');
    if (!live) return;
    ctx.onInvalidated(() => annotator.stop());
    // Only live blogs listen to the reader's selections and clicks.
    ctx.addEventListener(document, 'mouseup', (e) => {
      if (e.button === 0) ctx.setTimeout(onSelection, 0);
    });
    ctx.addEventListener(document, 'click', (e) => {
      if (highlights && document.getSelection()?.isCollapsed) void highlights.then((h) => h.click(e.clientX, e.clientY));
    });

    // Highlights made earlier on this page: bring the code to draw them only if there are any.
    void callWorker(send, 'highlights-of-page', { pageUrl: location.href })
      .then((list) => {
        if (list.length) void loadHighlights();
      })
      .catch(() => {});
  },
});
