/**
 * Indexed posts missing from a page that shows their neighbours: between the first and the last
 * indexed post the page covers (in one coverage), any post nothing on the page covers was removed
 * from the page, or never shown on it.
 */
import { exactLines, postOf, type MatchIndex } from '../match/match-index';
import type { PostMatch } from '../match/match-post';
import { excerptOf } from './describe-match';

export interface RemovedPost {
  postId: string;
  title: string | null;
  excerpt: string;
}

/** Indexed posts (indexes into `index.posts`) a page post's text was aligned to. */
export function coveredPosts(index: MatchIndex, m: PostMatch): number[] {
  if (m.status === 'unindexed') return [];
  const out = new Set<number>();
  for (const a of m.alignment) if (a.line !== null) out.add(postOf(index, a.line));
  return [...out];
}

/**
 * Other indexed posts that hold every paragraph of a matched page post word for word: the post's
 * copies (another blog republished it), never "related" to it.
 */
export function copiesOf(index: MatchIndex, m: PostMatch): number[] {
  if (m.status === 'unindexed' || m.alignment.length === 0) return [];
  let common: number[] | null = null;
  for (const a of m.alignment) {
    const holders = new Set(Array.from(exactLines(index, a.text), (l) => postOf(index, l)));
    common = (common ?? [...holders]).filter((p) => holders.has(p));
    if (!common.length) return [];
  }
  return common ?? [];
}

/** The indexed posts between the first and the last of those covered, in one coverage, that none covers. */
export function removedBetween(index: MatchIndex, covered: Iterable<number>): number[] {
  const seen = new Set(covered);
  if (seen.size < 2) return [];
  const byCoverage = new Map<string, number[]>();
  for (const p of seen) {
    const c = index.posts[p].coverage;
    byCoverage.set(c, [...(byCoverage.get(c) ?? []), p]);
  }
  const out: number[] = [];
  for (const posts of byCoverage.values()) {
    for (let p = Math.min(...posts) + 1; p < Math.max(...posts); p++) if (!seen.has(p)) out.push(p);
  }
  return out;
}

/** What the page shows of removed posts (`removedBetween`). */
export function removedPosts(index: MatchIndex, removed: readonly number[]): RemovedPost[] {
  return removed.map((p) => {
    const post = index.posts[p];
    return { postId: post.id, title: post.title, excerpt: excerptOf(post.paragraphs) };
  });
}
