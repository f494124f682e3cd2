/**
 * Highlighting, loaded into a page's content-script world on first use: when the page has
 * highlights to draw, or the reader selects text in a post. Registers in the content-script world it joins.
 */
import { browser } from 'wxt/browser';
import { parseHighlightRequest } from '../lib/messages/protocol';
import { callWorker, type Send } from '../lib/messages/call-worker';
import { registerModule } from '../lib/page/world';
import { newHighlightId } from '../lib/highlights/model';
import type { PostView } from '../lib/page/annotator';
import { Highlighter } from '../lib/page/highlighter';
import { SelectionToolbar } from '../lib/page/selection-toolbar';
import { t } from '../lib/i18n/t';

/** What the content script lends the module: its line to the worker, and its knowledge of posts. */
export interface HighlightsHost {
  send: Send;
  postOf(node: Node): PostView | null;
  post(key: string): PostView | null;
}

export interface HighlightsModule {
  create(
    doc: Document,
    host: HighlightsHost,
  ): {
    highlighter: Highlighter;
    /** Offers "Highlight" by a selection inside a post. */
    offer(range: Range): void;
    /** A click: on a highlight, offers to remove it or edit its note. */
    click(x: number, y: number): void;
  };
}

/** How long a removed highlight can be put back from the page. */
const UNDO_MS = 6000;

export default defineUnlistedScript(() => {
  registerModule<HighlightsModule>('highlights', {
    create(doc, host) {
      const { send } = host;
      const openNotes = (id: string) => void callWorker(send, 'open-library', { highlightId: id }).catch(() => {});
      const highlighter = new Highlighter(doc, {
        postOf: host.postOf,
        post: host.post,
        save: async (h) => void (await callWorker(send, 'highlight-save', { highlight: h })),
        remove: async (id) => void (await callWorker(send, 'highlight-delete', { id })),
        load: () => callWorker(send, 'highlights-of-page', { pageUrl: doc.location.href }),
        newId: newHighlightId,
        page: () => ({
          url: doc.location.href,
          canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          title: doc.title,
          site: doc.location.hostname,
          publisher: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
        }),
      });
      const toolbar = new SelectionToolbar(doc);
      // The popup and Library talk to highlighting directly once it is here.
      browser.runtime.onMessage.addListener((raw: unknown) => {
        let request;
        try {
          request = parseHighlightRequest(raw);
        } catch {
          return undefined;
        }
        switch (request.type) {
          case 'get-highlights':
            return Promise.resolve(highlighter.state());
          case 'highlight-updated':
            highlighter.updated(request.highlight);
            return Promise.resolve(true);
          case 'highlight-remove':
            return highlighter.remove(request.id).then(() => true);
        }
      });
      return {
        highlighter,
        offer(range) {
          const rect = range.getBoundingClientRect();
          toolbar.show(rect, [{ label: t('toolbarHighlight'), run: () => void highlighter.highlightSelection() }]);
        },
        click(x, y) {
          const h = highlighter.highlightAt(x, y);
          if (!h) return toolbar.hide();
          toolbar.show({ left: x, top: y, bottom: y + 4 }, [
            { label: t('toolbarNotes'), run: () => openNotes(h.id) },
            {
              label: t('toolbarRemove'),
              run: () =>
                void highlighter.remove(h.id).then(() => {
                  // Taken back with one click for a few seconds, where it was.
                  toolbar.show({ left: x, top: y, bottom: y + 4 }, [
                    { label: t('toolbarUndoRemove'), run: () => void highlighter.restore(h) },
                  ]);
                  toolbar.hideLater(UNDO_MS);
                }),
            },
          ]);
        },
      };
    },
  });
});
