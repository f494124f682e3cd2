/**
 * Turns a match into what the UI and the CLI show of the indexed post: ids, headline, excerpt,
 * position in its coverage. Pure: the same code serves the worker and the command line.
 */
import type { CoverageMeta } from '../coverage/types';
import type { MatchIndex } from '../match/match-index';
import type { PostMatch } from '../match/match-post';
import type { MatchSummary } from '../types/post';
import { opening } from '../text/opening';
import { zoneField } from '../messages/limits';

export function excerptOf(paragraphs: readonly string[]): string {
  return opening(paragraphs, 200);
}

export function describeMatch(
  index: MatchIndex,
  metas: ReadonlyMap<string, CoverageMeta>,
  totals: ReadonlyMap<string, number>,
  match: PostMatch,
): MatchSummary | null {
  if (match.post === null || match.status === 'unindexed') return null;
  const post = index.posts[match.post];
  const meta = metas.get(post.coverage);
  return {
    postId: post.id,
    coverage: post.coverage,
    coverageTitle: meta?.title ?? post.coverage,
    publisher: meta?.publisher ?? '',
    title: post.title,
    excerpt: excerptOf(post.paragraphs),
    url: post.url ?? meta?.url ?? null,
    publishedAt: post.publishedAt,
    ...zoneField(post.publishedOffset),
    similarity: match.similarity,
    position: post.position,
    total: totals.get(post.coverage) ?? 0,
  };
}

export function coverageTotals(index: MatchIndex): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of index.posts) totals.set(p.coverage, Math.max(totals.get(p.coverage) ?? 0, p.position));
  return totals;
}
