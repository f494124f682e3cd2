/**
 * The in-memory index the worker matches against, kept compact (typed arrays, no copies of the
 * text): every indexed paragraph ("line", titles included) in reading order, an exact table from
 * folded paragraph text to lines, and winnowing postings from fingerprint to posts. Built once per
 * worker start from the stored coverage; a line's text is read from its post when a query needs it.
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import { normalize } from '../text/normalize';
import { lineHashes, lineKey } from '../text/word-hashes';
import { signature } from './similarity';
import { concat, concatView } from './typed-arrays';
import { keyTable, mapOfPairs, mergeTables, PairBuffer, tableBytes, tableOfPairs, valuesOf, type KeyTable } from './key-table';
import { indexFingerprints } from './winnow';

export interface MatchIndex {
  posts: IndexedPost[];
  /**
   * Line ids follow reading order within a group (a coverage when built, each coverage's posts
   * when appended); `groupStarts` holds each group's first line, ascending. No run of lines
   * crosses from one group into the next.
   */
  groupStarts: Uint32Array;
  /** The post of every LINE_BLOCK-th line: a line's post is found from there (`postOf`), ~18 MB less than a post per line at 10^6 posts. */
  blockPost: Uint32Array;
  /** Per line: which of its post's lines (title first) it is. */
  lineSlot: Uint16Array;
  /** Per post: its first line and how many lines it has; its number of words. */
  postFirstLine: Uint32Array;
  postLineCount: Uint16Array;
  postWords: Uint32Array;
  /** Folded paragraph key → lines; fingerprint → posts. */
  exact: KeyTable;
  postings: KeyTable;
  /**
   * Posts appended since the tables were built (a capture, an import, a visit): their keys in small
   * maps beside the tables, as a search engine keeps a fresh segment beside its merged ones, until
   * the next full build merges them in. Absent when nothing was appended.
   */
  tail?: Tail;
  /**
   * Posts whose text is not read yet (a cold start reads the snapshot, not the posts): a query
   * that reads one finds no text and notes it in `missed`, for the caller to read and ask again
   * (Analyzer.readTextsFor). Absent once every post is read.
   */
  unread?: UnreadPosts;
}

export interface UnreadPosts {
  /** 1 per post not read. */
  flags: Uint8Array;
  count: number;
  /** Posts a query wanted the text of and did not have. */
  missed: Set<number>;
}

export interface Tail {
  /** The first appended post. */
  firstPost: number;
  exact: Map<number, number[]>;
  postings: Map<number, number[]>;
}

/** The exact-table key of a text: the hash of its folded form (docs/contracts.md §0). */
export function normalizedKey(text: string): number {
  return lineKey(text);
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
  return linesOfKey(index, normalizedKey(normalized));
}

/** Lines whose key is this one, ascending (see `keyLines`). */
export function linesOfKey(index: MatchIndex, key: number): Uint32Array {
  const base = valuesOf(index.exact, key);
  const fresh = index.tail?.exact.get(key);
  // Appended lines have higher ids than the table's: the result stays ascending.
  return fresh ? concat([base, Uint32Array.from(fresh)]) : base;
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

/** log2 of the lines between two entries of `blockPost`. */
export const LINE_BLOCK_BITS = 4;

/** The post a line belongs to (an index into `posts`). */
export function postOf(index: MatchIndex, line: number): number {
  let p = index.blockPost[line >>> LINE_BLOCK_BITS];
  // Posts hold consecutive lines (a post of no lines holds none): walk to the one holding it.
  while (p + 1 < index.postFirstLine.length && index.postFirstLine[p] + index.postLineCount[p] <= line) p++;
  return p;
}

/** The lines of the group a line is in: [first, end). */
export function groupOf(index: MatchIndex, line: number): { first: number; end: number } {
  const starts = index.groupStarts;
  let lo = 0;
  let hi = starts.length - 1;
  // The last start at or before the line.
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= line) lo = mid;
    else hi = mid - 1;
  }
  return { first: starts[lo] ?? 0, end: lo + 1 < starts.length ? starts[lo + 1] : index.lineSlot.length };
}

