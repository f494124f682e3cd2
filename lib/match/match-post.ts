/**
 * Decides whether a page post is in the index word for word (`same`), edited, or not there
 * (`unindexed`), by the definitions of docs/contracts.md §0. Paragraphs first, then posts: the index's
 * post boundaries are a guess, so a page post may be part of an indexed post or span two.
 *
 * 1. Every paragraph found exactly, at consecutive places in reading order → `same`.
 * 2. Otherwise candidates come from shared winnowing fingerprints and exact paragraph hits; each
 *    page paragraph is aligned to its exact copy or its closest line among the candidates and
 *    their neighbours (bigram Dice ≥ 0.5). Most of the page post's words aligned, or most of an
 *    indexed post's words found in it → `edited`.
 * 3. Anything else → `unindexed`.
 */
import { normalize } from '../text/normalize';
import { lineHashes } from '../text/word-hashes';
import {
  CONTAINED_MIN_WORDS,
  CONTAINED_PAGE_SHARE,
  CONTAINED_PARAGRAPH,
  containment,
  dice,
  SAME_PARAGRAPH_DICE,
  signatureOf,
  union,
} from './similarity';
import {
  confirmedLines,
  groupOf,
  holdsText,
  linesOfKey,
  lineSignature,
  MAX_PLACES,
  postLines,
  postLinesText,
  postOf,
  type MatchIndex,
} from './match-index';
import { concatView } from './typed-arrays';
import { firstEntry, runEnd, valueAt } from './key-table';
import { sharedExpected, winnowHashes } from './winnow';
import type { MatchStatus } from '../types/post';

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
/** Votes a candidate needs, as a share of the fingerprints of the shorter of the two texts. */
const MIN_SHARE_OF_FINGERPRINTS = 0.08;

