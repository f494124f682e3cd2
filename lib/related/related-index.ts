/**
 * Related posts by TF-IDF cosine over terms (titles count twice), through an inverted index so a
 * query touches only posts that share a term. A hand-written scorer rather than a search library:
 * it ranks whole posts against whole posts, is stored beside the match index as three typed
 * arrays (related-postings.ts), and bounds a query's work two ways: over the whole index it reads
 * at most CHAMPIONS postings a term; within one coverage (later developments) only that
 * coverage's postings, found by binary search. Neither grows with the index.
 */
import type { IndexedPost } from '../coverage/types';
import { weightedTerms } from './terms';
import { conceptOf } from './data/concepts';
import {
  addPosting,
  inRun,
  mergePostings,
  postingsFromStored,
  postingsOf,
  quantized,
  storedPostings,
  termId,
  type Postings,
  type StoredPostings,
  type TermIds,
  WEIGHT_SCALE,
} from './related-postings';

export interface RelatedHit {
  post: number;
  score: number;
}

export interface RelatedIndex {
  postings: Postings;
  /** Posts indexed (numbered 0 to size − 1, the match index's order). */
  size: number;
  /**
   * One score per post, zero between rankings (only the posts a ranking touched are reset). 32-bit:
   * a ranking's ~8,000 updates land all over it, and at 10^5 posts half the bytes stay in cache
   * (details 1.13–1.21× faster, the same answers on 1,200 posts; scores are rounded to 3 decimals).
   */
  scratch: Float32Array;
  /** The posts a ranking touched, reused from one ranking to the next. */
  touched: Int32Array;
}

/** Index post numbers `[from, to)`: where one coverage's posts lie. */
export type PostRun = readonly [from: number, to: number];

function termCounts(title: string | null, paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, n: number) => counts.set(t, (counts.get(t) ?? 0) + n);
  // Titles count twice, names twice (weightedTerms): what a post is about, and who.
  const addWithConcept = (t: string, n: number) => {
    add(t, n);
    const c = conceptOf(t);
    if (c) add(c, n);
  };
  if (title) for (const [t, w] of weightedTerms(title)) addWithConcept(t, 2 * w);
  for (const p of paragraphs) for (const [t, w] of weightedTerms(p)) addWithConcept(t, w);
  return counts;
}

const idfOf = (size: number, df: number) => Math.log((size + 1) / (df + 0.5));

/** A post's terms weighed (1 + log tf) · idf, as a unit vector. */
function unitVector(counts: Map<string, number>, idf: (t: string) => number): [string, number][] {
  const v: [string, number][] = [];
  let norm = 0;
  for (const [t, n] of counts) {
    const w = (1 + Math.log(n)) * idf(t);
    if (w <= 0) continue;
    v.push([t, w]);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const e of v) e[1] /= norm;
  return v;
}

export function buildRelatedIndex(posts: readonly IndexedPost[]): RelatedIndex {
  const terms: TermIds = { names: [], ids: new Map(), df: [] };
  const { names, df } = terms;
  // Each post's distinct terms and counts, flat: read once, weighed once the frequencies are known.
  const postStart = [0];
  const termOf: number[] = [];
  const countOf: number[] = [];
  for (const p of posts) {
    for (const [t, n] of termCounts(p.title, p.paragraphs)) {
      const id = termId(terms, t);
      df[id]++;
      termOf.push(id);
      countOf.push(n);
    }
    postStart.push(termOf.length);
  }
  const idf = Float64Array.from(df, (d) => idfOf(posts.length, d));
  const start = new Int32Array(names.length + 1);
  for (let t = 0; t < names.length; t++) start[t + 1] = start[t] + df[t];
  const at = start.slice(0, names.length);
  const postOf = new Int32Array(termOf.length);
  const weights = new Uint16Array(termOf.length);
  const w = new Float64Array(termOf.length);
  for (let p = 0; p < posts.length; p++) {
    let norm = 0;
    for (let k = postStart[p]; k < postStart[p + 1]; k++) {
      w[k] = (1 + Math.log(countOf[k])) * idf[termOf[k]];
      norm += w[k] * w[k];
    }
    norm = Math.sqrt(norm) || 1;
    // Posts are visited in order, so each term's postings come out in post order.
    for (let k = postStart[p]; k < postStart[p + 1]; k++) {
      const slot = at[termOf[k]]++;
      postOf[slot] = p;
      weights[slot] = quantized(w[k] / norm);
    }
  }
  return {
    postings: postingsOf(terms, { start, posts: postOf, weights }),
    size: posts.length,
    scratch: new Float32Array(posts.length),
    touched: new Int32Array(1024),
  };
}

/**
 * Adds posts (numbered from `firstPost`, which must be the index's size) to a built index. Their
 * terms are weighed by the frequencies as they stand, each post counting itself; older posts keep
 * their weights until the next full build, as appended posts change frequencies only a little.
 */
export function appendRelated(index: RelatedIndex, posts: readonly IndexedPost[], firstPost: number): void {
  if (firstPost !== index.size) throw new Error(`related posts appended at ${firstPost}, the index holds ${index.size}`);
  const p = index.postings;
  posts.forEach((post, k) => {
    const size = index.size + 1;
    const vector = unitVector(termCounts(post.title, post.paragraphs), (t) => idfOf(size, (p.df[p.ids.get(t) ?? -1] ?? 0) + 1));
    for (const [t, weight] of vector) addPosting(p, termId(p, t), firstPost + k, quantized(weight));
    index.size = size;
  });
  if (index.scratch.length < index.size) index.scratch = new Float32Array(Math.max(index.size, index.scratch.length * 2));
}

