/**
 * A post's attribution (docs/contracts.md §2) as the worker reports it: types only.
 */

export interface PostRef {
  coverage: string;
  postId: string;
  title: string | null;
  excerpt: string;
}

export interface FirstPublished extends PostRef {
  publishedAt: string | null;
}

export interface Origin extends PostRef {
  /** Index into the post's text lines (title first, as the CLI's `text`). */
  paragraph: number;
}

export interface Embed {
  platform: string;
  handle: string | null;
  author: string | null;
  date: string | null;
}

export interface CitedPerson {
  name: string;
  role: string | null;
}

export type SourceKind = 'agency' | 'broadcaster' | 'newspaper' | 'monitor' | 'government' | 'platform' | 'organisation';

export interface CitedSource {
  name: string;
  kind: SourceKind;
  evidence: string;
}

export interface Attribution {
  firstPublished: FirstPublished | null;
  origins: Origin[];
  writers: string[];
  sources: CitedSource[];
  people: CitedPerson[];
  embeds: Embed[];
}
