/**
 * Quiet mode (ui.md): on a live blog none of whose posts the index holds (most of today's news),
 * the hosts exist with their status but draw nothing until the reader asks from the popup. A
 * reader of today's news should not see a column of "Not in the index" chips. On the next visit of
 * such a blog the posts new or changed since speak up.
 */
import type { PostStatus, SinceLastVisit } from '../types/post';

export function isQuiet(revealed: boolean, posts: Iterable<{ status: PostStatus; since?: SinceLastVisit }>): boolean {
  if (revealed) return false;
  // A blog visited before speaks of what is new or changed since, indexed or not.
  for (const { status, since } of posts) if (status === 'same' || status === 'edited' || (since && since !== 'unchanged')) return false;
  return true;
}
