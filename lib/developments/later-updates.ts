/**
 * Later developments of a post: the coverage's later posts on the same story, oldest first, each
 * `confirms`, `contradicts` or `develops`. Later means later in the coverage's own order (positions
 * count from the oldest post), so an earlier post is never listed, whatever the times say.
 *
 * A later post is on the story when it shares an entity with the post and either one of its
 * sentences bears on a claim of the post through the same or the opposite predicate (stays ↔
 * leaves), or it is closely related by terms. Opposite predicates on a shared entity contradict;
 * the same predicate with nothing new confirms; anything else develops.
 */
import type { IndexedPost } from '../coverage/types';
import type { RelatedIndex } from '../related/related-index';
import { relatedTo, type RelatedHit } from '../related/related-index';
import { claimsOf, relate, shareEntity, type Claim } from './claims';
import type { Relation } from '../types/post';

export interface LaterUpdate {
  post: number;
  relation: Relation;
}

const RANK: Record<Relation, number> = { contradicts: 3, confirms: 2, develops: 1 };
/** Term relatedness above which a later post sharing an entity develops the story. */
const DEVELOPS_SCORE = 0.12;
const MAX_UPDATES = 12;
/** At most this many of them `develops` only through relatedness: the rest would be noise. */
const MAX_LOOSE = 4;
/** How many term-related posts are read for claims, and how related they must be at least. */
export const CANDIDATES = 150;
export const CANDIDATE_SCORE = 0.01;

export interface UpdatesContext {
  posts: readonly IndexedPost[];
  related: RelatedIndex;
  /** Claims per post, computed once. */
  claims: (post: number) => Claim[];
}

export function makeUpdatesContext(posts: readonly IndexedPost[], related: RelatedIndex): UpdatesContext {
  const cache = new Map<number, Claim[]>();
  return {
    posts,
    related,
    claims: (i) => {
      let c = cache.get(i);
      if (!c) cache.set(i, (c = claimsOf(posts[i].title, posts[i].paragraphs)));
      return c;
    },
  };
}

/**
 * Later posts for a text that sits at `position` in `coverage` (the matched post's place, or a
 * claim's). `exclude` keeps the post's own copies out.
 */
export function laterUpdates(
  ctx: UpdatesContext,
  text: { title: string | null; paragraphs: readonly string[] },
  coverage: string,
  position: number,
  exclude: ReadonlySet<number> = new Set(),
  /** The post's term-related posts, when the caller has them already (at least CANDIDATES of them). */
  related?: readonly RelatedHit[],
): LaterUpdate[] {
  const own = claimsOf(text.title, text.paragraphs);
  const assertive = own.filter((c) => c.predicates.size > 0);
  // Posts sharing no term cannot share an entity: only the term-related ones are read for claims,
  // which keeps this independent of the size of the index.
  const near = related ?? relatedTo(ctx.related, text, exclude, CANDIDATES, CANDIDATE_SCORE);
  const relatedScore = new Map(near.filter((h) => h.score >= DEVELOPS_SCORE).map((h) => [h.post, h.score]));
  const out: (LaterUpdate & { rank: number })[] = [];
  for (const { post: i } of near) {
    const p = ctx.posts[i];
    if (p.coverage !== coverage || p.position <= position) continue;
    const theirs = ctx.claims(i);
    let best: Relation | null = null;
    for (const c of assertive) {
      for (const t of theirs) {
        const r = relate(c, t);
        if (r && (!best || RANK[r] > RANK[best])) best = r;
      }
    }
    if (best) out.push({ post: i, relation: best, rank: RANK[best] + 1 });
    else if (relatedScore.has(i) && own.some((c) => theirs.some((t) => shareEntity(c, t)))) {
      out.push({ post: i, relation: 'develops', rank: relatedScore.get(i)! });
    }
  }
  const loose = out
    .filter((u) => u.rank < 1)
    .sort((a, b) => b.rank - a.rank)
    .slice(0, MAX_LOOSE);
  return [...out.filter((u) => u.rank >= 1), ...loose]
    .sort((a, b) => b.rank - a.rank)
    .slice(0, MAX_UPDATES)
    .sort((a, b) => ctx.posts[a.post].position - ctx.posts[b.post].position)
    .map(({ post, relation }) => ({ post, relation }));
}
