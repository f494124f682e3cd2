/**
 * The one message protocol between content script, popup and worker: every call and its reply
 * type. Every message is checked on arrival: the worker's side with schemas
 * (worker-requests.ts, kept out of the page's script), the page's side here, by hand and small.
 * A page can talk to a content script's world, so nothing is trusted for its shape; limits
 * (limits.ts) keep a hostile or broken page from making the worker do unbounded work.
 */
import type { RemovedPost } from '../analysis/removed-posts';
import type { Highlight } from '../highlights/model';
import type { CapturedPage } from '../capture/capture';
import type { CaptureResult } from '../store/capture-store';
import { LIMITS } from './limits';
import { isRecord } from '../text/is-record';
import type { PostPayload, PostVerdict, VisitSummary } from '../types/post';
import type { FollowSettings } from '../visits/follow-settings';

export { LIMITS };

/** Code injected into a page's content-script world on first use (the annotator: once a page may be a live blog). */
export type LazyModule = 'annotator' | 'card' | 'highlights' | 'heuristic';

/**
 * Every call the worker answers, with what it takes and what it gives back (as the Hypothesis
 * client's PortRPC call maps do). Each reply travels as a `Result`: a refused call says why, and
 * nothing is ever mistaken for the value it stands in for.
 *
 * `page` calls come from content scripts and speak only for their own tab's page; the others
 * come only from the extension's own pages (the worker checks `sender`: sender-policy.ts).
 */
type NoFields = Record<never, never>;

export interface WorkerCalls {
  /** `wait`: take the time to give every post its details (see PostVerdict.detailsLater). One verdict per post, in order. */
  'match-posts': { request: { posts: PostPayload[]; wait?: boolean }; reply: PostVerdict[] };
  'open-reader': { request: { postId: string }; reply: true };
  'page-summary': { request: { matched: number; total: number }; reply: true };
  'removed-posts': { request: { covered: string[] }; reply: RemovedPost[] };
  'load-module': { request: { module: LazyModule }; reply: true };
  'highlight-save': { request: { highlight: Highlight }; reply: true };
  'highlight-delete': { request: { id: string }; reply: true };
  'highlights-of-page': { request: { pageUrl: string }; reply: Highlight[] };
  'open-library': { request: { highlightId?: string }; reply: true };
  capture: { request: { page: CapturedPage }; reply: CaptureResult };
  'coverages-changed': { request: NoFields; reply: true };
  'enable-site': { request: { pattern: string; tabId?: number }; reply: true };
  'disable-site': { request: { pattern: string }; reply: true };
  'user-sites': { request: NoFields; reply: string[] };
  /** The tab's blog as the popup shows it: followed or not, and what changed since the last visit (null: not a page Backstory reads). */
  'visit-summary': { request: { tabId: number }; reply: VisitSummary | null };
  'follow-settings': { request: NoFields; reply: FollowSettings };
  'set-follow-settings': { request: { settings: FollowSettings }; reply: true };
  /** Forgets these followed blogs, or every one when `blogIds` is absent; how many were forgotten. */
  'forget-blogs': { request: { blogIds?: string[] }; reply: number };
}

export type WorkerCall = keyof WorkerCalls;

/** A message to the worker: its call's name as `type`, with the call's fields. */
export type WorkerRequest = { [K in WorkerCall]: { type: K } & WorkerCalls[K]['request'] }[WorkerCall];
export type RequestOf<K extends WorkerCall> = Extract<WorkerRequest, { type: K }>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Sent to a tab's content script (from the popup). */
export type TabRequest =
  | { type: 'get-page-state' }
  | { type: 'scroll-to-post'; key: string; open?: boolean }
  | { type: 'reveal-annotations' }
  | { type: 'highlight-selection' }
  | { type: 'capture-page' }
  | { type: 'rematch' };

/** Sent to a tab's highlighting module (loaded on first use); unanswered where it is not loaded. */
export type HighlightRequest =
  { type: 'get-highlights' } | { type: 'highlight-updated'; highlight: Highlight } | { type: 'highlight-remove'; id: string };

export class ProtocolError extends Error {}

// Tab requests come from the extension's own popup and worker (a page cannot send them): the
// checks guard against our own mistakes, and their reasons are never shown, so they stay short.
function str(v: unknown, what: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new ProtocolError(`bad ${what}`);
  return v;
}

export function parseTabRequest(v: unknown): TabRequest {
  if (!isRecord(v)) throw new ProtocolError('not an object');
  switch (v.type) {
    case 'get-page-state':
    case 'reveal-annotations':
    case 'highlight-selection':
    case 'capture-page':
    case 'rematch':
      return { type: v.type };
    case 'scroll-to-post':
      return { type: 'scroll-to-post', key: str(v.key, 'key', LIMITS.keyLength), ...(v.open === true ? { open: true } : {}) };
    default:
      throw new ProtocolError('unknown request');
  }
}

export function parseHighlightRequest(v: unknown): HighlightRequest {
  if (!isRecord(v)) throw new ProtocolError('not an object');
  switch (v.type) {
    case 'get-highlights':
      return { type: 'get-highlights' };
    case 'highlight-updated': {
      // From our own popup, and only to replace a highlight the page already holds: a light check
      // keeps the full validator out of the page's script.
      const h = v.highlight;
      if (!isRecord(h) || typeof h.id !== 'string' || typeof h.exact !== 'string' || typeof h.note !== 'string' || !Array.isArray(h.tags)) {
        throw new ProtocolError('highlight is malformed');
      }
      return { type: 'highlight-updated', highlight: h as unknown as Highlight };
    }
    case 'highlight-remove':
      return { type: 'highlight-remove', id: str(v.id, 'id', 200) };
    default:
      throw new ProtocolError('unknown request');
  }
}
