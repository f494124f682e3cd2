/**
 * Matching and everything that follows from it, over a set of coverages: one match index, one
 * related-posts index, verdicts and details per post. The worker keeps one per start; the CLI
 * builds one per run.
 */
import { attribute, type AttributablePost } from '../attribution/attribute';
import { postRef } from '../attribution/first-published';
import type { Coverage, CoverageMeta } from '../coverage/types';
import { corrections } from '../corrections/corrections';
import { laterUpdates, makeUpdatesContext, type UpdatesContext } from '../developments/later-updates';
import {
  appendPosts,
  buildMatchIndex,
  mergeTail,
  postOf,
  postsInIndexOrder,
  tailPosts,
  takeText,
  type MatchIndex,
} from '../match/match-index';
import {
  coveragesToRead,
  indexFromSnapshot,
  snapshotOf,
  type CoverageHead,
  type IndexArrays,
  type Revisions,
} from '../match/index-snapshot';
import { matchPost, type PagePostText, type PostMatch } from '../match/match-post';
import {
  appendRelated,
  buildRelatedIndex,
  mergeRelated,
  relatedFromSnapshot,
  relatedSnapshot,
  relatedQuery,
  relatedTo,
  type RelatedIndex,
  type RelatedSnapshot,
} from '../related/related-index';
import { coverageTotals, describeMatch } from './describe-match';
import type { MatchSummary } from '../types/post';
import { copiesOf, coveredPosts, removedBetween, removedPosts, type RemovedPost } from './removed-posts';
import { PostTexts, type PostReader } from './post-texts';
import type { PostDetails } from '../types/post';
import type { MatchStatus } from '../types/post';

export interface Verdict {
  status: MatchStatus;
  match: MatchSummary | null;
  detail: PostMatch;
}

/** Related posts shown: the best five, each at least this related. */
const RELATED_SHOWN = 5;
const RELATED_SCORE = 0.08;
/** How like an indexed post a post the index does not hold must be to share its story's later developments. */
const STORY_SCORE = 0.12;

/** What the live index must do to hold the coverages as stored now. */
export type SyncPlan = { rebuild: true } | { rebuild: false; add: string[] };

export class Analyzer {
  readonly index: MatchIndex;
  /** Whether the index was built here rather than loaded: then its snapshot is worth storing. */
  readonly rebuilt: boolean;
  private readonly metas: Map<string, CoverageMeta>;
  private readonly totals: Map<string, number>;
  private readonly revisions: Record<string, number>;
  private ids: Map<string, number> | null = null;
  /** Posts held per coverage, counted once and kept as posts are appended. */
  private counts: Map<string, number> | null = null;
  private relatedIndex: RelatedIndex | null = null;
  /** The stored related index, read on first use, and how many leading index posts it holds. */
  private storedRelated: { snapshot: unknown; size: number } | null = null;
  /** Whether the related index holds what its stored copy does not. */
  private relatedChanged = false;
  /** Whether the index was built here and no snapshot of it taken yet. */
  private unstored: boolean;
  private updatesContext: UpdatesContext | null = null;
  /** The posts' texts, all held, or read as queries need them (an index loaded with a reader). */
  readonly texts: PostTexts;

  /**
   * A worker's index at a start: from the stored snapshot without reading the posts it holds (their
   * texts are read as they are needed), the posts added since read and appended; or, when the
   * snapshot does not fit the coverages as stored, built from every post.
   */
  static async open(heads: readonly (CoverageHead & { meta: CoverageMeta })[], snapshot: unknown, reader: PostReader): Promise<Analyzer> {
    const revisions = Object.fromEntries(heads.map((h) => [h.id, h.revision]));
    const toRead = coveragesToRead(snapshot, heads);
    const read = new Map((await reader.coverages(toRead ?? heads.map((h) => h.id), revisions)).map((c) => [c.meta.id, c]));
    const coverages = heads.map((h) => read.get(h.id) ?? { meta: h.meta, posts: [] });
    return toRead ? new Analyzer(coverages, snapshot, revisions, reader) : new Analyzer(coverages, undefined, revisions);
  }

  /**
   * Built from the coverages' posts, or taken from a stored snapshot while it fits them, the
   * posts added since (captures, imports) appended to it. With a reader, the coverages need not
   * hold the posts the snapshot holds: they are read when needed (see `open`).
   */
  constructor(coverages: readonly Coverage[], snapshot?: unknown, revisions: Revisions = {}, reader?: PostReader) {
    const all = postsInIndexOrder(coverages);
    const loaded = snapshot === undefined ? null : indexFromSnapshot(all, snapshot, revisions, { unread: !!reader });
    if (loaded) {
      this.index = loaded.index;
      this.storedRelated = { snapshot: (snapshot as { related?: unknown }).related, size: loaded.index.posts.length };
      appendPosts(this.index, groupByCoverage(loaded.added));
    } else this.index = buildMatchIndex(coverages);
    this.rebuilt = !loaded;
    this.unstored = !loaded;
    this.metas = new Map(coverages.map((c) => [c.meta.id, c.meta]));
    this.totals = coverageTotals(this.index);
    this.revisions = Object.fromEntries(coverages.map((c) => [c.meta.id, revisions[c.meta.id] ?? 0]));
    this.texts = new PostTexts(this.index, reader ?? null, this.revisions);
  }

