/**
 * The worker's side of the protocol: every message checked against its call's schema on arrival
 * (valibot: small, typed, tree-shaken; here and in extension pages, never in the page's script).
 * A `match-posts` request is refused whole only when it is not a list of at most
 * `LIMITS.postsPerRequest` posts; a post that is malformed or over a limit is answered on its own
 * with `error`, so one hostile post cannot leave the rest of the page unanswered.
 */
import * as v from 'valibot';
import { HighlightSchema, describeIssues } from '../highlights/highlight-schema';
import { FollowSettingsSchema } from '../visits/follow-settings';
import { LIMITS, postProblem, ZONE_MINUTES } from './limits';
import { because, type Reason } from './reasons';
import { isRecord } from '../text/is-record';
import type { LazyModule, WorkerRequest } from './protocol';
import type { PostPayload } from '../types/post';

export class ProtocolError extends Error {}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const optText = (max: number) => v.nullish(text(max), null);

const PostSchema = v.object({
  key: text(LIMITS.keyLength),
  title: v.nullish(v.string(), null),
  paragraphs: v.pipe(v.array(v.string()), v.maxLength(LIMITS.paragraphsPerPost, `has more than ${LIMITS.paragraphsPerPost} paragraphs`)),
  byline: v.optional(v.pipe(v.array(text(LIMITS.bylineChars)), v.maxLength(LIMITS.bylineNames))),
});

const ZONE_OFFSET = v.pipe(v.number(), v.integer(), v.minValue(ZONE_MINUTES.min), v.maxValue(ZONE_MINUTES.max));

const CapturedPostSchema = v.object({
  ...PostSchema.entries,
  publishedAt: optText(40),
  publishedOffset: v.optional(ZONE_OFFSET),
  byline: v.optional(v.pipe(v.array(text(LIMITS.bylineChars)), v.maxLength(LIMITS.bylineNames)), []),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const SITE_PATTERN = v.pipe(text(300), v.regex(/^https?:\/\/[^/*]+\/\*$/, 'must be one site, like https://example.com/*'));
const MODULES: readonly LazyModule[] = ['annotator', 'card', 'highlights', 'heuristic'];

const RequestSchema = v.variant('type', [
  v.object({
    type: v.literal('match-posts'),
    posts: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.postsPerRequest, `holds more than ${LIMITS.postsPerRequest} posts`)),
    wait: v.optional(v.unknown()),
  }),
  v.object({ type: v.literal('open-reader'), postId: text(LIMITS.keyLength * 2) }),
  v.object({ type: v.literal('page-summary'), matched: count, total: count }),
  v.object({
    type: v.literal('removed-posts'),
    covered: v.pipe(v.array(text(LIMITS.keyLength * 2)), v.maxLength(LIMITS.postsPerRequest * 4)),
  }),
  v.object({ type: v.literal('load-module'), module: v.picklist(MODULES, 'is not a module') }),
  v.object({ type: v.literal('highlight-save'), highlight: HighlightSchema }),
  v.object({ type: v.literal('highlight-delete'), id: text(200) }),
  v.object({ type: v.literal('highlights-of-page'), pageUrl: text(4000) }),
  v.object({ type: v.literal('open-library'), highlightId: v.optional(text(200)) }),
  v.object({
    type: v.literal('capture'),
    page: v.object({
      url: text(4000),
      canonicalUrl: optText(4000),
      title: text(1000),
      publisher: optText(200),
      language: optText(20),
      posts: v.pipe(v.array(CapturedPostSchema), v.maxLength(LIMITS.postsPerRequest)),
    }),
  }),
  v.object({ type: v.literal('coverages-changed') }),
  v.object({ type: v.literal('enable-site'), pattern: SITE_PATTERN, tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  v.object({ type: v.literal('disable-site'), pattern: SITE_PATTERN }),
  v.object({ type: v.literal('user-sites') }),
  v.object({ type: v.literal('visit-summary'), tabId: v.pipe(v.number(), v.integer()) }),
  v.object({ type: v.literal('follow-settings') }),
  v.object({ type: v.literal('set-follow-settings'), settings: FollowSettingsSchema }),
  v.object({ type: v.literal('forget-blogs'), blogIds: v.optional(v.pipe(v.array(text(200)), v.maxLength(10_000))) }),
]);

/** A post of a `match-posts` request as it arrived: fit to match, or refused with a reason. */
export type ArrivedPost = { post: PostPayload } | { key: string; problem: Reason };

/** A request as the worker handles it: `match-posts` carries its posts one by one, checked. */
export type ArrivedRequest = Exclude<WorkerRequest, { type: 'match-posts' }> | { type: 'match-posts'; posts: ArrivedPost[]; wait: boolean };

export function parseWorkerRequest(value: unknown): ArrivedRequest {
  const r = v.safeParse(RequestSchema, value);
  if (!r.success) throw new ProtocolError(describeIssues(r.issues));
  const request = r.output;
  if (request.type === 'match-posts') return { type: 'match-posts', posts: request.posts.map(arrivedPost), wait: request.wait === true };
  if (request.type === 'open-library' && request.highlightId === undefined) return { type: 'open-library' };
  if (request.type === 'forget-blogs' && request.blogIds === undefined) return { type: 'forget-blogs' };
  if (request.type === 'enable-site' && request.tabId === undefined) return { type: 'enable-site', pattern: request.pattern };
  return request;
}

/** One post, checked by the same limits the page applied before sending it. */
export function arrivedPost(value: unknown, i: number): ArrivedPost {
  const r = v.safeParse(PostSchema, value);
  const key = isRecord(value) && typeof value.key === 'string' ? value.key.slice(0, LIMITS.keyLength) : '';
  if (!r.success) return { key, problem: because('unreadable', `post ${i}`, describeIssues(r.issues)) };
  const { byline, ...post } = r.output;
  const problem = postProblem(post);
  return problem ? { key, problem } : { post: { ...post, ...(byline ? { byline } : {}) } };
}
