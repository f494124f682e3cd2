/**
 * The in-memory index the worker matches against: every indexed paragraph ("line", titles
 * included) in reading order, an exact map from folded paragraph text to lines, and winnowing
 * postings from fingerprint to posts. Built once per worker start from the stored coverage.
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import { fnv1a } from '../text/hash';
import { fold, normalize, words } from '../text/normalize';
import { winnow } from './winnow';

export interface IndexedLine {
  /** Index into `MatchIndex.posts`. */
  post: number;
  /** Reading order: the page shows line `seq + 1` right after line `seq` (newest post first). */
  seq: number;
  /** Normalised text, case kept. */
  text: string;
  isTitle: boolean;
}

export interface MatchIndex {
  posts: IndexedPost[];
  lines: IndexedLine[];
  /** Line ids of each post, in order. */
  postLines: number[][];
  /** Number of words of each post (title included). */
  postWords: number[];
  exact: Map<number, number[]>;
  postings: Map<number, number[]>;
}

export function paragraphKey(text: string): number {
  return fnv1a(fold(text));
}

/** A post's lines as a page shows them: the title, then the body. */
export function postLinesText(post: { title: string | null; paragraphs: readonly string[] }): string[] {
  return [...(post.title ? [post.title] : []), ...post.paragraphs];
}

export function buildMatchIndex(coverages: readonly Coverage[]): MatchIndex {
  const index: MatchIndex = {
    posts: [],
    lines: [],
    postLines: [],
    postWords: [],
    exact: new Map(),
    postings: new Map(),
  };
  let seq = 0;
  for (const coverage of coverages) {
    // Reading order is newest first; coverages keep posts oldest first.
    for (let i = coverage.posts.length - 1; i >= 0; i--) {
      const post = coverage.posts[i];
      const p = index.posts.push(post) - 1;
      const ids: number[] = [];
      const allWords: string[] = [];
      postLinesText(post).forEach((raw, j) => {
        const text = normalize(raw);
        if (!text) return;
        const id = index.lines.push({ post: p, seq: seq++, text, isTitle: j === 0 && !!post.title }) - 1;
        ids.push(id);
        const key = paragraphKey(text);
        const bucket = index.exact.get(key);
        if (bucket) bucket.push(id);
        else index.exact.set(key, [id]);
        for (const w of words(text)) allWords.push(w);
      });
      index.postLines.push(ids);
      index.postWords.push(allWords.length);
      for (const fp of winnow(allWords)) {
        const bucket = index.postings.get(fp);
        if (bucket) {
          if (bucket[bucket.length - 1] !== p) bucket.push(p);
        } else index.postings.set(fp, [p]);
      }
    }
    // A gap in `seq` so that no run of lines crosses from one coverage into another.
    seq++;
  }
  return index;
}
