/**
 * Everything Backstory does on a live blog, injected by the worker into the page's content-script
 * world only once the content script has found the page may be one (so an ordinary article, the
 * most common page on a news host, carries none of it): the annotator with its chip lines drawn
 * at once, the card and highlighting on first use, and the popup's requests.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CHIP_CSS } from '../components/chip-styles';
import { renderChipLine, type CardOpener } from '../components/chip-line';
import { t, tn } from '../lib/i18n/t';
import type { TabRequest } from '../lib/messages/protocol';
import { callWorker, type Send } from '../lib/messages/call-worker';
import { Annotator } from '../lib/page/annotator';
import { createAnnouncer } from '../lib/page/announcer';
import type { LoadModule } from '../lib/page/lazy-modules';
import { nearView } from '../lib/page/near-view';
import { pageCapture } from '../lib/page/page-capture';
import { registerModule, worldModule } from '../lib/page/world';
import type { Fallback } from '../lib/detect/detect-page';
import type { CardModule } from './injected-card';
import type { HighlightsModule } from './injected-highlights';

export interface AnnotatorModule {
  /** Starts annotating this page; what answers the popup's requests from then on. */
  start(ctx: ContentScriptContext, deps: { send: Send; load: LoadModule }): (request: TabRequest) => Promise<unknown>;
}

function start(ctx: ContentScriptContext, { send, load }: { send: Send; load: LoadModule }) {
  const openPost = (postId: string) => void callWorker(send, 'open-reader', { postId }).catch(() => {});
  let announce: ((m: string) => void) | undefined;
  const loadCard = () => load<CardModule>('card');

  const card: CardOpener = {
    async open(mount, view, close) {
      try {
        (await loadCard()).render(mount, { ...view, onOpenPost: openPost, onClose: close });
      } catch (e) {
        mount.textContent = t('cardFailed', (e as Error).message);
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
    nearView,
    unmount: (mount) => card.close(mount),
    announce: (n) => (announce ??= createAnnouncer(document))(tn('announceNewPosts', n)),
    summarize: (matched, total) => void callWorker(send, 'page-summary', { matched, total }).catch(() => {}),
    afterPass: () => highlights?.then((h) => h.highlighter.redraw()).catch(() => {}),
    loadFallback: () => load<Fallback>('heuristic'),
  });

  let highlights: Promise<ReturnType<HighlightsModule['create']>> | null = null;
  const loadHighlights = () =>
    (highlights ??= load<HighlightsModule>('highlights').then(async (m) => {
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

  const live = annotator.start();
  performance.measure(live ? 'backstory:first-pass' : 'backstory:bail', 'backstory:start');
  if (live) {
    // Bound to the content script's context: an update or a reload of the extension (which leaves
    // this page's old script running) leaves no listener, observer or timer behind.
    ctx.onInvalidated(() => annotator.stop());
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
  }

  return async (request: TabRequest): Promise<unknown> => {
    switch (request.type) {
      case 'get-page-state':
        return annotator.state();
      case 'scroll-to-post':
        return annotator.scrollTo(request.key, request.open);
      case 'reveal-annotations':
        annotator.reveal();
        return annotator.state();
      case 'highlight-selection':
        return loadHighlights().then((h) => h.highlighter.highlightSelection());
      case 'capture-page':
        return pageCapture(document, annotator.posts());
      case 'rematch':
        return annotator.rematch().then(() => true);
    }
  };
}

export default defineUnlistedScript(() => {
  registerModule<AnnotatorModule>('annotator', { start });
});
