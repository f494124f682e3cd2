/**
 * The one message protocol between content script, popup and worker. Every message is checked on
 * arrival (`parseRequest`): a page can talk to a content script's world, so nothing is trusted
 * for its shape. Limits keep a hostile or broken page from making the worker do unbounded work.
 */
import type { MatchSummary } from '../annotate/describe-match';
import type { PostDetails } from '../annotate/matcher';
import type { DetectorName } from '../detect/types';
import type { Highlight } from '../annotations/model';
import type { CapturedPage, CapturedPost } from '../capture/capture';
import { BackupError, validateHighlight } from '../annotations/backup';

/** Code injected into a page's content-script world on first use. */
export type LazyModule = 'card' | 'highlights' | 'heuristic';

export type PostStatus = 'pending' | 'same' | 'edited' | 'unindexed' | 'error';

export interface PostPayload {
  key: string;
  title: string | null;
  paragraphs: string[];
  /** Names in the post's byline markup (writers are credited from it). */
  byline?: string[];
}

export interface PostVerdict {
  key: string;
  status: Exclude<PostStatus, 'pending'>;
  reason?: string;
  match: MatchSummary | null;
  /** Attribution, related posts, later developments and corrections (absent on errors). */
  details?: PostDetails;
  /** Details were left out to answer sooner: ask again with `wait`. */
  detailsLater?: boolean;
}

export interface PageState {
  liveBlog: boolean;
  detector: DetectorName | null;
  url: string;
  title: string;
  revealed: boolean;
  posts: { key: string; title: string | null; excerpt: string; status: PostStatus; reason?: string; match: MatchSummary | null; details?: PostDetails }[];
}

/** Sent to the worker. */
export type WorkerRequest =
  /** `wait`: take the time to give every post its details (see PostVerdict.detailsLater). */
  | { type: 'match-posts'; posts: PostPayload[]; wait?: boolean }
  | { type: 'open-reader'; postId: string }
  | { type: 'page-summary'; matched: number; total: number }
  | { type: 'removed-posts'; covered: string[] }
  | { type: 'load-module'; module: LazyModule }
  | { type: 'highlight-save'; highlight: Highlight }
  | { type: 'highlight-delete'; id: string }
  | { type: 'highlights-of-page'; pageUrl: string }
  | { type: 'open-library'; highlightId?: string }
  | { type: 'capture'; page: CapturedPage }
  | { type: 'coverages-changed' }
  | { type: 'enable-site'; pattern: string; tabId?: number }
  | { type: 'disable-site'; pattern: string }
  | { type: 'user-sites' };

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
  | { type: 'get-highlights' }
  | { type: 'highlight-updated'; highlight: Highlight }
  | { type: 'highlight-remove'; id: string };

export const LIMITS = {
  postsPerRequest: 2000,
  paragraphsPerPost: 400,
  charsPerParagraph: 20_000,
  charsPerPost: 200_000,
  keyLength: 300,
} as const;

export class ProtocolError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, what: string, max: number): string {
  if (typeof v !== 'string') throw new ProtocolError(`${what} must be text`);
  if (v.length > max) throw new ProtocolError(`${what} is longer than ${max} characters`);
  return v;
}

function post(v: unknown, i: number): PostPayload {
  if (!isRecord(v)) throw new ProtocolError(`post ${i} is not an object`);
  if (!Array.isArray(v.paragraphs)) throw new ProtocolError(`post ${i} has no paragraphs list`);
  if (v.paragraphs.length > LIMITS.paragraphsPerPost) throw new ProtocolError(`post ${i} has too many paragraphs`);
  const paragraphs = v.paragraphs.map((p, j) => str(p, `post ${i} paragraph ${j}`, LIMITS.charsPerParagraph));
  if (paragraphs.reduce((n, p) => n + p.length, 0) > LIMITS.charsPerPost) throw new ProtocolError(`post ${i} is too long`);
  const byline = v.byline === undefined ? undefined : Array.isArray(v.byline) ? v.byline.slice(0, 20).map((b, j) => str(b, `post ${i} byline ${j}`, 200)) : undefined;
  return {
    key: str(v.key, `post ${i} key`, LIMITS.keyLength),
    title: v.title === null || v.title === undefined ? null : str(v.title, `post ${i} title`, LIMITS.charsPerParagraph),
    paragraphs,
    ...(byline ? { byline } : {}),
  };
}

const optText = (v: unknown, what: string, max: number) => (v === null || v === undefined ? null : str(v, what, max));

