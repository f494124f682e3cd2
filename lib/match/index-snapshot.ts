/**
 * The match index without its posts: only typed arrays, so it is stored as one IndexedDB record
 * (structured clone copies typed arrays at memory speed: matching.md measured a 47 MB record read
 * back in ~100 ms) and a cold worker loads it instead of fingerprinting every post again.
 */
import type { IndexedPost } from '../coverage/types';
import type { KeyTable } from './key-table';
import type { MatchIndex } from './match-index';

/** Bump when the arrays' meaning changes (hashing, tokenising, layout): older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 1;

export type IndexArrays = Omit<MatchIndex, 'posts'> & { format: number };

export function snapshotOf(index: MatchIndex): IndexArrays {
  const { posts: _posts, ...arrays } = index;
  return { ...arrays, format: SNAPSHOT_FORMAT };
}

const isU32 = (x: unknown): x is Uint32Array => x instanceof Uint32Array;
const isTable = (t: unknown): t is KeyTable => {
  const k = t as KeyTable | null;
  return (
    !!k &&
    isU32(k.keys) &&
    isU32(k.values) &&
    isU32(k.dir) &&
    k.keys.length === k.values.length &&
    Number.isInteger(k.shift) &&
    k.dir.length === 2 ** (32 - k.shift) + 1
  );
};

/**
 * The index for these posts from a stored snapshot, or null when the snapshot does not fit them
 * (another format, another number of posts or lines, damaged arrays): the caller rebuilds.
 */
export function indexFromSnapshot(posts: IndexedPost[], s: unknown): MatchIndex | null {
  const a = s as Partial<IndexArrays> | null;
  if (!a || a.format !== SNAPSHOT_FORMAT) return null;
  const { linePost, lineSeq, lineSlot, postFirstLine, postLineCount, postWords, exact, postings } = a;
  if (
    !isU32(linePost) ||
    !isU32(lineSeq) ||
    !(lineSlot instanceof Uint16Array) ||
    !isU32(postFirstLine) ||
    !(postLineCount instanceof Uint16Array) ||
    !isU32(postWords)
  )
    return null;
  if (!isTable(exact) || !isTable(postings)) return null;
  const lines = linePost.length;
  if (lineSeq.length !== lines || lineSlot.length !== lines) return null;
  if (postFirstLine.length !== posts.length || postLineCount.length !== posts.length || postWords.length !== posts.length) return null;
  return { posts, linePost, lineSeq, lineSlot, postFirstLine, postLineCount, postWords, exact, postings };
}
