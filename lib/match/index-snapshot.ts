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
import { isKeyTable } from './key-table';
import { LINE_BLOCK_BITS, type MatchIndex, type UnreadPosts } from './match-index';

/** Bump when the arrays' meaning changes (hashing, tokenising, layout): older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 7;

/** Coverage id → revision. */
export type Revisions = Readonly<Record<string, number>>;

export type IndexArrays = Omit<MatchIndex, 'posts' | 'tail' | 'unread'> & {
  format: number;
  postIds: string[];
  /** Each post's coverage (an index into `coverageIds`) and position: what a post is before its text is read. */
  coverageIds: string[];
  postCoverage: Uint32Array;
  postPosition: Uint32Array;
  revisions: Revisions;
};

/** The arrays of an index whose appended posts are merged into its tables (mergeTail). */
export function snapshotOf(index: MatchIndex, revisions: Revisions): IndexArrays {
  if (index.tail) throw new Error('merge the index’s tail before taking a snapshot');
  const { posts, tail: _tail, unread: _unread, ...arrays } = index;
  const coverageIds = [...new Set(posts.map((p) => p.coverage))];
  const ordinal = new Map(coverageIds.map((id, i) => [id, i]));
  return {
    ...arrays,
    format: SNAPSHOT_FORMAT,
    postIds: posts.map((p) => p.id),
    coverageIds,
    postCoverage: Uint32Array.from(posts, (p) => ordinal.get(p.coverage)!),
    postPosition: Uint32Array.from(posts, (p) => p.position),
    revisions: { ...revisions },
  };
}

/** A stored coverage as its row says, before any of its posts is read. */
export interface CoverageHead {
  id: string;
  revision: number;
  postCount: number;
}

const isU32 = (x: unknown): x is Uint32Array => x instanceof Uint32Array;
/** The snapshot's arrays when they are whole and of this format; null otherwise. */
function wholeArrays(s: unknown): IndexArrays | null {
  const a = s as Partial<IndexArrays> | null;
  if (!a || a.format !== SNAPSHOT_FORMAT || !Array.isArray(a.postIds) || !Array.isArray(a.coverageIds)) return null;
  if (!a.revisions || typeof a.revisions !== 'object') return null;
  const {
    groupStarts,
    blockPost,
    lineSlot,
    postFirstLine,
    postLineCount,
    postWords,
    exact,
    postings,
    postIds,
    postCoverage,
    postPosition,
  } = a;
  if (
    !isU32(groupStarts) ||
    !isU32(blockPost) ||
    !(lineSlot instanceof Uint16Array) ||
    !isU32(postFirstLine) ||
    !(postLineCount instanceof Uint16Array) ||
    !isU32(postWords) ||
    !isU32(postCoverage) ||
    !isU32(postPosition)
  )
    return null;
  if (!isKeyTable(exact) || !isKeyTable(postings)) return null;
  const lines = lineSlot.length;
  if (blockPost.length !== Math.ceil(lines / (1 << LINE_BLOCK_BITS))) return null;
  if (groupStarts.some((g, i) => g > lines || (i > 0 && g < groupStarts[i - 1]))) return null;
  const n = postIds.length;
  if ([postFirstLine, postLineCount, postWords, postCoverage, postPosition].some((x) => x.length !== n)) return null;
  if (blockPost.some((p) => p >= n)) return null;
  if (!a.coverageIds.every((id) => typeof id === 'string' && Object.hasOwn(a.revisions!, id))) return null;
  if (postCoverage.some((c) => c >= a.coverageIds!.length) || !postIds.every((id) => typeof id === 'string')) return null;
  return a as IndexArrays;
}

/**
 * Whether a snapshot fits the coverages as stored, told from their rows alone (no post read): it
 * does while each coverage it holds is there in the same revision with at least the posts it
 * holds of it (a write that keeps the revision only adds posts). Returns the coverages whose
 * posts must be read to append them (grown since, or new), or null: the snapshot does not fit.
 */