export function matchPost(index: MatchIndex, page: PagePostText): PostMatch {
  // One pass over each paragraph gives its key and word hashes; its normalised text is kept for
  // the text checks and the alignment the caller diffs.
  const lines = postLinesText(page)
    .map((raw, slot) => ({ raw, slot, hashes: lineHashes(raw) }))
    .filter((l) => !l.hashes.empty);
  const paras = lines.map((l) => normalize(l.raw));
  const paraHashes = lines.map((l) => l.hashes.words);
  const paraWords = paraHashes.map((h) => h.length);
  // Made only when it is the answer: most posts are found, and at 10^6 posts every allocation
  // brings the next (costly) scavenge nearer.
  const unindexed = (): PostMatch => ({
    status: 'unindexed',
    post: null,
    similarity: 0,
    alignment: paras.map((text) => ({ text, line: null, exact: false, score: 0 })),
  });
  if (paras.length === 0) return unindexed();

  const keyHits = lines.map((l) => linesOfKey(index, l.hashes.key));
  const run = consecutiveRun(index, paras, keyHits);
  if (run) {
    return {
      status: 'same',
      post: dominantPost(index, run, paraWords),
      similarity: 1,
      alignment: paras.map((text, i) => ({ text, line: run[i], exact: true, score: 1 })),
    };
  }

  const exactHits = paras.map((p, i) => confirmedLines(index, keyHits[i], p));
  const { posts: candidates, close } = candidatePosts(index, paraHashes, exactHits);
  if (candidates.length === 0) return unindexed();
  const signatures = new Signatures(index, paraHashes);
  if (close > 1) closestFirst(index, candidates, close, signatures);
  const anchorLine = index.postFirstLine[candidates[0]];
  const alignment: (ParagraphAlignment | null)[] = paras.map((text, i) =>
    exactHits[i].length ? { text, line: nearest(exactHits[i], anchorLine), exact: true, score: 1 } : null,
  );
  // Most edited posts align within their best candidate: its neighbours (the rest of a post that
  // spans two) and the other candidates are read only for the paragraphs still unaligned.
  const tiers = [
    () => postLines(index, candidates[0]),
    () => neighbourLines(index, candidates[0]).concat(candidates.slice(1).flatMap((p) => postLines(index, p))),
  ];
  for (const [t, tier] of tiers.entries()) {
    const open = alignment.flatMap((a, i) => (a ? [] : [i]));
    if (open.length === 0) break;
    const tierLines = tier();
    for (const i of open) {
      let best = -1;
      let bestScore = 0;
      for (const line of tierLines) {
        const score = dice(signatures.para(i), signatures.line(line));
        if (score > bestScore) [best, bestScore] = [line, score];
      }
      if (bestScore >= SAME_PARAGRAPH_DICE) alignment[i] = { text: paras[i], line: best, exact: false, score: bestScore };
      // The page's title (its first line, when it has one) is not a paragraph to hold another.
      else if (t === 0 && !(page.title && lines[i].slot === 0)) {
        const inside = containedLine(index, signatures, i, tierLines, alignment);
        if (inside !== null)
          alignment[i] = { text: paras[i], line: inside, exact: false, score: dice(signatures.para(i), signatures.line(inside)) };
      }
    }
  }
  const found = alignment.map((a, i) => a ?? { text: paras[i], line: null, exact: false, score: 0 });

  const post = dominantPost(
    index,
    found.map((a) => a.line),
    paraWords,
  );
  if (post === null) return unindexed();
  // A copy spans its post and at most its neighbours (docs/contracts.md §0). A paragraph found in a
  // distant post (a summary quoting the first and the latest posts) is where that paragraph came
  // from (attribution's origins), not part of this copy: aligning it would stretch the copy, and
  // its corrections, over every post in between.
  const aligned = found.map((a) =>
    a.line === null || isNear(index, postOf(index, a.line), post) ? a : { ...a, line: null, exact: false, score: 0 },
  );
  const totalWords = paraWords.reduce((n, w) => n + w, 0);
  const alignedWords = paraWords.reduce((n, w, i) => n + (aligned[i].line === null ? 0 : w), 0);
  const inTopPost = paraWords.reduce((n, w, i) => n + (aligned[i].line !== null && postOf(index, aligned[i].line!) === post ? w : 0), 0);
  const pageShare = alignedWords / Math.max(1, totalWords);
  const indexedShare = inTopPost / Math.max(1, index.postWords[post]);
  const strong = alignedWords >= Math.min(MIN_SHARED_WORDS, totalWords) && (pageShare >= PAGE_SHARE || indexedShare >= INDEXED_SHARE);
  if (!strong) return unindexed();
  // A paragraph held whole in a longer one counts for the words it shares: a short post inside a
  // long new one (a summary quoting it) is not that post edited.
  const heldWhole = (a: ParagraphAlignment) => a.line !== null && !a.exact && a.score < SAME_PARAGRAPH_DICE;
  if (aligned.some(heldWhole)) {
    const shared = paraWords.reduce((n, w, i) => {
      const a = aligned[i];
      if (a.line === null) return n;
      return n + (heldWhole(a) ? Math.min(w, signatures.line(a.line).length + 1) : w);
    }, 0);
    if (shared / Math.max(1, totalWords) < CONTAINED_PAGE_SHARE) return unindexed();
  }

  return { status: 'edited', post, similarity: regionSimilarity(index, aligned, signatures), alignment: aligned };
}

/**
 * A paragraph of the best candidate, not aligned yet, that the page's paragraph holds whole
 * (CONTAINED_PARAGRAPH). Titles are left out: a headline's words recur in the prose of other posts.
 */
function containedLine(
  index: MatchIndex,
  signatures: Signatures,
  para: number,
  lines: readonly number[],
  alignment: readonly (ParagraphAlignment | null)[],
): number | null {
  for (const line of lines) {
    const sig = signatures.line(line);
    if (sig.length + 1 < CONTAINED_MIN_WORDS || alignment.some((a) => a?.line === line)) continue;
    if (index.lineSlot[line] === 0 && index.posts[postOf(index, line)].title) continue;
    if (containment(signatures.para(para), sig) >= CONTAINED_PARAGRAPH) return line;
  }
  return null;
}

/** Bigram signatures of the page's paragraphs and the index lines a query reads, each made once. */
class Signatures {
  private readonly paras: (Uint32Array | undefined)[] = [];
  private readonly lines = new Map<number, Uint32Array>();

