/**
 * The page's side of asking for verdicts: checks each post against the worker's own LIMITS before
 * sending it (a post over a limit gets its `error` here, and the rest are sent), and takes the
 * worker's answer apart defensively: one verdict per post asked, in order, or an `error` verdict
 * saying what went wrong. It never rejects, so no post is left `pending`.
 */
import { clipByline, postProblem } from '../messages/limits';
import { because, type Reason } from '../messages/reasons';
import { POST_STATUSES } from '../messages/statuses';
import { isRecord } from '../text/is-record';
import type { PostPayload, PostStatus, PostVerdict } from '../types/post';

export type MatchPosts = (posts: PostPayload[], wait: boolean) => Promise<unknown>;

export interface AskedPost {
  key: string;
  title: string | null;
  paragraphs: string[];
  byline: string[];
}

// A verdict is final: never `pending`.
const VERDICTS: ReadonlySet<PostStatus> = new Set(POST_STATUSES.filter((s) => s !== 'pending'));

const failed = (key: string, reason: Reason): PostVerdict => ({ key, status: 'error', ...reason, match: null });

function isVerdictFor(v: unknown, key: string): v is PostVerdict {
  return isRecord(v) && v.key === key && typeof v.status === 'string' && VERDICTS.has(v.status as PostStatus);
}

export async function askVerdicts(matchPosts: MatchPosts, posts: readonly AskedPost[], wait = false): Promise<PostVerdict[]> {
  const out: PostVerdict[] = [];
  const sent: number[] = [];
  posts.forEach((p, i) => {
    const problem = postProblem(p);
    if (problem) out[i] = failed(p.key, problem);
    else sent.push(i);
  });
  if (sent.length === 0) return out;
  let reply: unknown;
  try {
    reply = await matchPosts(
      sent.map((i) => ({ key: posts[i].key, title: posts[i].title, paragraphs: posts[i].paragraphs, byline: clipByline(posts[i].byline) })),
      wait,
    );
  } catch (err) {
    const reason = because('unreachable', String((err as Error)?.message ?? err).slice(0, 160));
    for (const i of sent) out[i] = failed(posts[i].key, reason);
    return out;
  }
  const list = Array.isArray(reply) && reply.length === sent.length ? reply : null;
  sent.forEach((i, j) => {
    const v = list?.[j];
    // A missing or malformed answer, or a list that does not fit the posts asked about.
    out[i] = isVerdictFor(v, posts[i].key) ? v : failed(posts[i].key, because('noAnswer'));
  });
  return out;
}