  /** Whether the stored snapshot lags behind this index (built here, or posts appended since). */
  get snapshotStale(): boolean {
    return this.unstored || tailPosts(this.index) > 0 || this.relatedChanged;
  }

  /**
   * What it takes to hold the coverages as stored: a rebuild when a coverage was rewritten or
   * removed (rare: a pack replaced, the shipped text updated), else the coverages to add to.
   */
  plan(stored: readonly { id: string; revision?: number; postCount: number }[]): SyncPlan {
    const now = new Map(stored.map((c) => [c.id, c]));
    for (const [id, revision] of Object.entries(this.revisions)) {
      const c = now.get(id);
      if (!c || (c.revision ?? 0) !== revision) return { rebuild: true };
    }
    const held = this.heldCounts();
    return { rebuild: false, add: stored.filter((c) => !this.metas.has(c.id) || held.get(c.id) !== c.postCount).map((c) => c.id) };
  }

  private heldCounts(): Map<string, number> {
    if (!this.counts) {
      this.counts = new Map();
      for (const p of this.index.posts) this.counts.set(p.coverage, (this.counts.get(p.coverage) ?? 0) + 1);
    }
    return this.counts;
  }

  /**
   * Takes a coverage's new posts (a new coverage, or one that only grew): they are appended, at a
   * cost proportional to them; its older posts take their new places (positions) in place.
   */
  add(coverage: Coverage, revision: number): number {
    const ids = (this.ids ??= new Map(this.index.posts.map((p, i) => [p.id, i])));
    // Counted before the append: the new posts are added to the count once.
    const counts = this.heldCounts();
    const fresh: Coverage['posts'] = [];
    for (const post of coverage.posts) {
      const at = ids.get(post.id);
      if (at === undefined) fresh.push(post);
      else takeText(this.index, at, post);
    }
    const first = this.index.posts.length;
    appendPosts(this.index, [fresh]);
    fresh.forEach((p, k) => ids.set(p.id, first + k));
    counts.set(coverage.meta.id, (counts.get(coverage.meta.id) ?? 0) + fresh.length);
    // A related index not read yet takes the new posts when it is (they follow its own).
    if (this.relatedIndex) {
      appendRelated(this.relatedIndex, fresh, first);
      this.relatedChanged ||= fresh.length > 0;
    }
    this.updatesContext?.changed(coverage.meta.id);
    this.metas.set(coverage.meta.id, coverage.meta);
    this.revisions[coverage.meta.id] = revision;
    // A loop, not Math.max(...): a pack of 10^5 posts would overflow the call's arguments.
    this.totals.set(
      coverage.meta.id,
      coverage.posts.reduce((n, p) => Math.max(n, p.position), 0),
    );
    return fresh.length;
  }

  /** Reads the texts these page posts' verdicts need (none when every text is held): see PostTexts.settle. */
  readForVerdicts(posts: readonly PagePostText[]): Promise<void> {
    return this.texts.settle(() => {
      for (const p of posts) attempt(() => this.verdict(p));
    });
  }

  /**
   * Reads what details need: every text. They read only ~1,500 posts' for a 300-post page at 10^5
   * posts, but scattered over the coverages: read in the store's batches of 500 posts, reading
   * those and settling the details in rounds cost more than one read of everything (measured:
   * docs/performance.md).
   */
  readForDetails(): Promise<void> {
    return this.texts.readAll();
  }

  verdict(post: PagePostText): Verdict {
    const detail = matchPost(this.index, post);
    return { status: detail.status, match: describeMatch(this.index, this.metas, this.totals, detail), detail };
  }

  /**
   * The stored related index, when it is read apart from the match index (after it: verdicts do
   * not wait for it). Taken only by an index loaded from its snapshot, before its first details.
   */
  provideRelated(snapshot: unknown): void {
    if (this.storedRelated && !this.relatedIndex) this.storedRelated.snapshot = snapshot;
  }

  /**
   * Read from the stored snapshot (the posts added since appended) or built, on first use:
   * matching alone (the cold path) does not pay for it.
   */
  private related(): RelatedIndex {
    if (this.relatedIndex) return this.relatedIndex;
    const stored = this.storedRelated && relatedFromSnapshot(this.storedRelated.snapshot, this.storedRelated.size);
    this.storedRelated = null;
    if (stored) {
      appendRelated(stored, this.index.posts.slice(stored.size), stored.size);
      this.relatedChanged = stored.size < this.index.posts.length;
      return (this.relatedIndex = stored);
    }
    // Built from texts not read, it would hold nothing of them, and be stored so.
    if (!this.texts.allRead) throw new Error('the related index is built from every post: read them first');
    this.relatedChanged = true;
    return (this.relatedIndex = buildRelatedIndex(this.index.posts));
  }

