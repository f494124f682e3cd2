/**
 * Matching as a service over a set of coverages: one index, verdicts per post. The worker keeps
 * one per start; the CLI builds one per run.
 */
import type { Coverage, CoverageMeta } from '../coverage/types';
import { buildMatchIndex, type MatchIndex } from '../match/match-index';
import { matchPost, type PagePostText, type PostMatch } from '../match/match-post';
import { coverageTotals, describeMatch, type MatchSummary } from './describe-match';

export interface Verdict {
  status: 'same' | 'edited' | 'unindexed';
  match: MatchSummary | null;
  detail: PostMatch;
}

export class Matcher {
  readonly index: MatchIndex;
  private readonly metas: Map<string, CoverageMeta>;
  private readonly totals: Map<string, number>;

  constructor(coverages: readonly Coverage[]) {
    this.index = buildMatchIndex(coverages);
    this.metas = new Map(coverages.map((c) => [c.meta.id, c.meta]));
    this.totals = coverageTotals(this.index);
  }

  verdict(post: PagePostText): Verdict {
    const detail = matchPost(this.index, post);
    return { status: detail.status, match: describeMatch(this.index, this.metas, this.totals, detail), detail };
  }

  get postCount(): number {
    return this.index.posts.length;
  }
}
