/** The labelled set (tests/labels), with each labelled post checked against its anchor text. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndexedPost } from '../../lib/coverage/types';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';

interface Ref {
  post: number;
  anchor: string;
}
export interface Labels {
  coverage: string;
  sources: (Ref & { names: string[] })[];
  writers: (Ref & { names: string[] })[];
  stories: (Ref & { name: string; claim?: string; later: (Ref & { relation: 'confirms' | 'contradicts' | 'develops' })[] })[];
  related: (Ref & { twins: number[] })[];
}

export const LABELS: Labels = JSON.parse(readFileSync(resolve(import.meta.dirname, '../labels/coverage-labels.json'), 'utf8'));
export const COVERAGE = loadShippedCoverage();

/** The labelled post; throws if the parser no longer puts the anchor text in that post. */
export function labelled(ref: Ref): IndexedPost {
  const post = COVERAGE.posts[ref.post - 1];
  const text = [post?.title ?? '', ...(post?.paragraphs ?? [])].join('\n');
  if (!post || !text.includes(ref.anchor)) throw new Error(`label for post ${ref.post} no longer matches its anchor "${ref.anchor}"`);
  return post;
}

/** Precision and recall of predicted sets against labelled sets, over (item, name) pairs. */
export function precisionRecall(cases: { expected: string[]; predicted: string[] }[]): {
  precision: number;
  recall: number;
  misses: string[];
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    for (const p of c.predicted) {
      if (c.expected.includes(p)) tp++;
      else {
        fp++;
        misses.push(`#${i} extra ${p}`);
      }
    }
    for (const e of c.expected) {
      if (c.predicted.includes(e)) continue;
      fn++;
      misses.push(`#${i} missed ${e}`);
    }
  });
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), misses };
}