/** Folds appended posts into the stored arrays (before a snapshot). */
export function mergeRelated(index: RelatedIndex): void {
  mergePostings(index.postings);
}

export interface RelatedSnapshot {
  size: number;
  postings: StoredPostings;
}

export function relatedSnapshot(index: RelatedIndex): RelatedSnapshot {
  return { size: index.size, postings: storedPostings(index.postings) };
}

/** The index from a snapshot of `size` posts, or null when it is damaged or of other posts. */
export function relatedFromSnapshot(s: unknown, size: number): RelatedIndex | null {
  const x = s as Partial<RelatedSnapshot> | null;
  if (!x || x.size !== size) return null;
  const postings = postingsFromStored(x.postings, size);
  return postings && { postings, size, scratch: new Float32Array(size), touched: new Int32Array(1024) };
}

/** The posts of `within` holding a term (how common a word is in one coverage). */
export function postsWithTerm(index: RelatedIndex, term: string, within: readonly PostRun[]): number {
  const p = index.postings;
  const id = p.ids.get(term);
  if (id === undefined) return 0;
  let n = 0;
  const from = p.merged.start[id] ?? 0;
  const to = p.merged.start[id + 1] ?? 0;
  const tail = p.tail.get(id)?.posts;
  for (const run of within) {
    const [lo, hi] = inRun(p.merged.posts, from, to, run);
    n += hi - lo;
    if (tail) {
      const [tlo, thi] = inRun(tail, 0, tail.length, run);
      n += thi - tlo;
    }
  }
  return n;
}

/** Higher score first, then the earlier post. */
const better = (score: number, post: number, than: RelatedHit) => score > than.score || (score === than.score && post < than.post);

/** A text's terms as ids of the index and their weights: what a ranking reads, computed once per text. */
export type RelatedQuery = readonly (readonly [term: number, weight: number])[];

export function relatedQuery(index: RelatedIndex, text: { title: string | null; paragraphs: readonly string[] }): RelatedQuery {
  const p = index.postings;
  const maxIdf = Math.log(index.size + 1);
  const idf = (t: string) => {
    const id = p.ids.get(t);
    return id === undefined ? maxIdf : idfOf(index.size, p.df[id]);
  };
  // Terms in more than 3% of a large index add little to a ranking and most of its cost.
  const common = index.size >= 1000 ? idfOf(index.size, index.size * 0.03) : -Infinity;
  const out: [number, number][] = [];
  for (const [t, w] of unitVector(termCounts(text.title, text.paragraphs), idf)) {
    const id = p.ids.get(t);
    if (id !== undefined && idfOf(index.size, p.df[id]) >= common) out.push([id, w]);
  }
  return out;
}

/**
 * Posts most like the given text, best first, skipping `exclude`; `within`, when given, ranks
 * only the posts of those runs (one coverage), reading all their postings.
 */
export function relatedTo(
  index: RelatedIndex,
  text: { title: string | null; paragraphs: readonly string[] } | RelatedQuery,
  exclude: ReadonlySet<number>,
  limit = 5,
  minScore = 0.08,
  within?: readonly PostRun[],
): RelatedHit[] {
  const p = index.postings;
  const query = Array.isArray(text)
    ? (text as RelatedQuery)
    : relatedQuery(index, text as { title: string | null; paragraphs: readonly string[] });
  const scores = index.scratch;
  let touched = index.touched;
  let count = 0;
  const add = (posts: ArrayLike<number>, weights: ArrayLike<number>, from: number, to: number, w: number) => {
    if (count + to - from > touched.length) {
      const grown = new Int32Array(Math.max(touched.length * 2, count + to - from));
      grown.set(touched.subarray(0, count));
      index.touched = touched = grown;
    }
    for (let k = from; k < to; k++) {
      const post = posts[k];
      if (scores[post] === 0) touched[count++] = post;
      scores[post] += w * weights[k];
    }
  };
  for (const [id, weight] of query) {
    // Stored weights are quantised: the query's weight takes their scale off.
    const w = weight / WEIGHT_SCALE;
    const tail = p.tail.get(id);
    const from = p.merged.start[id] ?? 0;
    const to = p.merged.start[id + 1] ?? 0;
    if (within) {
      for (const run of within) {
        add(p.merged.posts, p.merged.weights, ...inRun(p.merged.posts, from, to, run), w);
        if (tail) add(tail.posts, tail.weights, ...inRun(tail.posts, 0, tail.posts.length, run), w);
      }
      continue;
    }
    const c = p.champions;
    if (id < c.start.length - 1 && c.start[id + 1] > c.start[id]) add(c.posts, c.weights, c.start[id], c.start[id + 1], w);
    else add(p.merged.posts, p.merged.weights, from, to, w);
    if (tail) add(tail.posts, tail.weights, 0, tail.posts.length, w);
  }
  // The best `limit` kept as they come (a sort of every touched post cost more than the ranking).
  const hits: RelatedHit[] = [];
  for (let t = 0; t < count; t++) {
    const post = touched[t];
    const score = scores[post];
    scores[post] = 0;
    if (score < minScore || exclude.has(post)) continue;
    if (hits.length === limit && !better(score, post, hits[limit - 1])) continue;
    let at = hits.length === limit ? limit - 1 : hits.length;
    while (at > 0 && better(score, post, hits[at - 1])) {
      hits[at] = hits[at - 1];
      at--;
    }
    hits[at] = { post, score };
  }
  return hits.map((h) => ({ post: h.post, score: Math.round(h.score * 1000) / 1000 }));
}
