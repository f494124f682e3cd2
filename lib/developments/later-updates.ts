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
import { postsWithTerm, relatedTo, type PostRun, type RelatedQuery } from '../related/related-index';
import {
  bearing,
  claimKeys,
  claimsOf,
  mayBear,
  possibleEntities,
  sharesEntityWith,
  type Claim,
  type ClaimKeys,
  type IsCommon,
} from './claims';
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
  /** Claims per post, computed once (the most recent CLAIMS_KEPT kept). */
  claims: (post: number) => Claim[];
  /** A post's claims by entity and predicate (claimKeys), kept as its claims are. */
  claimKeys: (post: number) => ClaimKeys;
  /** The keys a post's claims could name (possibleEntities), kept as its claims are. */
  entities: (post: number) => Set<string>;
  /** Which words are too common in a coverage to tie two of its posts (computed once per coverage). */
  common: (coverage: string) => IsCommon;
  /** Where a coverage's posts after `position` lie (all of its runs where the index does not keep them in order). */
  runsAfter: (coverage: string, position: number) => readonly PostRun[];
  /** A coverage took new posts: its runs and word frequencies are read again when next needed. */
  changed: (coverage: string) => void;
}

/** Claims kept per worker: enough for every later post a few pages ask about, not the whole index. */
const CLAIMS_KEPT = 20_000;

/** A coverage's runs of consecutive index posts, and which way positions go along all of them. */
interface CoverageRuns {
  runs: PostRun[];
  /** 1: rising (indexed oldest first), -1: falling (newest first), 0: neither. */
  order: 1 | -1 | 0;
}

const orderOf = (a: number, b: number) => (b > a ? 1 : b < a ? -1 : 0);

/** Each coverage's runs of consecutive index posts, from one pass over the index. */
function coverageRuns(posts: readonly IndexedPost[]): Map<string, CoverageRuns> {
  const runs = new Map<string, CoverageRuns>();
  for (let i = 0; i < posts.length;) {
    const coverage = posts[i].coverage;
    let c = runs.get(coverage);
    if (!c) runs.set(coverage, (c = { runs: [], order: i + 1 < posts.length ? orderOf(posts[i].position, posts[i + 1].position) : 1 }));
    let j = i + 1;
    for (; j < posts.length && posts[j].coverage === coverage; j++)
      if (orderOf(posts[j - 1].position, posts[j].position) !== c.order) c.order = 0;
    c.runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * The parts of a coverage's runs holding posts after `position`: where positions go one way along
 * every run (a coverage indexed in order, its new posts appended), found by binary search; the
 * whole runs otherwise. A page's posts are a blog's newest: ranking only what follows each is a
 * fraction of ranking the whole blog.
 */
function runsAfter(posts: readonly IndexedPost[], c: CoverageRuns | undefined, position: number): readonly PostRun[] {
  if (!c) return [];
  if (c.order === 0) return c.runs;
  const out: PostRun[] = [];
  for (const [from, to] of c.runs) {
    // The first post of the run on the other side of `position`, in the run's own order.
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (posts[mid].position <= position === (c.order === 1)) lo = mid + 1;
      else hi = mid;
    }
    const run: PostRun = c.order === 1 ? [lo, to] : [from, lo];
    if (run[1] > run[0]) out.push(run);
  }
  return out;
}

/** Words held by more than COMMON_SHARE of a coverage's posts, counted from the related index's postings (no text read). */
function commonWords(related: RelatedIndex, runs: readonly PostRun[]): IsCommon {
  const size = runs.reduce((n, [a, b]) => n + b - a, 0);
  if (size < MIN_POSTS) return () => false;
  const limit = size * COMMON_SHARE;
  const known = new Map<string, boolean>();
  return (word) => {
    let c = known.get(word);
    if (c === undefined) {
      const t = terms(word)[0];
      known.set(word, (c = t === undefined || postsWithTerm(related, t, runs) > limit));
    }
    return c;
  };
}

/** A map of at most CLAIMS_KEPT entries, the oldest dropped first: the value computed once per key while it is kept. */
function kept<T>(compute: (post: number) => T): (post: number) => T {
  const cache = new Map<number, T>();
  return (i) => {
    let c = cache.get(i);
    if (c === undefined) {
      if (cache.size >= CLAIMS_KEPT) cache.delete(cache.keys().next().value!);
      cache.set(i, (c = compute(i)));
    }
    return c;
  };
}

export function makeUpdatesContext(posts: readonly IndexedPost[], related: RelatedIndex): UpdatesContext {
  const common = new Map<string, IsCommon>();
  const claims = kept((i) => claimsOf(posts[i].title, posts[i].paragraphs));
  let runs: Map<string, CoverageRuns> | null = null;
  const runsOf = (coverage: string) => (runs ??= coverageRuns(posts)).get(coverage);
  return {
    posts,
    related,
    runsAfter: (coverage, position) => runsAfter(posts, runsOf(coverage), position),
    common: (coverage) => {
      let c = common.get(coverage);
      if (!c) common.set(coverage, (c = commonWords(related, runsOf(coverage)?.runs ?? [])));
      return c;
    },
    changed: (coverage) => {
      common.delete(coverage);
      runs = null;
    },
    claims,
    claimKeys: kept((i) => claimKeys(claims(i))),
    entities: kept((i) => possibleEntities(posts[i].title, posts[i].paragraphs)),
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
  /** What the caller has of the text already: its claims (an indexed post's, word for word the text), its terms. */
  known: { claims?: readonly Claim[]; query?: RelatedQuery } = {},
): LaterUpdate[] {
  const own = known.claims ?? claimsOf(text.title, text.paragraphs);
  const assertive = own.filter((c) => c.predicates.size > 0);
  // Posts sharing no term cannot share an entity: only the coverage's term-related later posts are
  // read for claims, which keeps this independent of the size of the index.
  const later = ctx.runsAfter(coverage, position);
  const near = later.length ? relatedTo(ctx.related, known.query ?? text, exclude, CANDIDATES, CANDIDATE_SCORE, later) : [];
  const relatedScore = new Map(near.filter((h) => h.score >= DEVELOPS_SCORE).map((h) => [h.post, h.score]));
  const common = ctx.common(coverage);
  // Every relation below needs an entity of the text, not common in the coverage, named by the
  // later post too (shared, or the subject both speak of): a post naming none is not read.
  const ties = new Set<string>();
  for (const c of own) for (const e of c.entities) if (!common(c.words.get(e) ?? e)) ties.add(e);
  const out: (LaterUpdate & { rank: number })[] = [];
  for (const { post: i } of near) {
    const p = ctx.posts[i];
    if (p.coverage !== coverage || p.position <= position) continue;
    const named = ctx.entities(i);
    if (![...ties].some((e) => named.has(e))) continue;
    const theirs = ctx.claims(i);
    const keys = ctx.claimKeys(i);
    let best: Relation | null = null;
    let bySubject = false;
    for (const c of assertive) {
      for (const k of mayBear(c, keys)) {
        const b = bearing(c, theirs[k], common);
        if (!b) continue;
        if (!best || RANK[b.relation] > RANK[best] || (b.relation === best && b.bySubject && !bySubject)) {
          best = b.relation;
          bySubject = b.bySubject;
        }
      }
    }
    // Within a relation, what is said of the post's very subject comes first.
    if (best) out.push({ post: i, relation: best, rank: RANK[best] + 1 + (bySubject ? 0.5 : 0) });
    else if (relatedScore.has(i) && own.some((c) => sharesEntityWith(c, keys, common))) {
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
