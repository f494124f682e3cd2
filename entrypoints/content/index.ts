/**
 * Content script, on every page of a news host: the cheap check whether the page may be a live
 * blog, and the popup's requests. Only a page that may be one gets the annotator (the worker
 * injects it: injected-annotator.ts); an ordinary article answers the popup from here.
 */
import { browser } from 'wxt/browser';
import { mayBeLiveBlog } from '../../lib/detect/may-be-live-blog';
import { parseTabRequest } from '../../lib/messages/protocol';
import { answerRequests, type MessageEvents } from '../../lib/page/answer-requests';
import { moduleLoader } from '../../lib/page/lazy-modules';
import { answerNotLive } from '../../lib/page/not-live-answers';
import { claimWorld } from '../../lib/page/world';
import type { AnnotatorModule } from '../injected-annotator';
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
    const load = moduleLoader(send);
    const live = mayBeLiveBlog(document);
    if (!live) performance.measure('backstory:bail', 'backstory:start');
    const annotator = live ? load<AnnotatorModule>('annotator').then((m) => m.start(ctx, { send, load })) : null;
    // Not for a page: a failed load shows in the popup, which asks every page it opens on.
    annotator?.catch((e) => console.warn('Backstory could not start on this page', e));

    const stopAnswering = answerRequests(browser.runtime.onMessage as unknown as MessageEvents, (raw) => {
      let request;
      try {
        request = parseTabRequest(raw);
      } catch {
        return undefined;
      }
      return annotator ? annotator.then((answer) => answer(request)) : Promise.resolve(answerNotLive(document, request));
    });
    ctx.onInvalidated(stopAnswering);
  },
});