export function coveragesToRead(s: unknown, heads: readonly CoverageHead[]): string[] | null {
  const a = wholeArrays(s);
  if (!a) return null;
  const now = new Map(heads.map((h) => [h.id, h]));
  const held = new Uint32Array(a.coverageIds.length);
  for (const c of a.postCoverage) held[c]++;
  for (const [id, revision] of Object.entries(a.revisions)) {
    if (now.get(id)?.revision !== revision) return null;
  }
  const holds = new Map(a.coverageIds.map((id, i) => [id, held[i]]));
  const toRead: string[] = [];
  for (const h of heads) {
    const n = holds.get(h.id) ?? 0;
    if (h.postCount < n) return null;
    if (h.postCount > n) toRead.push(h.id);
  }
  return toRead;
}

const NO_PARAGRAPHS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A post the snapshot names, before its text is read: where it is, and nothing else. Reading
 * anything more of it (its text, title, time, address) notes it in `missed`, whoever reads it: no
 * caller needs to know which posts are read (lib/analysis/post-texts.ts reads them and asks again).
 */
class UnreadPost implements IndexedPost {
  constructor(
    readonly id: string,
    readonly coverage: string,
    readonly position: number,
    private readonly at: number,
    private readonly unread: UnreadPosts,
  ) {}

  private miss(): void {
    this.unread.missed.add(this.at);
  }
  get title(): string | null {
    this.miss();
    return null;
  }
  get paragraphs(): string[] {
    this.miss();
    return NO_PARAGRAPHS;
  }
  get edited(): boolean {
    this.miss();
    return false;
  }
  get embeds(): IndexedPost['embeds'] {
    this.miss();
    return [];
  }
  get url(): string | null {
    this.miss();
    return null;
  }
  get publishedAt(): string | null {
    this.miss();
    return null;
  }
  get publishedOffset(): number | undefined {
    this.miss();
    return undefined;
  }
}

/**
 * The index from a stored snapshot, with the posts of `posts` it does not hold (`added`, in
 * `posts`' order) for the caller to append; null when the snapshot does not fit (another format,
 * a post gone, a coverage rewritten, damaged arrays): the caller rebuilds.
 *
 * With `unread`, a post the snapshot names that `posts` does not give is kept without its text
 * (its coverage checked beforehand with `coveragesToRead`): the index's `unread` marks it, and
 * the caller reads its text when a query needs it.
 */
export function indexFromSnapshot(
  posts: readonly IndexedPost[],
  s: unknown,
  revisions: Revisions,
  { unread = false } = {},
): { index: MatchIndex; added: IndexedPost[] } | null {
  const a = wholeArrays(s);
  if (!a) return null;
  for (const [id, revision] of Object.entries(a.revisions)) if (revisions[id] !== revision) return null;
  const byId = new Map(posts.map((p) => [p.id, p]));
  const ordered: IndexedPost[] = [];
  const state: UnreadPosts = { flags: new Uint8Array(a.postIds.length), count: 0, missed: new Set() };
  a.postIds.forEach((id, i) => {
    const post = byId.get(id);
    if (post) {
      ordered.push(post);
      byId.delete(id);
    } else {
      ordered.push(new UnreadPost(id, a.coverageIds[a.postCoverage[i]], a.postPosition[i], i, state));
      state.flags[i] = 1;
      state.count++;
    }
  });
  if (state.count && !unread) return null;
  if (ordered.some((p, i) => !state.flags[i] && p.coverage !== a.coverageIds[a.postCoverage[i]])) return null;
  const { groupStarts, blockPost, lineSlot, postFirstLine, postLineCount, postWords, exact, postings } = a;
  return {
    index: {
      posts: ordered,
      groupStarts,
      blockPost,
      lineSlot,
      postFirstLine,
      postLineCount,
      postWords,
      exact,
      postings,
      ...(state.count && { unread: state }),
    },
    added: posts.filter((p) => byId.has(p.id)),
  };
}
