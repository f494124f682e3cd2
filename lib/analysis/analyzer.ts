/**
 * Matching and everything that follows from it, over a set of coverages: one match index, one
 * related-posts index, verdicts and details per post. The worker keeps one per start; the CLI
 * builds one per run.
 */
import { attribute, type AttributablePost } from '../attribution/attribute';
import { postRef } from '../attribution/first-published';
import type { Coverage, CoverageMeta } from '../coverage/types';
import { corrections } from '../corrections/corrections';
import { CANDIDATES, CANDIDATE_SCORE, laterUpdates, makeUpdatesContext, type UpdatesContext } from '../developments/later-updates';
import { buildMatchIndex, postsInIndexOrder, type MatchIndex } from '../match/match-index';
import { indexFromSnapshot, snapshotOf, type IndexArrays } from '../match/index-snapshot';
import { matchPost, type PagePostText, type PostMatch } from '../match/match-post';
import { buildRelatedIndex, relatedTo, type RelatedIndex } from '../related/related-index';
import { coverageTotals, describeMatch } from './describe-match';
import type { MatchSummary } from '../types/post';
import { copiesOf, coveredPosts, removedPosts, type RemovedPost } from './removed-posts';
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

export class Analyzer {
  readonly index: MatchIndex;
  /** Whether the index was built here rather than loaded: then its snapshot is worth storing. */
  readonly rebuilt: boolean;
  private readonly metas: Map<string, CoverageMeta>;
  private readonly totals: Map<string, number>;
  private relatedIndex: RelatedIndex | null = null;
  private updatesContext: UpdatesContext | null = null;

  /** Built from the coverages' posts, or taken from a stored snapshot of the same coverages when it fits them. */
  constructor(coverages: readonly Coverage[], snapshot?: unknown) {
    const loaded = snapshot === undefined ? null : indexFromSnapshot(postsInIndexOrder(coverages), snapshot);
    this.index = loaded ?? buildMatchIndex(coverages);
    this.rebuilt = !loaded;
    this.metas = new Map(coverages.map((c) => [c.meta.id, c.meta]));
    this.totals = coverageTotals(this.index);
  }

  verdict(post: PagePostText): Verdict {
    const detail = matchPost(this.index, post);
    return { status: detail.status, match: describeMatch(this.index, this.metas, this.totals, detail), detail };
  }

  /** Built on first use: matching alone (the cold path) does not pay for it. */
  private related(): RelatedIndex {
    return (this.relatedIndex ??= buildRelatedIndex(this.index.posts));
  }

  private updates(): UpdatesContext {
    return (this.updatesContext ??= makeUpdatesContext(this.index.posts, this.related()));
  }

  /**
   * Whether details are cheap now. Their indexes (related posts, claims) are built from every
   * post's text on first use: until then the worker answers verdicts first (see the worker).
   */
  get detailsReady(): boolean {
    return this.relatedIndex !== null && this.updatesContext !== null;
  }

  /** Attribution, related posts, later developments and corrections of a matched page post. */
  details(post: AttributablePost, verdict: Verdict): PostDetails {
    const m = verdict.detail;
    // The post itself and its copies: every indexed post the page's paragraphs were aligned to.
    const own = new Set(coveredPosts(this.index, m));
    const copies = copiesOf(this.index, m);
    // One ranking serves both: the best few are "related", the wider set feeds later developments.
    const near = relatedTo(this.related(), post, new Set([...own, ...copies]), CANDIDATES, CANDIDATE_SCORE);
    const related = near
      .filter((h) => h.score >= RELATED_SCORE)
      .slice(0, RELATED_SHOWN)
      .map((h) => ({ ...postRef(this.index, h.post), score: h.score }));
    const updates =
      m.post === null
        ? []
        : laterUpdates(
            this.updates(),
            post,
            this.index.posts[m.post].coverage,
            Math.max(...[...own].map((p) => this.index.posts[p].position)),
            own,
            near,
          ).map((u) => ({
            ...postRef(this.index, u.post),
            publishedAt: this.index.posts[u.post].publishedAt,
            relation: u.relation,
            position: this.index.posts[u.post].position,
          }));
    return {
      covers: [...own].map((p) => this.index.posts[p].id),
      attribution: attribute(this.index, m, post),
      related,
      updates,
      corrections: corrections(this.index, m, post.paragraphs),
    };
  }

  /** Indexed posts missing between those a page's posts cover (by post id). */
  removedBetween(coveredIds: readonly string[]): RemovedPost[] {
    const byId = new Map(this.index.posts.map((p, i) => [p.id, i]));
    return removedPosts(
      this.index,
      coveredIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    );
  }

  /** The index's arrays, to store (see index-snapshot.ts). */
  snapshot(): IndexArrays {
    return snapshotOf(this.index);
  }

  get postCount(): number {
    return this.index.posts.length;
  }
}
