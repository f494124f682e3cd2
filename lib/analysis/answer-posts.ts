/**
 * A `match-posts` answer: one verdict per post, in the order asked. Verdicts at once; details come
 * with them while they fit in a short budget (a warm worker and a small index: the page then
 * draws each post once), and the rest are marked `detailsLater` for the page to ask again with
 * `wait`. A worker without a stored related index must first build it from every post's text,
 * so it answers verdicts alone. A post refused on arrival, or one whose matching throws, gets `error`
 * with a reason; no post's trouble reaches another's.
 */
import type { PostVerdict } from '../types/post';
import type { ArrivedPost } from '../messages/worker-requests';
import type { Analyzer } from './analyzer';
import { because, type Reason } from '../messages/reasons';

/** How long a verdict answer may spend on details before leaving the rest for a second answer. */
export const DETAILS_BUDGET_MS = 100;

export function answerPosts(m: Analyzer, posts: readonly ArrivedPost[], options: { wait: boolean; now?: () => number }): PostVerdict[] {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const inline = () => options.wait || (m.detailsReady && now() - started < DETAILS_BUDGET_MS);
  return posts.map((arrived): PostVerdict => {
    if (!('post' in arrived)) return { key: arrived.key, status: 'error', ...arrived.problem, match: null };
    const p = arrived.post;
    try {
      const v = m.verdict(p);
      return inline()
        ? { key: p.key, status: v.status, match: v.match, details: m.details(p, v) }
        : { key: p.key, status: v.status, match: v.match, detailsLater: true };
    } catch (e) {
      return { key: p.key, status: 'error', ...because('matchingFailed', String((e as Error)?.message ?? e).slice(0, 200)), match: null };
    }
  });
}

/** Every post of a request the worker could not take up at all (its index would not open). */
export function answerAllWith(posts: readonly ArrivedPost[], reason: Reason): PostVerdict[] {
  return posts.map((a) => ({ key: 'post' in a ? a.post.key : a.key, status: 'error', ...reason, match: null }));
}
