/**
 * Indexed posts missing from a page that shows their neighbours: between the first and the last
 * indexed post the page matched (in one coverage), any post nothing on the page matched was
 * removed from the page, or never shown on it.
 */
import type { MatchIndex } from '../match/match-index';
import type { PostMatch } from '../match/match-post';
import { excerptOf } from './describe-match';

export interface RemovedPost {
  postId: string;
  title: string | null;
  excerpt: string;
}

export function removedPosts(index: MatchIndex, matches: readonly PostMatch[]): RemovedPost[] {
  const seen = new Set<number>();
  for (const m of matches) {
    if (m.status === 'unindexed') continue;
    for (const a of m.alignment) if (a.line !== null) seen.add(index.lines[a.line].post);
  }
  if (seen.size < 2) return [];
  const byCoverage = new Map<string, number[]>();
  for (const p of seen) {
    const c = index.posts[p].coverage;
    byCoverage.set(c, [...(byCoverage.get(c) ?? []), p]);
  }
  const out: RemovedPost[] = [];
  for (const posts of byCoverage.values()) {
    for (let p = Math.min(...posts) + 1; p < Math.max(...posts); p++) {
      if (seen.has(p)) continue;
      const post = index.posts[p];
      out.push({ postId: post.id, title: post.title, excerpt: excerptOf(post.paragraphs) });
    }
  }
  return out;
}
