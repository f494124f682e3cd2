/** Words and icons for each status: never colour alone (ui.md). */
import type { PostStatus } from '../lib/types/post';

export const STATUS_LABEL: Record<PostStatus, string> = {
  pending: 'Checking the index…',
  same: 'In the index · unchanged',
  edited: 'Edited since indexed',
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

/** "post 12 of 64 in The Guardian's live blog “…”" */
export function whereIndexed(m: { position: number; total: number; publisher: string; coverageTitle: string }): string {
  const owner = m.publisher ? `${m.publisher}’s live blog` : 'the live blog';
  return `post ${m.position} of ${m.total} in ${owner} “${m.coverageTitle}”`;
}

export function similarityText(similarity: number): string {
  return `${Math.round(similarity * 100)}% the same text`;
}