  constructor(
    private readonly index: MatchIndex,
    private readonly paraHashes: Uint32Array[],
  ) {}

  para(i: number): Uint32Array {
    return (this.paras[i] ??= signatureOf(this.paraHashes[i]));
  }

  line(line: number): Uint32Array {
    let s = this.lines.get(line);
    if (!s) this.lines.set(line, (s = lineSignature(this.index, line)));
    return s;
  }

  allParas(): Uint32Array[] {
    return this.paraHashes.map((_, i) => this.para(i));
  }
}

/** Is post q the post p or one of its neighbours in reading order, in the same coverage? */
function isNear(index: MatchIndex, q: number, p: number): boolean {
  return Math.abs(q - p) <= 1 && index.posts[q].coverage === index.posts[p].coverage;
}

/** Lines checked per post while looking for a run: far more than an honest post needs, and a bound on a hostile one. */
const RUN_CHECKS = 4096;

/**
 * One occurrence per paragraph, each holding the paragraph's text, such that they follow each
 * other in reading order, if any. Runs are tried only from the places of the rarest paragraph
 * (at most MAX_PLACES of them), and each other paragraph is looked up at the one place the run
 * needs it: linear in the post, whatever a boilerplate line's count in the index.
 */
function consecutiveRun(index: MatchIndex, paras: readonly string[], hits: readonly Uint32Array[]): number[] | null {
  if (hits.some((h) => h.length === 0)) return null;
  let anchor = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i].length < hits[anchor].length) anchor = i;
  let budget = RUN_CHECKS;
  let found: number[] | null = null;
  // Later lines in reading order are older posts: prefer the oldest run, where the text first appeared.
  for (const start of hits[anchor].subarray(0, MAX_PLACES)) {
    const first = start - anchor;
    const group = groupOf(index, start);
    if (first < group.first || first + paras.length > group.end) continue;
    const run: number[] = [];
    for (let i = 0; i < paras.length && budget > 0; i++, budget--) {
      const line = i === anchor ? start : holding(hits[i], first + i);
      if (line < 0 || !holdsText(index, line, paras[i])) break;
      run.push(line);
    }
    if (run.length === paras.length && (!found || earlier(index, run[0], found[0]))) found = run;
    if (budget <= 0) break;
  }
  return found;
}

