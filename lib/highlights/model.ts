/**
 * A researcher's highlight: where it is (a quote with its context, and its position in the post's
 * text), what they said of it (note, tags), and what Backstory knew of the post when it was made.
 * Stored flat; exported as W3C Web Annotation by the exporters.
 */
import type { PostStatus } from '../types/post';

export interface QuoteSelector {
  /** The highlighted text, as the post's text holds it. */
  exact: string;
  /** Up to 32 characters before and after, to tell repeated quotes apart. */
  prefix: string;
  suffix: string;
}

export interface PostSnapshot {
  status: PostStatus;
  title: string | null;
  publishedAt: string | null;
  byline: string[];
  match: { postId: string; coverage: string; title: string | null; similarity: number } | null;
  firstPublished: { postId: string; coverage: string; title: string | null; publishedAt: string | null } | null;
  sources: { name: string; kind: string }[];
  corrections: { kind: string; before: string | null; after: string | null }[];
}

export interface Highlight extends QuoteSelector {
  /** `urn:uuid:…`, also the W3C annotation id. */
  id: string;
  createdAt: string;
  modifiedAt: string;
  pageUrl: string;
  canonicalUrl: string | null;
  pageTitle: string;
  /** The site, for filtering: the page's host name. */
  site: string;
  /** The outlet, from the page's `og:site_name` when it has one. */
  publisher: string | null;
  postKey: string;
  /** TextPositionSelector: offsets into the post's text. */
  start: number;
  end: number;
  note: string;
  tags: string[];
  snapshot: PostSnapshot;
}

export function newHighlightId(): string {
  return `urn:uuid:${crypto.randomUUID()}`;
}
