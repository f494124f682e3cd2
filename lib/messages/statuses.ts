/** Every post status (lib/types/post.ts), as a list for the checks that need one at run time. */
import type { PostStatus } from '../types/post';

export const POST_STATUSES: readonly PostStatus[] = ['pending', 'same', 'edited', 'unindexed', 'error'];
