/**
 * The related index's postings: for each term, the posts holding it and its weight in each, in
 * post order, as flat typed arrays (one offsets array, one of posts, one of weights) so that the
 * whole index is three buffers to store and a cold worker reads it back at memory speed instead of
 * re-reading every post's text. Posts added since the last merge sit in a small tail per term; a
 * merge folds them in with one pass over the arrays, no text read.
 *
 * For a term held by many posts, its `CHAMPIONS` heaviest postings are kept apart (champion lists,
 * Manning et al., Introduction to Information Retrieval §7.1.3): a ranking over the whole index
 * reads those alone, so its work is bounded whatever the index's size.
 */

/** Postings read per term by a ranking over the whole index. */
export const CHAMPIONS = 256;

/**
 * Weights (a unit vector's components, in (0, 1]) are kept in 16 bits: 6 bytes a posting instead
 * of 8, and a ranking's scores, rounded to 3 decimals, do not change.
 */
export const WEIGHT_SCALE = 0xffff;
export const quantized = (w: number): number => Math.max(1, Math.min(WEIGHT_SCALE, Math.round(w * WEIGHT_SCALE)));

export interface PostingArrays {
  /** Term id → its first posting; `start[t + 1]` ends it. */
  start: Int32Array;
  posts: Int32Array;
  /** Quantised: `quantized(w)`. */
  weights: Uint16Array;
}

export interface Postings {
  /** Every term seen, its id its place here. */
  names: string[];
  ids: Map<string, number>;
  /** Posts holding each term, merged and tail. */
  df: number[];
  merged: PostingArrays;
  /** The heaviest CHAMPIONS postings of each term held by more posts than that (empty for the others). */
  champions: PostingArrays;
  /** Postings of posts added since the last merge, per term id, in post order (weights quantised). */
  tail: Map<number, { posts: number[]; weights: number[] }>;
}

/** The term dictionary: names by id, ids by name, posts holding each. */
export type TermIds = Pick<Postings, 'names' | 'ids' | 'df'>;

export function termId(p: TermIds, term: string): number {
  let id = p.ids.get(term);
  if (id === undefined) {
    id = p.names.length;
    p.names.push(term);
    p.ids.set(term, id);
    p.df.push(0);
  }
  return id;
}

/** Adds a posting (posts must come in ascending order per term). */
export function addPosting(p: Postings, term: number, post: number, weight: number): void {
  p.df[term]++;
  const list = p.tail.get(term);
  if (list) {
    list.posts.push(post);
    list.weights.push(weight);
  } else p.tail.set(term, { posts: [post], weights: [weight] });
}

/** The tail folded into the merged arrays (one counting pass; each term's posts stay in order), champions chosen anew. */
export function mergePostings(p: Postings): void {
  if (p.tail.size === 0 && p.merged.start.length === p.names.length + 1) return;
  p.merged = mergedWithTail(p);
  p.champions = championsOf(p.merged);
  p.tail.clear();
}

/** Postings whose merged arrays are given whole (a build): champions chosen, no tail. */
export function postingsOf(terms: TermIds, merged: PostingArrays): Postings {
  return { ...terms, merged, champions: championsOf(merged), tail: new Map() };
}

function mergedWithTail(p: Postings): PostingArrays {
  const terms = p.names.length;
  const old = p.merged;
  const oldTerms = old.start.length - 1;
  const start = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) {
    const held = t < oldTerms ? old.start[t + 1] - old.start[t] : 0;
    start[t + 1] = start[t] + held + (p.tail.get(t)?.posts.length ?? 0);
  }
  const posts = new Int32Array(start[terms]);
  const weights = new Uint16Array(start[terms]);
  for (let t = 0; t < terms; t++) {
    let at = start[t];
    if (t < oldTerms) {
      posts.set(old.posts.subarray(old.start[t], old.start[t + 1]), at);
      weights.set(old.weights.subarray(old.start[t], old.start[t + 1]), at);
      at += old.start[t + 1] - old.start[t];
    }
    const list = p.tail.get(t);
    if (list) {
      posts.set(list.posts, at);
      weights.set(list.weights, at);
    }
  }
  return { start, posts, weights };
}

function championsOf(m: PostingArrays): PostingArrays {
  const terms = m.start.length - 1;
  const start = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) start[t + 1] = start[t] + (m.start[t + 1] - m.start[t] > CHAMPIONS ? CHAMPIONS : 0);
  const posts = new Int32Array(start[terms]);
  const weights = new Uint16Array(start[terms]);
  for (let t = 0; t < terms; t++) {
    if (start[t + 1] === start[t]) continue;
    const from = m.start[t];
    const order = Array.from({ length: m.start[t + 1] - from }, (_, k) => from + k);
    order.sort((a, b) => m.weights[b] - m.weights[a]);
    for (let k = 0; k < CHAMPIONS; k++) {
      posts[start[t] + k] = m.posts[order[k]];
      weights[start[t] + k] = m.weights[order[k]];
    }
  }
  return { start, posts, weights };
}

/** The postings of `[from, to)` whose posts lie in `run` (postings are in post order). */
export function inRun(posts: ArrayLike<number>, from: number, to: number, run: readonly [number, number]): [number, number] {
  return [lowerBound(posts, from, to, run[0]), lowerBound(posts, from, to, run[1])];
}

/** First posting at or after `from` whose post is ≥ `post` (postings are in post order). */
function lowerBound(posts: ArrayLike<number>, from: number, to: number, post: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (posts[mid] < post) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The merged postings' arrays and the term names, to store (`storedPostings` merges the tail first). */
export interface StoredPostings {
  names: string[];
  df: Int32Array;
  merged: PostingArrays;
  champions: PostingArrays;
}

export function storedPostings(p: Postings): StoredPostings {
  mergePostings(p);
  return { names: [...p.names], df: Int32Array.from(p.df), merged: p.merged, champions: p.champions };
}

/** Whether stored arrays are postings of `terms` terms over posts numbered below `posts`. */
function isArrays(a: unknown, terms: number, posts: number): a is PostingArrays {
  const x = a as PostingArrays | null;
  if (
    !x ||
    !(x.start instanceof Int32Array) ||
    !(x.posts instanceof Int32Array) ||
    !(x.weights instanceof Uint16Array) ||
    x.start.length !== terms + 1 ||
    x.posts.length !== x.weights.length ||
    x.start[0] !== 0 ||
    x.start[terms] !== x.posts.length
  )
    return false;
  for (let t = 0; t < terms; t++) if (x.start[t + 1] < x.start[t]) return false;
  for (let i = 0; i < x.posts.length; i++) if (x.posts[i] < 0 || x.posts[i] >= posts) return false;
  return true;
}

/** Postings read back from a store, or null when the record is damaged or of another shape; `posts` bounds their post numbers. */
export function postingsFromStored(s: unknown, posts: number): Postings | null {
  const x = s as Partial<StoredPostings> | null;
  if (!x || !Array.isArray(x.names) || !(x.df instanceof Int32Array) || x.df.length !== x.names.length) return null;
  const terms = x.names.length;
  if (!isArrays(x.merged, terms, posts) || !isArrays(x.champions, terms, posts)) return null;
  if (!x.names.every((n) => typeof n === 'string')) return null;
  const names = x.names as string[];
  return {
    names,
    ids: new Map(names.map((n, i) => [n, i])),
    df: Array.from(x.df),
    merged: x.merged,
    champions: x.champions,
    tail: new Map(),
  };
}
