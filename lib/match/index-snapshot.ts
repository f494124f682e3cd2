/**
 * The match index without its posts: only typed arrays, so it is stored as one IndexedDB record
 * (structured clone copies typed arrays at memory speed: matching.md measured a 47 MB record read
 * back in ~100 ms) and a cold worker loads it instead of fingerprinting every post again.
 *
 * It names the posts it was built from, in its order, and each coverage's revision (a count of
 * the coverage's rewrites; appending posts is not one). A later start takes it while every post
 * it names is still there under a coverage of the same revision, and appends the posts added
 * since (a capture, an import): the work is proportional to what was added, not a rebuild.
 */
import type { IndexedPost } from '../coverage/types';
import type { KeyTable } from './key-table';
import type { MatchIndex } from './match-index';

/** Bump when the arrays' meaning changes (hashing, tokenising, layout): older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 2;

/** Coverage id → revision. */
export type Revisions = Readonly<Record<string, number>>;

export type IndexArrays = Omit<MatchIndex, 'posts' | 'tail'> & { format: number; postIds: string[]; revisions: Revisions };

/** The arrays of an index whose appended posts are merged into its tables (mergeTail). */
export function snapshotOf(index: MatchIndex, revisions: Revisions): IndexArrays {
  if (index.tail) throw new Error('merge the index’s tail before taking a snapshot');
  const { posts, tail: _tail, ...arrays } = index;
  return { ...arrays, format: SNAPSHOT_FORMAT, postIds: posts.map((p) => p.id), revisions: { ...revisions } };
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
 * The index from a stored snapshot, with the posts of `posts` it does not hold (`added`, in
 * `posts`' order) for the caller to append; null when the snapshot does not fit (another format,
 * a post gone, a coverage rewritten, damaged arrays): the caller rebuilds.
 */
export function indexFromSnapshot(
  posts: readonly IndexedPost[],
  s: unknown,
  revisions: Revisions,
): { index: MatchIndex; added: IndexedPost[] } | null {
  const a = s as Partial<IndexArrays> | null;
  if (!a || a.format !== SNAPSHOT_FORMAT || !Array.isArray(a.postIds) || !a.revisions || typeof a.revisions !== 'object') return null;
  const { linePost, lineSeq, lineSlot, postFirstLine, postLineCount, postWords, exact, postings, postIds } = a;
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
  const n = postIds.length;
  if (postFirstLine.length !== n || postLineCount.length !== n || postWords.length !== n) return null;
  for (const [id, revision] of Object.entries(a.revisions)) if (revisions[id] !== revision) return null;
  const byId = new Map(posts.map((p) => [p.id, p]));
  const ordered: IndexedPost[] = [];
  for (const id of postIds) {
    const post = typeof id === 'string' ? byId.get(id) : undefined;
    if (!post || !Object.hasOwn(a.revisions, post.coverage)) return null;
    ordered.push(post);
    byId.delete(id);
  }
  return {
    index: { posts: ordered, linePost, lineSeq, lineSlot, postFirstLine, postLineCount, postWords, exact, postings },
    added: posts.filter((p) => byId.has(p.id)),
  };
}
