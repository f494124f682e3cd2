/** What detection finds in a page: posts with their element, key and text (docs/contracts.md §0). */

/** A site adapter's name (lib/detect/sites/), or 'json-ld', 'microdata' or 'heuristic'. */
export type DetectorName = string;

export interface DetectedPost {
  /** The post's element; the annotation host goes inside it. */
  element: Element;
  /** As `data-post-key`: never the post's position. */
  key: string;
  title: string | null;
  /** Body blocks as a reader sees them, title excluded. */
  paragraphs: string[];
  publishedAt: string | null;
  /** The post's own time zone, where the page said it (an offset in `+01:00` form): minutes east of UTC. */
  publishedOffset?: number;
  updatedAt: string | null;
  byline: string[];
  /** The post has no element of its own (a ticker's heading): the host goes right after `element`. */
  hostAfter?: boolean;
}

/** What a page is, before or without its posts. */
export interface PageInfo {
  liveBlog: boolean;
  detector: DetectorName | null;
  /** The element to watch for inserted, changed and removed posts. */
  container: Element | null;
}

export interface DetectedPage extends PageInfo {
  posts: DetectedPost[];
}

/** A post as an adapter reads it, before keys are made unique across the page. */
export type PostReading = Omit<DetectedPost, 'key'> & { keyHints: (string | null)[] };

/** Where a page's posts are, before any is read: cheap to find, read a few at a time. */
export interface LocatedPosts {
  detector: DetectorName;
  container: Element | null;
  /** Post elements in document order. */
  elements: Element[];
  read(el: Element): PostReading;
}
