/**
 * A page post's verdict and what the worker tells of it: the domain types every layer shares.
 * Types only (this folder imports no runtime code), so any module may depend on them.
 */
import type { Attribution, PostRef } from './attribution';
import type { Correction } from './correction';
import type { DetectorName } from '../detect/types';
import type { Why } from '../messages/reasons';

/** A page post against the index (docs/contracts.md §0): word for word, edited, or not there. */
export type MatchStatus = 'same' | 'edited' | 'unindexed';

/** A post of a followed blog against the version the reader saw at their last visit (docs/contracts.md §1). */
export type SinceLastVisit = 'new' | 'changed' | 'unchanged';

/** A post on the page: waiting for its verdict, the verdict, or why there is none. */
export type PostStatus = 'pending' | MatchStatus | 'error';

export interface MatchSummary {
  postId: string;
  coverage: string;
  coverageTitle: string;
  publisher: string;
  title: string | null;
  /** First 200 characters of the indexed post's body (title excluded), verbatim. */
  excerpt: string;
  url: string | null;
  publishedAt: string | null;
  /** The post's own time zone where known: minutes east of UTC. */
  publishedOffset?: number;
  similarity: number;
  /** 1 = oldest post of the coverage. */
  position: number;
  total: number;
}

export type RelatedPost = PostRef & { score: number };
export type LaterPost = PostRef & { publishedAt: string | null; relation: Relation; position: number };

/** One version of a followed post, as the reader saw it: when, and what changed from the version before (nothing for the first). */
export interface SeenVersion {
  firstSeen: string;
  lastSeen: string;
  changes: Correction[];
}

export interface PostDetails {
  /** Ids of the indexed posts this page post's text covers (its own copies). */
  covers: string[];
  attribution: Attribution;
  related: RelatedPost[];
  updates: LaterPost[];
  corrections: Correction[];
  /** On a followed blog whose post changed between visits: every version seen, oldest first. */
  versions?: SeenVersion[];
}

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
  /** The reason's code, which the UI says in the reader's language (lib/messages/reasons.ts). */
  why?: Why;
  match: MatchSummary | null;
  /** Attribution, related posts, later developments and corrections (absent on errors). */
  details?: PostDetails;
  /** Details were left out to answer sooner: ask again with `wait`. */
  detailsLater?: boolean;
  /** On a blog visited before: this post against the last visit. */
  sinceLastVisit?: SinceLastVisit;
}

/** What the popup says of a tab's blog: whether it is followed, and what changed since the last visit. */
export interface VisitSummary {
  site: string;
  /** Following on globally, and for this site. */
  enabled: boolean;
  siteFollowed: boolean;
  /** When the reader last visited before this page load; null on a first visit (or when not followed). */
  lastVisit: string | null;
  counts: Record<SinceLastVisit, number>;
  /** Posts of the last visit the page no longer shows, with their text as last seen. */
  removed: { key: string; title: string | null; paragraphs: string[]; lastSeen: string }[];
}

export interface PageState {
  liveBlog: boolean;
  detector: DetectorName | null;
  url: string;
  title: string;
  revealed: boolean;
  posts: {
    key: string;
    title: string | null;
    excerpt: string;
    status: PostStatus;
    reason?: string;
    why?: Why;
    match: MatchSummary | null;
    details?: PostDetails;
    /** On a followed blog visited before: against the last visit. */
    since?: SinceLastVisit;
  }[];
}

/** How a later post bears on an earlier one. */
export type Relation = 'confirms' | 'contradicts' | 'develops';
