/**
 * The in-memory index the worker matches against, kept compact (typed arrays, no copies of the
 * text): every indexed paragraph ("line", titles included) in reading order, an exact table from
 * folded paragraph text to lines, and winnowing postings from fingerprint to posts. Built once per
 * worker start from the stored coverage; a line's text is read from its post when a query needs it.
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import { fnv1a } from '../text/hash';
import { fold, normalize, words } from '../text/normalize';
import { winnow } from './winnow';

/** Sorted keys, each with a run of values: a Map<number, number[]> in three typed arrays. */
export interface Table {
  keys: Uint32Array;
  /** Values of keys[i] are values[starts[i] .. starts[i + 1]). */
  starts: Uint32Array;
  values: Uint32Array;
}

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
  exact: Table;
  postings: Table;
}

const EMPTY = new Uint32Array(0);

export function paragraphKey(text: string): number {
  return fnv1a(fold(text));
}

/** A post's lines as a page shows them: the title, then the body. */
export function postLinesText(post: { title: string | null; paragraphs: readonly string[] }): string[] {
  return [...(post.title ? [post.title] : []), ...post.paragraphs];
}

/** The values of a key in a table (a view, not a copy). */
export function lookup(t: Table, key: number): Uint32Array {
  let lo = 0;
  let hi = t.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = t.keys[mid];
    if (k === key) return t.values.subarray(t.starts[mid], t.starts[mid + 1]);
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return EMPTY;
}

/** Lines holding this exact paragraph (folded). */
export function exactLines(index: MatchIndex, text: string): Uint32Array {
  return lookup(index.exact, paragraphKey(text));
}

export function lineCount(index: MatchIndex): number {
  return index.linePost.length;
}

/** A line's normalised text (case kept), read from its post. */
export function lineText(index: MatchIndex, line: number): string {
  const post = index.posts[index.linePost[line]];
  const slot = index.lineSlot[line];
  return normalize(post.title ? (slot === 0 ? post.title : post.paragraphs[slot - 1]) : post.paragraphs[slot]);
}

/** Line ids of a post, in order. */
export function postLines(index: MatchIndex, post: number): number[] {
  const first = index.postFirstLine[post];
  return Array.from({ length: index.postLineCount[post] }, (_, i) => first + i);
}

function toTable(map: Map<number, number[]>): Table {
  const keys = Uint32Array.from(map.keys()).sort();
  const starts = new Uint32Array(keys.length + 1);
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    starts[i] = n;
    n += map.get(keys[i])!.length;
  }
  starts[keys.length] = n;
  const values = new Uint32Array(n);
  for (let i = 0; i < keys.length; i++) values.set(map.get(keys[i])!, starts[i]);
  return { keys, starts, values };
}

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
      const allWords: string[] = [];
      postLinesText(post).forEach((raw, slot) => {
        const text = normalize(raw);
        if (!text) return;
        const id = linePost.push(p) - 1;
        lineSeq.push(seq++);
        lineSlot.push(slot);
        const key = paragraphKey(text);
        const bucket = exact.get(key);
        if (bucket) bucket.push(id);
        else exact.set(key, [id]);
        for (const w of words(text)) allWords.push(w);
      });
      postLineCount.push(linePost.length - postFirstLine[p]);
      postWords.push(allWords.length);
      for (const fp of winnow(allWords)) {
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
    exact: toTable(exact),
    postings: toTable(postings),
  };
}

/** Bytes the index holds of its own (its typed arrays; the posts are the coverage's). */
export function indexBytes(index: MatchIndex): number {
  const t = (x: Table) => x.keys.byteLength + x.starts.byteLength + x.values.byteLength;
  return index.linePost.byteLength + index.lineSeq.byteLength + index.lineSlot.byteLength + index.postFirstLine.byteLength + index.postLineCount.byteLength + index.postWords.byteLength + t(index.exact) + t(index.postings);
}
