/**
 * Who may make which call. A content script runs in a page that may be hostile (it can forge
 * events, shadow globals, and, through a compromised renderer, send any message its content
 * script could), so a content script speaks only for its own tab's page: it asks about that
 * page's posts and reads or writes that page's highlights. Storing coverages, turning sites on
 * and off and rebuilding the index are the extension's own pages' calls (popup, Library, reader),
 * recognised by their address under the extension's base URL.
 */
import type { WorkerCall } from './protocol';
import type { ArrivedRequest } from './worker-requests';

export interface Sender {
  url?: string;
  tab?: { id?: number; title?: string };
}

export type SenderKind = 'extension' | 'page';

/** Calls a content script may make. */
const PAGE_CALLS: ReadonlySet<WorkerCall> = new Set<WorkerCall>([
  'match-posts',
  'page-summary',
  'removed-posts',
  'load-module',
  'open-reader',
  'open-library',
  'highlight-save',
  'highlight-delete',
  'highlights-of-page',
]);

export function senderKind(sender: Sender, extensionBase: string): SenderKind | null {
  if (!sender.url) return null;
  if (sender.url.startsWith(extensionBase)) return 'extension';
  return sender.tab?.id !== undefined ? 'page' : null;
}

/** A page's address without its fragment: the same document whatever part of it is in view. */
export function documentOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

/** The page a content script speaks for (its document's address); null for the extension's own pages. */
export function pageOf(sender: Sender, extensionBase: string): string | null {
  return senderKind(sender, extensionBase) === 'page' ? documentOf(sender.url!) : null;
}

/** Why this sender may not make this call, or null when it may. */
export function refusal(request: ArrivedRequest, sender: Sender, extensionBase: string): string | null {
  const kind = senderKind(sender, extensionBase);
  if (kind === null) return 'unknown sender';
  if (kind === 'extension') return null;
  if (!PAGE_CALLS.has(request.type)) return `${request.type} is not a call a page may make`;
  const page = pageOf(sender, extensionBase);
  if (request.type === 'highlights-of-page' && documentOf(request.pageUrl) !== page)
    return "a page may read only its own page's highlights";
  if (request.type === 'highlight-save' && documentOf(request.highlight.pageUrl) !== page)
    return 'a page may save highlights only of its own page';
  return null;
}