  private updates(): UpdatesContext {
    return (this.updatesContext ??= makeUpdatesContext(this.index.posts, this.related()));
  }

  /**
   * Whether details may be given at once: every text is held (else `readForDetails` first), and
   * their related index is held, or stored and read at memory speed (else it is built from every
   * post's text on first use). Until then the worker answers verdicts first (answer-posts.ts).
   */
  get detailsReady(): boolean {
    return this.texts.allRead && (this.relatedIndex !== null || this.storedRelated?.snapshot !== undefined);
  }

  /** Attribution, related posts, later developments and corrections of a matched page post (`readForDetails` first). */
  details(post: AttributablePost, verdict: Verdict): PostDetails {
    // They read across whole coverages (claims, later posts): a text not read would pass for none.
    if (!this.texts.allRead) throw new Error('details asked before the posts were read');
    const m = verdict.detail;
    // The post itself and its copies: every indexed post the page's paragraphs were aligned to.
    const own = new Set(coveredPosts(this.index, m));
    const copies = copiesOf(this.index, m);
    const notOwn = new Set([...own, ...copies]);
    const query = relatedQuery(this.related(), post);
    const near = relatedTo(this.related(), query, notOwn, RELATED_SHOWN, RELATED_SCORE);
    const related = near.map((h) => ({ ...postRef(this.index, h.post), score: h.score }));
    // Later developments are told from the post's place in its coverage; a post the index does not
    // hold takes the place of the indexed post most like it, when that one is surely on its story.
    const anchor =
      m.post !== null
        ? { coverage: this.index.posts[m.post].coverage, position: Math.max(...[...own].map((p) => this.index.posts[p].position)) }
        : near[0] && near[0].score >= STORY_SCORE
          ? { coverage: this.index.posts[near[0].post].coverage, position: this.index.posts[near[0].post].position - 1 }
          : null;
    const updates = anchor
      ? laterUpdates(this.updates(), post, anchor.coverage, anchor.position, notOwn, { claims: this.claimsOfWhole(m), query }).map((u) => ({
          ...postRef(this.index, u.post),
          publishedAt: this.index.posts[u.post].publishedAt,
          relation: u.relation,
          position: this.index.posts[u.post].position,
        }))
      : [];
    return {
      covers: [...own].map((p) => this.index.posts[p].id),
      attribution: attribute(this.index, m, post),
      related,
      updates,
      corrections: corrections(this.index, m, post.paragraphs),
    };
  }

  /** The indexed post's claims when the page post is that post whole, word for word: they are its own. */
  private claimsOfWhole(m: PostMatch) {
    const whole =
      m.status === 'same' &&
      m.post !== null &&
      this.index.postLineCount[m.post] === m.alignment.length &&
      m.alignment.every((a) => a.line !== null && postOf(this.index, a.line) === m.post);
    return whole ? this.updates().claims(m.post!) : undefined;
  }

  /** Indexed posts missing between those a page's posts cover (by post id), their texts read first. */
  async removedBetween(coveredIds: readonly string[]): Promise<RemovedPost[]> {
    const byId = new Map(this.index.posts.map((p, i) => [p.id, i]));
    const removed = removedBetween(
      this.index,
      coveredIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    );
    await this.texts.read(removed);
    return removedPosts(this.index, removed);
  }

  /**
   * The index's arrays, to store (see index-snapshot.ts), with the related index's when it is
   * held or stored (read now, to take the posts appended since): appended posts are merged first.
   */
  snapshot(): IndexArrays & { related?: RelatedSnapshot } {
    mergeTail(this.index);
    const related = this.relatedIndex ?? (this.storedRelated?.snapshot !== undefined ? this.related() : null);
    if (related) mergeRelated(related);
    this.relatedChanged = false;
    this.unstored = false;
    return { ...snapshotOf(this.index, this.revisions), ...(related && { related: relatedSnapshot(related) }) };
  }

  get postCount(): number {
    return this.index.posts.length;
  }
}

/** Runs `f`, its trouble left for the real answer to report (a round of PostTexts.settle). */
function attempt(f: () => unknown): void {
  try {
    f();
  } catch {
    // answer-posts.ts says what went wrong with this post.
  }
}

/** Posts in index order, in runs of one coverage each (a coverage's posts arrive oldest first for appendPosts). */
function groupByCoverage(posts: readonly Coverage['posts'][number][]): Coverage['posts'][] {
  const groups = new Map<string, Coverage['posts']>();
  for (const p of posts) {
    const group = groups.get(p.coverage);
    if (group) group.push(p);
    else groups.set(p.coverage, [p]);
  }
  // postsInIndexOrder gives each coverage newest first; appendPosts takes them oldest first.
  return [...groups.values()].map((g) => g.reverse());
}
