/** Words and icons for each status: never colour alone (ui.md). */
import type { PostStatus } from '../lib/types/post';

export const STATUS_LABEL: Record<PostStatus, string> = {
  pending: 'Checking the index…',
  same: 'In the index · unchanged',
  edited: 'Edited since indexed',
  unindexed: 'Not in the index',
  error: 'Could not check',
};

/** A status as a filter or a list names it, in a word or two. */
export const STATUS_SHORT: Record<PostStatus, string> = {
  pending: 'Checking',
  same: 'Unchanged',
  edited: 'Edited',
  unindexed: 'Not in the index',
  error: 'Could not check',
};

export const STATUS_ICON: Record<PostStatus, string> = {
  pending: '…',
  same: '✓',
  edited: '✎',
  unindexed: '○',
  error: '⚠',
};

/** A followed blog's post against the reader's last visit (unchanged says nothing). */
export const SINCE_LABEL = { new: 'New since your last visit', changed: 'Changed since your last visit' } as const;

/** "post 12 of 64 in The Guardian's live blog “…”" */
export function whereIndexed(m: { position: number; total: number; publisher: string; coverageTitle: string }): string {
  const owner = m.publisher ? `${m.publisher}’s live blog` : 'the live blog';
  return `post ${m.position} of ${m.total} in ${owner} “${m.coverageTitle}”`;
}

export function similarityText(similarity: number): string {
  return `${Math.round(similarity * 100)}% the same text`;
}

/**
 * How related a related post is, in words: its score is the cosine of the two posts' weighted
 * words (rare words count most), which means nothing to a reader as a percentage.
 */
export function relatedness(score: number): string {
  if (score >= 0.45) return 'much of the same wording';
  if (score >= 0.2) return 'shares key words';
  return 'a few words in common';
}