function capturedPage(v: unknown): CapturedPage {
  if (!isRecord(v)) throw new ProtocolError('page is not an object');
  if (!Array.isArray(v.posts) || v.posts.length > LIMITS.postsPerRequest) throw new ProtocolError('page posts must be a list of at most 2000');
  return {
    url: str(v.url, 'url', 4000),
    canonicalUrl: optText(v.canonicalUrl, 'canonicalUrl', 4000),
    title: str(v.title, 'title', 1000),
    publisher: optText(v.publisher, 'publisher', 200),
    language: optText(v.language, 'language', 20),
    posts: v.posts.map((p, i): CapturedPost => {
      const base = post(p, i);
      const r = p as Record<string, unknown>;
      const byline = Array.isArray(r.byline) ? r.byline.slice(0, 20).map((b, j) => str(b, `post ${i} byline ${j}`, 200)) : [];
      return { ...base, publishedAt: optText(r.publishedAt, `post ${i} publishedAt`, 40), byline };
    }),
  };
}

export function parseWorkerRequest(v: unknown): WorkerRequest {
  if (!isRecord(v)) throw new ProtocolError('message is not an object');
  switch (v.type) {
    case 'match-posts': {
      if (!Array.isArray(v.posts)) throw new ProtocolError('posts must be a list');
      if (v.posts.length > LIMITS.postsPerRequest) throw new ProtocolError('too many posts in one request');
      return { type: 'match-posts', posts: v.posts.map(post), ...(v.wait === true ? { wait: true } : {}) };
    }
    case 'open-reader':
      return { type: 'open-reader', postId: str(v.postId, 'postId', LIMITS.keyLength) };
    case 'page-summary': {
      const n = (x: unknown, what: string) => {
        if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new ProtocolError(`${what} must be a count`);
        return x;
      };
      return { type: 'page-summary', matched: n(v.matched, 'matched'), total: n(v.total, 'total') };
    }
    case 'user-sites':
    case 'coverages-changed':
      return { type: v.type };
    case 'capture':
      return { type: 'capture', page: capturedPage(v.page) };
    case 'load-module':
      if (v.module !== 'card' && v.module !== 'highlights' && v.module !== 'heuristic') throw new ProtocolError('unknown module');
      return { type: 'load-module', module: v.module };
    case 'highlight-save':
      try {
        return { type: 'highlight-save', highlight: validateHighlight(v.highlight, 'highlight') };
      } catch (e) {
        throw e instanceof BackupError ? new ProtocolError(e.message) : e;
      }
    case 'highlight-delete':
      return { type: 'highlight-delete', id: str(v.id, 'id', 200) };
    case 'highlights-of-page':
      return { type: 'highlights-of-page', pageUrl: str(v.pageUrl, 'pageUrl', 4000) };
    case 'open-library':
      return { type: 'open-library', ...(v.highlightId === undefined ? {} : { highlightId: str(v.highlightId, 'highlightId', 200) }) };
    case 'enable-site':
    case 'disable-site': {
      const pattern = str(v.pattern, 'pattern', 300);
      if (!/^https?:\/\/[^/*]+\/\*$/.test(pattern)) throw new ProtocolError('pattern must be one site, like https://example.com/*');
      if (v.type === 'disable-site') return { type: 'disable-site', pattern };
      const tabId = typeof v.tabId === 'number' && Number.isInteger(v.tabId) ? v.tabId : undefined;
      return { type: 'enable-site', pattern, ...(tabId === undefined ? {} : { tabId }) };
    }
    case 'removed-posts': {
      if (!Array.isArray(v.covered) || v.covered.length > LIMITS.postsPerRequest * 4) throw new ProtocolError('covered must be a list of post ids');
      return { type: 'removed-posts', covered: v.covered.map((id, i) => str(id, `covered ${i}`, LIMITS.keyLength)) };
    }
    default:
      throw new ProtocolError(`unknown message type ${JSON.stringify(String(v.type)).slice(0, 40)}`);
  }
}

export function parseTabRequest(v: unknown): TabRequest {
  if (!isRecord(v)) throw new ProtocolError('message is not an object');
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
      throw new ProtocolError(`unknown message type ${JSON.stringify(String(v.type)).slice(0, 40)}`);
  }
}

export function parseHighlightRequest(v: unknown): HighlightRequest {
  if (!isRecord(v)) throw new ProtocolError('message is not an object');
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
      throw new ProtocolError(`unknown message type ${JSON.stringify(String(v.type)).slice(0, 40)}`);
  }
}
