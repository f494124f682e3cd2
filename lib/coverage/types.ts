/** A body of indexed coverage (one live blog) and its posts, as stored and matched. */

export interface CoverageMeta {
  /** Stable id, used in post ids and the CLI's `coverage` fields. */
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  language: string;
  /** ISO dates of the first and last day covered. */
  firstDay: string | null;
  lastDay: string | null;
  /** Where the text came from, for the reader page. */
  source: string;
}

export interface EmbedRef {
  platform: string;
  handle: string | null;
  author: string | null;
  /** ISO date (yyyy-mm-dd) when the author line gives one. */
  date: string | null;
  /** Indexes into the post's `paragraphs`: the embed's text lines, then its author line. */
  paragraphs: number[];
}

export interface IndexedPost {
  /** `${coverage}:${position}`: stable when newer posts are added above (live blogs grow at the top). */
  id: string;
  coverage: string;
  /** 1 = the oldest post of the coverage. */
  position: number;
  title: string | null;
  /** Body paragraphs as published, one line each, title excluded. */
  paragraphs: string[];
  /** Carried an "Updated" footer. */
  edited: boolean;
  embeds: EmbedRef[];
  url: string | null;
  publishedAt: string | null;
  /** The post's own time zone where its page said it: minutes east of UTC. */
  publishedOffset?: number;
}

export interface Coverage {
  meta: CoverageMeta;
  /** Oldest first, so `posts[i].position === i + 1`. */
  posts: IndexedPost[];
}