/** `line` if `lines` (ascending) holds it, or -1. */
function holding(lines: Uint32Array, line: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid] === line) return line;
    if (lines[mid] < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Is the post of line a older than that of line b? Across coverages by time (a blog that
 * republished a post later must not be taken for where it first appeared); within one coverage by
 * reading order, where later lines are older posts.
 */
function earlier(index: MatchIndex, a: number, b: number): boolean {
  const pa = index.posts[postOf(index, a)];
  const pb = index.posts[postOf(index, b)];
  if (pa.coverage !== pb.coverage) return !!pa.publishedAt && !!pb.publishedAt && pa.publishedAt < pb.publishedAt;
  return a > b;
}

/** The indexed post holding the most aligned words. */
function dominantPost(index: MatchIndex, lines: (number | null)[], paraWords: number[]): number | null {
  const weight = new Map<number, number>();
  lines.forEach((line, i) => {
    if (line === null) return;
    const post = postOf(index, line);
    weight.set(post, (weight.get(post) ?? 0) + paraWords[i] + 1);
  });
  let best: number | null = null;
  for (const [post, w] of weight) if (best === null || w > weight.get(best)!) best = post;
  return best;
}

/**
 * Puts first, of the first `close` candidates (votes too near to tell them apart), the one that
 * holds most of the page post's word pairs: a blog that posted the same text twice, with a word
 * or two changed, gives two candidates whose votes differ by chance. (Held, not alike: a page post
 * cut short is as like a shorter copy as the longer one it was cut from.)
 */
function closestFirst(index: MatchIndex, candidates: number[], close: number, signatures: Signatures): void {
  const page = union(signatures.allParas());
  const score = (p: number) => containment(union(postLines(index, p).map((line) => signatures.line(line))), page);
  const scored = candidates.slice(0, close).map((p) => ({ p, s: score(p) }));
  // Stable: on a tie, the order of the votes.
  scored.sort((a, b) => b.s - a.s);
  scored.forEach(({ p }, i) => (candidates[i] = p));
}

/** Votes within this share of the best's are too near to rank a candidate by. */
const CLOSE_VOTES = 0.8;

/** Per index, one vote counter per post, reset after each query: a Map per query cost more than the rest of it. */
const voteBoards = new WeakMap<MatchIndex, Float32Array>();

/** The best few posts by votes, and how many of them are close to the best (CLOSE_VOTES). */
function candidatePosts(index: MatchIndex, paraHashes: Uint32Array[], exactHits: number[][]): { posts: number[]; close: number } {
  let votes = voteBoards.get(index);
  // An index that took appended posts needs a larger board.
  if (!votes || votes.length < index.postWords.length) voteBoards.set(index, (votes = new Float32Array(index.postWords.length)));
  const touched: number[] = [];
  const vote = (post: number, v: number) => {
    if (votes[post] === 0) touched.push(post);
    votes[post] += v;
  };
  const fps = winnowHashes(concatView(paraHashes));
  const table = index.postings;
  const tail = index.tail?.postings;
  for (let f = 0; f < fps.length; f++) {
    const fresh = tail?.get(fps[f]);
    const first = firstEntry(table, fps[f]);
    const end = first < 0 ? first : runEnd(table, fps[f], first, MAX_POSTING);
    if (end - first + (fresh?.length ?? 0) > MAX_POSTING) continue;
    for (let k = first; k < end; k++) vote(valueAt(table, k), 1);
    if (fresh) for (const post of fresh) vote(post, 1);
  }
  exactHits.forEach((hits, i) => {
    for (const line of hits) vote(postOf(index, line), 1 + paraHashes[i].length / 4);
  });
  // One shared fingerprint in a long post is chance, not a copy: not worth aligning for; nor are a
  // few in two long posts (measured on unrelated posts: 2 of 40–60). A copy, however cut or
  // extended, shares a good part of the shorter text's fingerprints (winnowing keeps about
  // 2/(W+1) of the k-grams).
  const minVotes = fps.length >= 6 ? 2 : 1;
  let queryWords = 0;
  for (const h of paraHashes) queryWords += h.length;
  const best: number[] = [];
  for (const post of touched) {
    const v = votes[post];
    const shared = sharedExpected(queryWords, index.postWords[post], index.postLineCount[post]);
    if (v < minVotes || v < MIN_SHARE_OF_FINGERPRINTS * shared) continue;
    let at = best.length;
    while (at > 0 && votes[best[at - 1]] < v) at--;
    if (at < MAX_CANDIDATES) {
      best.splice(at, 0, post);
      if (best.length > MAX_CANDIDATES) best.pop();
    }
  }
  let close = 0;
  while (close < best.length && votes[best[close]] >= CLOSE_VOTES * votes[best[0]]) close++;
  for (const post of touched) votes[post] = 0;
  return { posts: best, close };
}

/** Lines of a post's neighbours in reading order, in the same coverage. */
function neighbourLines(index: MatchIndex, p: number): number[] {
  return [p - 1, p + 1]
    .filter((q) => q >= 0 && q < index.posts.length && index.posts[q].coverage === index.posts[p].coverage)
    .flatMap((q) => postLines(index, q));
}

function nearest(lines: readonly number[], to: number): number {
  return lines.reduce((a, b) => (Math.abs(b - to) < Math.abs(a - to) ? b : a));
}

/** Dice over word bigrams between the page post and the indexed lines it spans. */
function regionSimilarity(index: MatchIndex, alignment: ParagraphAlignment[], signatures: Signatures): number {
  // Line ids follow reading order, so the span is a range of ids.
  const ids = alignment.filter((a) => a.line !== null).map((a) => a.line!);
  const region: Uint32Array[] = [];
  for (let id = Math.min(...ids); id <= Math.max(...ids); id++) region.push(signatures.line(id));
  return round(dice(union(signatures.allParas()), union(region)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
