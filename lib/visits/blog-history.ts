/**
 * A followed live blog's history, recorded locally visit by visit: which posts each visit showed,
 * and every version of every post seen (a post unchanged since the last visit stores nothing new).
 * Pure and serialisable: the worker keeps it in IndexedDB, the command line builds it from `--seen`
 * pages.
 */
import { blogKey } from '../capture/capture';
import { normalize } from '../text/normalize';

/** A post as a visit saw it. */
export interface SeenPost {
  key: string;
  title: string | null;
  paragraphs: readonly string[];
}

export interface PostVersion {
  title: string | null;
  paragraphs: string[];
  /** ISO times of the first and the last visit that saw this text. */
  firstSeen: string;
  lastSeen: string;
}

export interface BlogHistory {
  blogId: string;
  /** Oldest first: when, and the keys of the posts the page showed, in page order. */
  visits: { at: string; keys: string[] }[];
  /** Per post key, its versions oldest first, one per distinct text. */
  versions: Record<string, PostVersion[]>;
}

/** The id of the blog a page belongs to: its address (canonical when it names the same site), without query or fragment. */
export function blogIdOf(page: { url: string; canonicalUrl: string | null }): string {
  return `blog-${blogKey(page)}`;
}

export function emptyHistory(blogId: string): BlogHistory {
  return { blogId, visits: [], versions: {} };
}

/** Same text as a reader reads it (docs/contracts.md §0): normalised, case kept. */
export function sameText(
  a: { title: string | null; paragraphs: readonly string[] },
  b: { title: string | null; paragraphs: readonly string[] },
): boolean {
  if (normalize(a.title ?? '') !== normalize(b.title ?? '') || a.paragraphs.length !== b.paragraphs.length) return false;
  return a.paragraphs.every((p, i) => normalize(p) === normalize(b.paragraphs[i]));
}

/** The history with this visit added; `stored` counts the versions it had to keep (new or changed posts). */
export function recordVisit(history: BlogHistory, posts: readonly SeenPost[], at: string): { history: BlogHistory; stored: number } {
  const versions = { ...history.versions };
  let stored = 0;
  const keys = new Set<string>();
  for (const post of posts) {
    if (keys.has(post.key)) continue;
    keys.add(post.key);
    const list = versions[post.key] ?? [];
    const last = list.at(-1);
    if (last && sameText(last, post)) {
      versions[post.key] = [...list.slice(0, -1), { ...last, lastSeen: at }];
    } else {
      versions[post.key] = [...list, { title: post.title, paragraphs: [...post.paragraphs], firstSeen: at, lastSeen: at }];
      stored++;
    }
  }
  return { history: { ...history, visits: [...history.visits, { at, keys: [...keys] }], versions }, stored };
}
