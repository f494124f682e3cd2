/**
 * Related posts by TF-IDF cosine over terms (titles count twice), through an inverted index so a
 * query touches only posts that share a term. A hand-written scorer rather than a search library:
 * the index is built once per worker start from the coverage already in memory, ranks whole posts
 * against whole posts, and stays a few hundred lines of typed arrays at 10^5 posts.
 */
import type { IndexedPost } from '../coverage/types';
import { weightedTerms } from './terms';
import { conceptOf } from './data/concepts';

export interface RelatedHit {
  post: number;
  score: number;
}

export interface RelatedIndex {
  idf: Map<string, number>;
  postings: Map<string, { post: number; weight: number }[]>;
  size: number;
}

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

function vector(counts: Map<string, number>, idf: (t: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, n] of counts) {
    const w = (1 + Math.log(n)) * idf(t);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function buildRelatedIndex(posts: readonly IndexedPost[]): RelatedIndex {
  const counts = posts.map((p) => termCounts(p.title, p.paragraphs));
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log((posts.length + 1) / (n + 0.5)));
  const postings = new Map<string, { post: number; weight: number }[]>();
  counts.forEach((c, post) => {
    for (const [t, weight] of vector(c, (x) => idf.get(x) ?? 0)) {
      const list = postings.get(t);
      if (list) list.push({ post, weight });
      else postings.set(t, [{ post, weight }]);
    }
  });
  return { idf, postings, size: posts.length };
}

/**
 * Adds posts (numbered from `firstPost`) to a built index. Their terms are weighted by the
 * index's frequencies as they stand (a term it has never seen weighs as a term of one post): the
 * next full build recomputes them, as appended posts change frequencies only a little.
 */
export function appendRelated(index: RelatedIndex, posts: readonly IndexedPost[], firstPost: number): void {
  const rare = Math.log((index.size + posts.length + 1) / 1.5);
  posts.forEach((p, k) => {
    for (const [t, weight] of vector(termCounts(p.title, p.paragraphs), (x) => index.idf.get(x) ?? rare)) {
      const list = index.postings.get(t);
      if (list) list.push({ post: firstPost + k, weight });
      else index.postings.set(t, [{ post: firstPost + k, weight }]);
    }
  });
  index.size += posts.length;
}

/** Posts most like the given text, best first, skipping `exclude`. */
export function relatedTo(
  index: RelatedIndex,
  text: { title: string | null; paragraphs: readonly string[] },
  exclude: ReadonlySet<number>,
  limit = 5,
  minScore = 0.08,
): RelatedHit[] {
  const maxIdf = Math.log(index.size + 1);
  const q = vector(termCounts(text.title, text.paragraphs), (t) => index.idf.get(t) ?? maxIdf);
  const scores = new Map<number, number>();
  // Terms in more than 3% of a large index add little to a ranking and most of its cost.
  const common = index.size >= 1000 ? Math.log((index.size + 1) / (index.size * 0.03 + 0.5)) : -Infinity;
  for (const [t, w] of q) {
    if ((index.idf.get(t) ?? maxIdf) < common) continue;
    for (const { post, weight } of index.postings.get(t) ?? []) scores.set(post, (scores.get(post) ?? 0) + w * weight);
  }
  const hits: RelatedHit[] = [];
  for (const [post, score] of scores) if (score >= minScore && !exclude.has(post)) hits.push({ post, score });
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit).map((h) => ({ post: h.post, score: Math.round(h.score * 1000) / 1000 }));
}
