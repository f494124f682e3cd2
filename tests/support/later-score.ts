/** Recall and relation accuracy of later developments against a labelled set of stories, on any coverage. */
import type { Coverage } from '../../lib/coverage/types';
import { laterUpdates, makeUpdatesContext } from '../../lib/developments/later-updates';
import { buildMatchIndex } from '../../lib/match/match-index';
import { buildRelatedIndex } from '../../lib/related/related-index';
import type { Relation } from '../../lib/types/post';

export interface LabelledStory {
  post: number;
  name: string;
  /** A passage of the post the story is about (default: the whole post). */
  claim?: string;
  later: { post: number; relation: Relation }[];
}

export interface LaterScore {
  recall: number;
  /** Of the later posts listed for the labelled posts, the share labelled: a floor, as the labels are not exhaustive. */
  precision: number;
  accuracy: number;
  found: number;
  expected: number;
  right: number;
  misses: string[];
}

export function scoreLater(coverage: Coverage, stories: readonly LabelledStory[]): LaterScore {
  const match = buildMatchIndex([coverage]);
  const ctx = makeUpdatesContext(match.posts, buildRelatedIndex(match.posts));
  const at = (position: number) => match.posts.findIndex((p) => p.position === position);
  let expected = 0;
  let found = 0;
  let right = 0;
  let listed = 0;
  let listedLabelled = 0;
  const misses: string[] = [];
  for (const story of stories) {
    const post = match.posts[at(story.post)];
    const text = story.claim ? { title: null, paragraphs: [post.paragraphs.find((p) => p.includes(story.claim!))!] } : post;
    if (!text.paragraphs[0] && !text.title) throw new Error(`story ${story.name}: no text`);
    const ups = new Map(
      laterUpdates(ctx, text, post.coverage, post.position, new Set([at(post.position)])).map((u) => [
        match.posts[u.post].position,
        u.relation,
      ]),
    );
    listed += ups.size;
    const labelledHere = new Set(stories.filter((s) => s.post === story.post).flatMap((s) => s.later.map((l) => l.post)));
    for (const position of ups.keys()) if (labelledHere.has(position)) listedLabelled++;
    for (const l of story.later) {
      expected++;
      const got = ups.get(l.post);
      if (got) found++;
      if (got === l.relation) right++;
      if (got !== l.relation) misses.push(`${story.name}: #${l.post} ${l.relation} → ${got ?? 'missing'}`);
    }
  }
  return {
    recall: found / expected,
    precision: listedLabelled / Math.max(1, listed),
    accuracy: right / Math.max(1, found),
    found,
    expected,
    right,
    misses,
  };
}

/** One line for the test's output: what was found, of what, and the misses after it. */
export function describeScore(name: string, s: LaterScore): string {
  return `${name}: recall ${s.recall.toFixed(3)} (${s.found}/${s.expected}), relation right ${s.accuracy.toFixed(3)}, precision ≥ ${s.precision.toFixed(3)}`;
}
