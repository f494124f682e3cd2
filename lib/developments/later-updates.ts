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
import { bearing, claimsOf, shareEntity, type Claim, type IsCommon } from './claims';
import { terms } from '../related/terms';
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
const MAX_LOOSE = 12;
/**
 * A name used by more than this share of a coverage's posts ties nothing together there: the
 * country of a war's blog, the police in a riot's. Read from the coverage's own word frequencies,
 * so it holds for any story; a coverage of fewer than MIN_POSTS posts has too few to tell.
 */
const COMMON_SHARE = 0.5;
const MIN_POSTS = 20;
/** How many term-related posts are read for claims, and how related they must be at least. */
export const CANDIDATES = 150;
export const CANDIDATE_SCORE = 0.01;

export interface UpdatesContext {
  posts: readonly IndexedPost[];
  related: RelatedIndex;
  /** Claims per post, computed once. */
  claims: (post: number) => Claim[];
  /** Which words are too common in a coverage to tie two of its posts (computed once per coverage). */
  common: (coverage: string) => IsCommon;
  /** A coverage took new posts: its word frequencies are read again when next needed. */
  changed: (coverage: string) => void;
}

function commonWords(posts: readonly IndexedPost[], coverage: string): IsCommon {
  const df = new Map<string, number>();
  let size = 0;
  for (const p of posts) {
    if (p.coverage !== coverage) continue;
    size++;
    for (const t of new Set(terms([p.title ?? '', ...p.paragraphs].join(' ')))) df.set(t, (df.get(t) ?? 0) + 1);
  }
  if (size < MIN_POSTS) return () => false;
  const limit = size * COMMON_SHARE;
  return (word) => {
    const t = terms(word)[0];
    return t === undefined || (df.get(t) ?? 0) > limit;
  };
}

export function makeUpdatesContext(posts: readonly IndexedPost[], related: RelatedIndex): UpdatesContext {
  const cache = new Map<number, Claim[]>();
  const common = new Map<string, IsCommon>();
  return {
    posts,
    related,
    common: (coverage) => {
      let c = common.get(coverage);
      if (!c) common.set(coverage, (c = commonWords(posts, coverage)));
      return c;
    },
    changed: (coverage) => void common.delete(coverage),
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
  const common = ctx.common(coverage);
  const out: (LaterUpdate & { rank: number })[] = [];
  for (const { post: i } of near) {
    const p = ctx.posts[i];
    if (p.coverage !== coverage || p.position <= position) continue;
    const theirs = ctx.claims(i);
    let best: Relation | null = null;
    let bySubject = false;
    for (const c of assertive) {
      for (const t of theirs) {
        const b = bearing(c, t, common);
        if (!b) continue;
        if (!best || RANK[b.relation] > RANK[best] || (b.relation === best && b.bySubject && !bySubject)) {
          best = b.relation;
          bySubject = b.bySubject;
        }
      }
    }
    // Within a relation, what is said of the post's very subject comes first.
    if (best) out.push({ post: i, relation: best, rank: RANK[best] + 1 + (bySubject ? 0.5 : 0) });
    else if (relatedScore.has(i) && own.some((c) => theirs.some((t) => shareEntity(c, t, common)))) {
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
