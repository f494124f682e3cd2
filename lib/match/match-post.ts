/**
 * Decides whether a page post is in the index word for word (`same`), edited, or not there
 * (`unindexed`), by the definitions of contracts.md §0. Paragraphs first, then posts: the index's
 * post boundaries are a guess, so a page post may be part of an indexed post or span two.
 *
 * 1. Every paragraph found exactly, at consecutive places in reading order → `same`.
 * 2. Otherwise candidates come from shared winnowing fingerprints and exact paragraph hits; each
 *    page paragraph is aligned to its exact copy or its closest line among the candidates and
 *    their neighbours (bigram Dice ≥ 0.5). Most of the page post's words aligned, or most of an
 *    indexed post's words found in it → `edited`.
 * 3. Anything else → `unindexed`.
 */
import { normalize, words } from '../text/normalize';
import { bigrams, dice, SAME_PARAGRAPH_DICE } from './similarity';
import { exactLines, lineText, lookup, postLines, postLinesText, type MatchIndex } from './match-index';
import { winnow } from './winnow';

export type MatchStatus = 'same' | 'edited' | 'unindexed';

export interface PagePostText {
  title: string | null;
  paragraphs: readonly string[];
}

export interface ParagraphAlignment {
  /** The page paragraph's normalised text. */
  text: string;
  /** Index into `MatchIndex.lines`, or null when the paragraph is not in the index. */
  line: number | null;
  exact: boolean;
  score: number;
}

export interface PostMatch {
  status: MatchStatus;
  /** Index into `MatchIndex.posts` of the indexed post holding most of the text; null when unindexed. */
  post: number | null;
  similarity: number;
  alignment: ParagraphAlignment[];
}

/** Share of the page post's words that must be aligned for `edited`. */
const PAGE_SHARE = 0.5;
/** Share of an indexed post's words found in the page post for `edited` (a post with paragraphs added). */
const INDEXED_SHARE = 0.7;
const MIN_SHARED_WORDS = 8;
const MAX_CANDIDATES = 3;
/** Fingerprints held by more posts than this are boilerplate ("said in a statement on"): no evidence. */
const MAX_POSTING = 100;

export function matchPost(index: MatchIndex, page: PagePostText): PostMatch {
  const paras = postLinesText(page).map(normalize).filter((p) => p.length > 0);
  const paraWords = paras.map(words);
  const unindexed: PostMatch = {
    status: 'unindexed',
    post: null,
    similarity: 0,
    alignment: paras.map((text) => ({ text, line: null, exact: false, score: 0 })),
  };
  if (paras.length === 0) return unindexed;

  const exactHits = paras.map((p) => Array.from(exactLines(index, p)));
  const run = consecutiveRun(index, exactHits);
  if (run) {
    return {
      status: 'same',
      post: dominantPost(index, run, paraWords),
      similarity: 1,
      alignment: paras.map((text, i) => ({ text, line: run[i], exact: true, score: 1 })),
    };
  }

  const candidates = candidatePosts(index, paraWords, exactHits);
  if (candidates.length === 0) return unindexed;
  // Only the best candidate's neighbours can hold the rest of a post that spans two.
  const near = neighbourhoodLines(index, candidates.slice(0, 1)).concat(candidates.slice(1).flatMap((p) => postLines(index, p)));
  const anchorSeq = index.postLineCount[candidates[0]] ? index.lineSeq[index.postFirstLine[candidates[0]]] : 0;

  // Each candidate line's bigrams, computed once for all the page paragraphs.
  const lineBigrams = new Map<number, Set<number>>();
  const bigramsOf = (line: number) => {
    let b = lineBigrams.get(line);
    if (!b) lineBigrams.set(line, (b = bigrams(words(lineText(index, line)))));
    return b;
  };
  const alignment: ParagraphAlignment[] = paras.map((text, i) => {
    if (exactHits[i].length) {
      const line = nearest(index, exactHits[i], anchorSeq);
      return { text, line, exact: true, score: 1 };
    }
    const own = bigrams(paraWords[i]);
    let best: number | null = null;
    let bestScore = 0;
    for (const line of near) {
      const score = dice(own, bigramsOf(line));
      if (score > bestScore) [best, bestScore] = [line, score];
    }
    return bestScore >= SAME_PARAGRAPH_DICE
      ? { text, line: best, exact: false, score: bestScore }
      : { text, line: null, exact: false, score: 0 };
  });

  const post = dominantPost(index, alignment.map((a) => a.line), paraWords);
  if (post === null) return unindexed;
  const totalWords = paraWords.reduce((n, w) => n + w.length, 0);
  const alignedWords = paraWords.reduce((n, w, i) => n + (alignment[i].line === null ? 0 : w.length), 0);
  const inTopPost = paraWords.reduce(
    (n, w, i) => n + (alignment[i].line !== null && index.linePost[alignment[i].line!] === post ? w.length : 0),
    0,
  );
  const pageShare = alignedWords / Math.max(1, totalWords);
  const indexedShare = inTopPost / Math.max(1, index.postWords[post]);
  const strong =
    alignedWords >= Math.min(MIN_SHARED_WORDS, totalWords) &&
    (pageShare >= PAGE_SHARE || indexedShare >= INDEXED_SHARE);
  if (!strong) return unindexed;

  return { status: 'edited', post, similarity: regionSimilarity(index, alignment, paraWords), alignment };
}

