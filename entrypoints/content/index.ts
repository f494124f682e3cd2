/**
 * Content script: wires the page annotator to the worker (matching), the chip line (drawn at
 * once) and the card (loaded on first use), and answers the popup. Returns at once on pages that
 * are not live blogs.
 */
import { browser } from 'wxt/browser';
import { BADGE_CSS } from '../../components/badge-styles';
import { renderChipLine, type CardOpener } from '../../components/chip-line';
import { parseTabRequest, type PostVerdict, type WorkerRequest } from '../../lib/messages/protocol';
import { Annotator } from '../../lib/page/annotator';
import { createAnnouncer } from '../../lib/page/announcer';
import type { CardModule } from '../card';

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

    let cardModule: Promise<CardModule> | null = null;
    const loadCard = () =>
      (cardModule ??= (async () => {
        if (!globalThis.backstoryCard) await send({ type: 'load-card' });
        if (!globalThis.backstoryCard) throw new Error('the card could not be loaded');
        return globalThis.backstoryCard;
      })().catch((e) => {
        cardModule = null;
        throw e;
      }));
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
      matchPosts: async (posts) => (await send({ type: 'match-posts', posts })) as PostVerdict[],
      render: (mount, view) => renderChipLine(mount, view, card),
      unmount: (mount) => card.close(mount),
      announce: (m) => (announce ??= createAnnouncer(document))(m),
      summarize: (matched, total) => void send({ type: 'page-summary', matched, total }).catch(() => {}),
    });
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
      }
    });

    const live = annotator.start();
    performance.measure(live ? 'backstory:first-pass' : 'backstory:bail', 'backstory:start');
    if (live) ctx.onInvalidated(() => annotator.stop());
  },
});
