/**
 * Where a post's text first appeared in the index: the matched post (the oldest copy of the text,
 * as matching prefers), and, paragraph by paragraph, any earlier indexed post that already held a
 * paragraph (a summary repeating earlier posts, a post republished word for word elsewhere).
 */
import { excerptOf } from '../analysis/describe-match';
import { exactLines, postOf, type MatchIndex } from '../match/match-index';
import type { PostMatch } from '../match/match-post';
import type { PostRef, FirstPublished, Origin } from '../types/attribution';

export function postRef(index: MatchIndex, post: number): PostRef {
  const p = index.posts[post];
  return { coverage: p.coverage, postId: p.id, title: p.title, excerpt: excerptOf(p.paragraphs) };
}

export function firstPublished(index: MatchIndex, match: PostMatch): FirstPublished | null {
  if (match.post === null || match.status === 'unindexed') return null;
  return { ...postRef(index, match.post), publishedAt: index.posts[match.post].publishedAt };
}

/** Is post a older than post b? Within a coverage, by position; across coverages, by time when both have one. */
function older(index: MatchIndex, a: number, b: number): boolean {
  const pa = index.posts[a];
  const pb = index.posts[b];
  if (pa.coverage === pb.coverage) return pa.position < pb.position;
  if (pa.publishedAt && pb.publishedAt) return pa.publishedAt < pb.publishedAt;
  return false;
}

export function origins(index: MatchIndex, match: PostMatch): Origin[] {
  if (match.post === null || match.status === 'unindexed') return [];
  const out: Origin[] = [];
  match.alignment.forEach((a, i) => {
    // Very short lines ("From the capital.") recur by chance, not by copying.
    if (a.text.split(' ').length < 6) return;
    // A paragraph left unaligned may still stand word for word in a distant post (a summary
    // quoting the first post): that post is its origin.
    let first = a.line === null ? null : postOf(index, a.line);
    for (const line of exactLines(index, a.text)) {
      const p = postOf(index, line);
      if (first === null || older(index, p, first)) first = p;
    }
    if (first !== null && first !== match.post && older(index, first, match.post!)) out.push({ paragraph: i, ...postRef(index, first) });
  });
  return out;
}
