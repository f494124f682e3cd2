/**
 * What happened to a followed blog since the reader last saw it: each post on the page now is
 * new, changed or unchanged against the version seen at the last visit, and the posts the last
 * visit showed that the page no longer does are listed with their text.
 */
import { diffArrays } from 'diff';
import { paragraphChanges } from '../corrections/corrections';
import type { Correction } from '../types/correction';
import type { SinceLastVisit, VisitSummary } from '../types/post';
import { sameText, type BlogHistory, type PostVersion, type SeenPost } from './blog-history';

export type { SinceLastVisit };

export interface ComparedPost {
  since: SinceLastVisit;
  /** The version seen at the last visit, when there was one. */
  seen?: PostVersion;
}

export interface GonePost {
  key: string;
  version: PostVersion;
}

export interface VisitComparison {
  /** When the reader last visited. */
  lastVisit: string;
  posts: Map<string, ComparedPost>;
  /** Posts of the last visit the page no longer shows, in the last visit's order. */
  removed: GonePost[];
}

/**
 * Compares the page with the last visit; null when the blog was never visited before. A post of
 * the last visit counts as removed only if it stood above the oldest post the page still shows:
 * older ones have moved to the blog's later pages, not gone.
 */
export function compareWithLastVisit(history: BlogHistory, posts: readonly SeenPost[]): VisitComparison | null {
  const last = history.visits.at(-1);
  if (!last) return null;
  const seenAt = (key: string): PostVersion | undefined => {
    const list = history.versions[key] ?? [];
    // The version the last visit saw: the newest one first seen at or before it.
    for (let i = list.length - 1; i >= 0; i--) if (list[i].firstSeen <= last.at) return list[i];
    return undefined;
  };
  const lastKeys = new Set(last.keys);
  const compared = new Map<string, ComparedPost>();
  for (const post of posts) {
    const seen = lastKeys.has(post.key) ? seenAt(post.key) : undefined;
    compared.set(post.key, seen ? { since: sameText(seen, post) ? 'unchanged' : 'changed', seen } : { since: 'new' });
  }
  const shown = new Set(posts.map((p) => p.key));
  let oldestShown = -1;
  last.keys.forEach((k, i) => {
    if (shown.has(k)) oldestShown = i;
  });
  const removed: GonePost[] = [];
  last.keys.slice(0, Math.max(0, oldestShown)).forEach((key) => {
    const version = shown.has(key) ? undefined : seenAt(key);
    if (version) removed.push({ key, version });
  });
  return { lastVisit: last.at, posts: compared, removed };
}

/** The popup's sentence and list: how many posts are new, changed and unchanged, and the removed ones with their text. */
export function summarizeComparison(compared: VisitComparison): Pick<VisitSummary, 'lastVisit' | 'counts' | 'removed'> {
  const counts: VisitSummary['counts'] = { new: 0, changed: 0, unchanged: 0 };
  for (const c of compared.posts.values()) counts[c.since]++;
  return {
    lastVisit: compared.lastVisit,
    counts,
    removed: compared.removed.map(({ key, version }) => ({
      key,
      title: version.title,
      paragraphs: version.paragraphs,
      lastSeen: version.lastSeen,
    })),
  };
}

/** Every version of a post seen, oldest first, each with what changed from the one before. */
export function versionHistory(history: BlogHistory, key: string): { version: PostVersion; changes: Correction[] }[] {
  const list = history.versions[key] ?? [];
  return list.map((version, i) => ({ version, changes: i === 0 ? [] : changesBetween(list[i - 1], version) }));
}

const linesOf = (v: { title: string | null; paragraphs: readonly string[] }) => [...(v.title ? [v.title] : []), ...v.paragraphs];

/**
 * Paragraphs aligned by a diff of the two lists (jsdiff's diffArrays): kept ones say nothing, a
 * removed run followed by an added run is read pair by pair as edits, the rest is added or removed.
 */
export function changesBetween(
  before: { title: string | null; paragraphs: readonly string[] },
  after: { title: string | null; paragraphs: readonly string[] },
): Correction[] {
  const out: Correction[] = [];
  const parts = diffArrays(linesOf(before), linesOf(after));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) continue;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const pairs = Math.min(part.value.length, next.value.length);
      for (let j = 0; j < pairs; j++) out.push(...paragraphChanges(part.value[j], next.value[j]));
      for (const p of part.value.slice(pairs)) out.push({ kind: 'removed', before: p, after: null });
      for (const p of next.value.slice(pairs)) out.push({ kind: 'added', before: null, after: p });
      i++;
    } else if (part.removed) for (const p of part.value) out.push({ kind: 'removed', before: p, after: null });
    else for (const p of part.value) out.push({ kind: 'added', before: null, after: p });
  }
  return out;
}