function rawLine(index: MatchIndex, line: number): string {
  // A post not read yet has no text: reading its title or paragraphs notes it (index-snapshot.ts).
  const post = index.posts[postOf(index, line)];
  const slot = index.lineSlot[line];
  // A post the store lost since the snapshot (forgetUnread) has no text to give.
  return (post.title ? (slot === 0 ? post.title : post.paragraphs[slot - 1]) : post.paragraphs[slot]) ?? '';
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

/** A post's text, read after the index was loaded without it, takes its place (a no-op once read). */
export function takeText(index: MatchIndex, p: number, post: IndexedPost): void {
  const unread = index.unread;
  if (unread?.flags[p]) {
    unread.flags[p] = 0;
    if (--unread.count === 0) index.unread = undefined;
  }
  index.posts[p] = post;
}

/**
 * Gives up on these unread posts (gone from the store since the snapshot): each stays where it is
 * with no text, matching nothing, and is asked for no more.
 */
export function forgetUnread(index: MatchIndex, posts: readonly number[]): void {
  for (const p of posts) {
    const { id, coverage, position } = index.posts[p];
    takeText(index, p, { id, coverage, position, title: null, paragraphs: [], edited: false, embeds: [], url: null, publishedAt: null });
  }
}

/** The posts of the coverages in the index's order: coverage by coverage, each newest first (reading order). */
export function postsInIndexOrder(coverages: readonly Coverage[]): IndexedPost[] {
  return coverages.flatMap((c) => [...c.posts].reverse());
}

/** The last line slot a post may have: `lineSlot` and `postLineCount` are 16-bit. */
export const MAX_SLOT = 0xffff - 1;

/** The index being built or appended to: plain arrays, turned into typed arrays at the end. */
class IndexBuilder {
  readonly posts: IndexedPost[] = [];
  readonly groupStarts: number[] = [];
  readonly blockPost: number[] = [];
  readonly lineSlot: number[] = [];
  readonly postFirstLine: number[] = [];
  readonly postLineCount: number[] = [];
  readonly postWords: number[] = [];
  readonly exact = new PairBuffer();
  readonly postings = new PairBuffer();

  /** `firstPost`, `firstLine`: where the posts added here start in the index they join. */
  constructor(
    private readonly firstPost = 0,
    private readonly firstLine = 0,
  ) {}

  /** Adds a coverage's posts in reading order (newest first), as a group of their own: no run of lines crosses into the next. */
  addInReadingOrder(posts: readonly IndexedPost[]): void {
    this.groupStarts.push(this.firstLine + this.lineSlot.length);
    for (const post of posts) this.add(post);
  }

  private add(post: IndexedPost): void {
    const p = this.firstPost + this.posts.push(post) - 1;
    const firstLine = this.firstLine + this.lineSlot.length;
    this.postFirstLine.push(firstLine);
    const lineWords: Uint32Array[] = [];
    const lineStarts: number[] = [];
    let words = 0;
    postLinesText(post).forEach((raw, slot) => {
      const hashes = lineHashes(raw);
      // Slots are 16-bit: imports refuse posts this long (LIMITS), and an index never wraps.
      if (hashes.empty || slot > MAX_SLOT) return;
      const id = this.firstLine + this.lineSlot.push(slot) - 1;
      if (id % (1 << LINE_BLOCK_BITS) === 0) this.blockPost.push(p);
      this.exact.push(hashes.key, id);
      lineWords.push(hashes.words);
      lineStarts.push(words);
      words += hashes.words.length;
    });
    this.postLineCount.push(this.firstLine + this.lineSlot.length - firstLine);
    const allWords = concatView(lineWords);
    this.postWords.push(allWords.length);
    // Distinct per post: a post is held once per fingerprint.
    for (const fp of indexFingerprints(allWords, lineStarts)) this.postings.push(fp, p);
  }
}

export function buildMatchIndex(coverages: readonly Coverage[]): MatchIndex {
  const b = new IndexBuilder();
  // Reading order is newest first; coverages keep posts oldest first.
  for (const coverage of coverages) b.addInReadingOrder([...coverage.posts].reverse());
  return {
    posts: b.posts,
    groupStarts: Uint32Array.from(b.groupStarts),
    blockPost: Uint32Array.from(b.blockPost),
    lineSlot: Uint16Array.from(b.lineSlot),
    postFirstLine: Uint32Array.from(b.postFirstLine),
    postLineCount: Uint16Array.from(b.postLineCount),
    postWords: Uint32Array.from(b.postWords),
    exact: tableOfPairs(b.exact),
    postings: tableOfPairs(b.postings),
  };
}

const grow16 = (a: Uint16Array, more: readonly number[]) => {
  const out = new Uint16Array(a.length + more.length);
  out.set(a);
  out.set(more, a.length);
  return out;
};

/**
 * Appends posts to the index in place, each group (a coverage's new posts, oldest first as
 * coverages keep them) in reading order. The work is that of fingerprinting the new posts, plus a
 * copy of the per-line arrays (a few MB at 10^5 posts): the tables already built are not touched.
 */
export function appendPosts(index: MatchIndex, groups: readonly (readonly IndexedPost[])[]): void {
  const b = new IndexBuilder(index.posts.length, index.lineSlot.length);
  for (const posts of groups) if (posts.length) b.addInReadingOrder([...posts].reverse());
  if (!b.posts.length) return;
  const firstPost = index.posts.length;
  for (const post of b.posts) index.posts.push(post);
  index.groupStarts = concat([index.groupStarts, Uint32Array.from(b.groupStarts)]);
  index.blockPost = concat([index.blockPost, Uint32Array.from(b.blockPost)]);
  index.lineSlot = grow16(index.lineSlot, b.lineSlot);
  index.postFirstLine = concat([index.postFirstLine, Uint32Array.from(b.postFirstLine)]);
  index.postLineCount = grow16(index.postLineCount, b.postLineCount);
  index.postWords = concat([index.postWords, Uint32Array.from(b.postWords)]);
  const tail = (index.tail ??= { firstPost, exact: new Map(), postings: new Map() });
  mapOfPairs(b.exact, tail.exact);
  mapOfPairs(b.postings, tail.postings);
}

/** Folds the appended posts' keys into the tables (a linear merge): what a stored snapshot holds. */
export function mergeTail(index: MatchIndex): void {
  if (!index.tail) return;
  index.exact = mergeTables(index.exact, keyTable(index.tail.exact));
  index.postings = mergeTables(index.postings, keyTable(index.tail.postings));
  index.tail = undefined;
}

/** How many posts were appended since the last full build. */
export function tailPosts(index: MatchIndex): number {
  return index.tail ? index.posts.length - index.tail.firstPost : 0;
}

/** Bytes the index holds of its own (its typed arrays; the posts are the coverage's). */
export function indexBytes(index: MatchIndex): number {
  return (
    index.groupStarts.byteLength +
    index.blockPost.byteLength +
    index.lineSlot.byteLength +
    index.postFirstLine.byteLength +
    index.postLineCount.byteLength +
    index.postWords.byteLength +
    tableBytes(index.exact) +
    tableBytes(index.postings) +
    // A tail entry: a map slot and a small array, ~40 bytes per value.
    [...(index.tail?.exact.values() ?? []), ...(index.tail?.postings.values() ?? [])].reduce((n, l) => n + 40 + 4 * l.length, 0)
  );
}
