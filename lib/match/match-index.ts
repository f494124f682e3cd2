/**
 * The in-memory index the worker matches against, kept compact (typed arrays, no copies of the
 * text): every indexed paragraph ("line", titles included) in reading order, an exact table from
 * folded paragraph text to lines, and winnowing postings from fingerprint to posts. Built once per
 * worker start from the stored coverage; a line's text is read from its post when a query needs it.
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import { fnv1a } from '../text/hash';
import { normalize } from '../text/normalize';
import { wordHashes } from '../text/word-hashes';
import { signature } from './similarity';
import { concat } from './typed-arrays';
import { keyTable, tableBytes, valuesOf, type KeyTable } from './key-table';
import { winnowHashes } from './winnow';

export interface MatchIndex {
  posts: IndexedPost[];
  /** Per line: its post (index into `posts`), reading order (gaps between coverages), and which of the post's lines it is. */
  linePost: Uint32Array;
  lineSeq: Uint32Array;
  lineSlot: Uint16Array;
  /** Per post: its first line and how many lines it has; its number of words. */
  postFirstLine: Uint32Array;
  postLineCount: Uint16Array;
  postWords: Uint32Array;
  /** Folded paragraph key → lines; fingerprint → posts. */
  exact: KeyTable;
  postings: KeyTable;
}

/** The exact-table key of a text already normalised: the hash of its folded form (docs/contracts.md §0), without a lower-cased copy of ASCII text. */
export function normalizedKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return fnv1a(text.toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** A post's lines as a page shows them: the title, then the body. */
export function postLinesText(post: { title: string | null; paragraphs: readonly string[] }): string[] {
  return [...(post.title ? [post.title] : []), ...post.paragraphs];
}

/**
 * A line held in more places than this is boilerplate ("Follow our live coverage"): it is evidence
 * of nothing, and reading every place would make one post cost as much as the index is large.
 */
export const MAX_PLACES = 64;

/**
 * Lines whose key is this paragraph's key (given normalised), ascending. Only a key: a 32-bit
 * FNV-1a is no proof of equal text (a page can forge a collision in under a second), so callers
 * confirm each line they rely on with `holdsText`.
 */
export function keyLines(index: MatchIndex, normalized: string): Uint32Array {
  return valuesOf(index.exact, normalizedKey(normalized));
}

/**
 * Does this line read exactly this text (normalised, compared case-folded, docs/contracts.md §0)? The
 * text itself is compared, not a second hash: the posts are in memory anyway, only the few lines a
 * key points to are read, and no unkeyed hash of any width resists a page that searches for
 * collisions.
 */
export function holdsText(index: MatchIndex, line: number, normalized: string): boolean {
  const text = lineText(index, line);
  return text === normalized || text.toLowerCase() === normalized.toLowerCase();
}

/** Of the lines a key points to, those that hold the text; none when it is boilerplate (more than MAX_PLACES). */
export function confirmedLines(index: MatchIndex, lines: Uint32Array, normalized: string): number[] {
  if (lines.length > MAX_PLACES) return [];
  return Array.from(lines).filter((line) => holdsText(index, line, normalized));
}

/** Lines holding exactly this paragraph (given normalised), checked against their text. */
export function exactLines(index: MatchIndex, normalized: string): number[] {
  return confirmedLines(index, keyLines(index, normalized), normalized);
}

function rawLine(index: MatchIndex, line: number): string {
  const post = index.posts[index.linePost[line]];
  const slot = index.lineSlot[line];
  return post.title ? (slot === 0 ? post.title : post.paragraphs[slot - 1]) : post.paragraphs[slot];
}

/** A line's normalised text (case kept), read from its post. */
export function lineText(index: MatchIndex, line: number): string {
  return normalize(rawLine(index, line));
}

/** A line's bigram signature (see similarity.ts); word hashes need no normalised copy. */
export function lineSignature(index: MatchIndex, line: number): Uint32Array {
  return signature(rawLine(index, line));
}

/** Line ids of a post, in order. */
export function postLines(index: MatchIndex, post: number): number[] {
  const first = index.postFirstLine[post];
  return Array.from({ length: index.postLineCount[post] }, (_, i) => first + i);
}

/** The posts of the coverages in the index's order: coverage by coverage, each newest first (reading order). */
export function postsInIndexOrder(coverages: readonly Coverage[]): IndexedPost[] {
  return coverages.flatMap((c) => [...c.posts].reverse());
}

/** The last line slot a post may have: `lineSlot` and `postLineCount` are 16-bit. */
export const MAX_SLOT = 0xffff - 1;

export function buildMatchIndex(coverages: readonly Coverage[]): MatchIndex {
  const posts: IndexedPost[] = [];
  const linePost: number[] = [];
  const lineSeq: number[] = [];
  const lineSlot: number[] = [];
  const postFirstLine: number[] = [];
  const postLineCount: number[] = [];
  const postWords: number[] = [];
  const exact = new Map<number, number[]>();
  const postings = new Map<number, number[]>();
  let seq = 0;
  for (const coverage of coverages) {
    // Reading order is newest first; coverages keep posts oldest first.
    for (let i = coverage.posts.length - 1; i >= 0; i--) {
      const post = coverage.posts[i];
      const p = posts.push(post) - 1;
      postFirstLine.push(linePost.length);
      const lineHashes: Uint32Array[] = [];
      postLinesText(post).forEach((raw, slot) => {
        const text = normalize(raw);
        // Slots are 16-bit: imports refuse posts this long (LIMITS), and an index never wraps.
        if (!text || slot > MAX_SLOT) return;
        const id = linePost.push(p) - 1;
        lineSeq.push(seq++);
        lineSlot.push(slot);
        const key = normalizedKey(text);
        const bucket = exact.get(key);
        if (bucket) bucket.push(id);
        else exact.set(key, [id]);
        lineHashes.push(wordHashes(text));
      });
      postLineCount.push(linePost.length - postFirstLine[p]);
      const allWords = concat(lineHashes);
      postWords.push(allWords.length);
      for (const fp of winnowHashes(allWords)) {
        const bucket = postings.get(fp);
        if (bucket) {
          if (bucket[bucket.length - 1] !== p) bucket.push(p);
        } else postings.set(fp, [p]);
      }
    }
    // A gap in `seq` so that no run of lines crosses from one coverage into another.
    seq++;
  }
  return {
    posts,
    linePost: Uint32Array.from(linePost),
    lineSeq: Uint32Array.from(lineSeq),
    lineSlot: Uint16Array.from(lineSlot),
    postFirstLine: Uint32Array.from(postFirstLine),
    postLineCount: Uint16Array.from(postLineCount),
    postWords: Uint32Array.from(postWords),
    exact: keyTable(exact),
    postings: keyTable(postings),
  };
}

/** Bytes the index holds of its own (its typed arrays; the posts are the coverage's). */
export function indexBytes(index: MatchIndex): number {
  return (
    index.linePost.byteLength +
    index.lineSeq.byteLength +
    index.lineSlot.byteLength +
    index.postFirstLine.byteLength +
    index.postLineCount.byteLength +
    index.postWords.byteLength +
    tableBytes(index.exact) +
    tableBytes(index.postings)
  );
}
