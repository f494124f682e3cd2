/**
 * Content script: wires the page annotator to the worker (matching), Preact (the badges) and the
 * popup (page state). Returns at once on pages that are not live blogs.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AnnotationBadge } from '../../components/AnnotationBadge';
import { BADGE_CSS } from '../../components/badge-styles';
import { NEWS_HOST_MATCHES } from '../../lib/hosts';
import { parseTabRequest, type PostVerdict, type WorkerRequest } from '../../lib/messages/protocol';
import { Annotator } from '../../lib/page/annotator';
import { createAnnouncer } from '../../lib/page/announcer';

export default defineContentScript({
  matches: [...NEWS_HOST_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: WorkerRequest) => browser.runtime.sendMessage(message);
    const openReader = (postId: string) => void send({ type: 'open-reader', postId });
    let announce: ((m: string) => void) | undefined;

    const annotator = new Annotator(document, {
      css: BADGE_CSS,
      matchPosts: async (posts) => (await send({ type: 'match-posts', posts })) as PostVerdict[],
      render: (mount, view) => render(<AnnotationBadge {...view} onOpenPost={openReader} />, mount),
      unmount: (mount) => render(null, mount),
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

    if (annotator.start()) ctx.onInvalidated(() => annotator.stop());
  },
});
