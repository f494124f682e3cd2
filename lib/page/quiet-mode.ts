/**
 * Quiet mode (ui.md): on a live blog none of whose posts the index holds (most of today's news),
 * the hosts exist with their status but draw nothing until the reader asks from the popup. A
 * reader of today's news should not see a column of "Not in the index" chips.
 */
import type { PostStatus } from '../types/post';

export function isQuiet(revealed: boolean, posts: Iterable<{ status: PostStatus }>): boolean {
  if (revealed) return false;
  for (const { status } of posts) if (status === 'same' || status === 'edited') return false;
  return true;
}