/** One exact occurrence per paragraph such that they follow each other in reading order, if any. */
function consecutiveRun(index: MatchIndex, hits: number[][]): number[] | null {
  if (hits.some((h) => h.length === 0)) return null;
  const seqToLine = (seq: number, options: number[]) => options.find((l) => index.lineSeq[l] === seq);
  let found: number[] | null = null;
  // Later lines in reading order are older posts: prefer the oldest run, where the text first appeared.
  for (const start of hits[0]) {
    const run = [start];
    for (let i = 1; i < hits.length; i++) {
      const next = seqToLine(index.lineSeq[start] + i, hits[i]);
      if (next === undefined) break;
      run.push(next);
    }
    if (run.length === hits.length && (!found || earlier(index, run[0], found[0]))) found = run;
  }
  return found;
}

/**
 * Is the post of line a older than that of line b? Across coverages by time (a blog that
 * republished a post later must not be taken for where it first appeared); within one coverage by
 * reading order, where later lines are older posts.
 */
function earlier(index: MatchIndex, a: number, b: number): boolean {
  const pa = index.posts[index.linePost[a]];
  const pb = index.posts[index.linePost[b]];
  if (pa.coverage !== pb.coverage) return !!pa.publishedAt && !!pb.publishedAt && pa.publishedAt < pb.publishedAt;
  return index.lineSeq[a] > index.lineSeq[b];
}

/** The indexed post holding the most aligned words. */
function dominantPost(index: MatchIndex, lines: (number | null)[], paraWords: string[][]): number | null {
  const weight = new Map<number, number>();
  lines.forEach((line, i) => {
    if (line === null) return;
    const post = index.linePost[line];
    weight.set(post, (weight.get(post) ?? 0) + paraWords[i].length + 1);
  });
  let best: number | null = null;
  for (const [post, w] of weight) if (best === null || w > weight.get(best)!) best = post;
  return best;
}

function candidatePosts(index: MatchIndex, paraWords: string[][], exactHits: number[][]): number[] {
  const votes = new Map<number, number>();
  const fps = winnow(paraWords.flat());
  for (const fp of fps) {
    const posts = lookup(index.postings, fp);
    if (posts.length > MAX_POSTING) continue;
    for (const post of posts) votes.set(post, (votes.get(post) ?? 0) + 1);
  }
  exactHits.forEach((hits, i) => {
    for (const line of hits) {
      const post = index.linePost[line];
      votes.set(post, (votes.get(post) ?? 0) + 1 + paraWords[i].length / 4);
    }
  });
  // One shared fingerprint in a long post is chance, not a copy: not worth aligning for.
  const minVotes = fps.length >= 6 ? 2 : 1;
  return [...votes.entries()]
    .filter(([, v]) => v >= minVotes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([post]) => post);
}

/** Lines of the candidate posts and of their neighbours in the same coverage. */
function neighbourhoodLines(index: MatchIndex, posts: number[]): number[] {
  const wanted = new Set<number>();
  for (const p of posts) {
    for (const q of [p - 1, p, p + 1]) {
      if (q >= 0 && q < index.posts.length && index.posts[q].coverage === index.posts[p].coverage) wanted.add(q);
    }
  }
  return [...wanted].flatMap((p) => postLines(index, p));
}

function nearest(index: MatchIndex, lines: number[], seq: number): number {
  return lines.reduce((a, b) => (Math.abs(index.lineSeq[b] - seq) < Math.abs(index.lineSeq[a] - seq) ? b : a));
}

/** Dice over word bigrams between the page post and the indexed lines it spans. */
function regionSimilarity(index: MatchIndex, alignment: ParagraphAlignment[], paraWords: string[][]): number {
  // Line ids follow reading order, so the span is a range of ids.
  const ids = alignment.filter((a) => a.line !== null).map((a) => a.line!);
  const region: string[] = [];
  for (let id = Math.min(...ids); id <= Math.max(...ids); id++) region.push(...words(lineText(index, id)));
  return round(dice(bigrams(paraWords.flat()), bigrams(region)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
