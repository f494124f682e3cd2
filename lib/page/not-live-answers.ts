/**
 * What a page that is not a live blog answers the popup, without loading the annotator: no posts
 * to show, scroll to or capture. (The popup asks every page it opens on.)
 */
import type { TabRequest } from '../messages/protocol';
import { pageCapture } from './page-capture';
import { pageState } from './page-state';

export function answerNotLive(doc: Document, request: TabRequest): unknown {
  switch (request.type) {
    case 'get-page-state':
    case 'reveal-annotations':
      return pageState(doc, { liveBlog: false, detector: null, container: null }, [], request.type === 'reveal-annotations');
    case 'scroll-to-post':
      return false;
    case 'highlight-selection':
      return null;
    case 'capture-page':
      return pageCapture(doc, []);
    case 'rematch':
      return true;
  }
}
