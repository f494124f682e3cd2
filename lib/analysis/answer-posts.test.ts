import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { LIMITS } from '../messages/limits';
import { parseWorkerRequest } from '../messages/worker-requests';
import { answerPosts } from './answer-posts';
import { Analyzer } from './analyzer';

const coverage = loadShippedCoverage();
const analyzer = new Analyzer([coverage]);
const indexed = coverage.posts[10];
const arrived = (posts: unknown[]) => {
  const r = parseWorkerRequest({ type: 'match-posts', posts });
  if (r.type !== 'match-posts') throw new Error('not a match request');
  return r.posts;
};

describe('answerPosts', () => {
  it('gives every post its verdict, in order, when one of them is over a limit', () => {
    const posts = [
      { key: 'a', title: indexed.title, paragraphs: indexed.paragraphs },
      { key: 'huge', title: null, paragraphs: ['w '.repeat(LIMITS.charsPerParagraph)] },
      { key: 'b', title: null, paragraphs: ['Nothing the index holds, said nobody on Tuesday.'] },
    ];
    const verdicts = answerPosts(analyzer, arrived(posts), { wait: true });
    expect(verdicts.map((v) => [v.key, v.status])).toEqual([
      ['a', 'same'],
      ['huge', 'error'],
      ['b', 'unindexed'],
    ]);
    expect(verdicts[1].reason).toMatch(/too long/);
    expect(verdicts[0].details).toBeDefined();
  });

  it('leaves details for later once the budget is spent', () => {
    let t = 0;
    const posts = Array.from({ length: 4 }, (_, i) => ({ key: `k${i}`, title: indexed.title, paragraphs: indexed.paragraphs }));
    analyzer.details({ title: indexed.title, paragraphs: indexed.paragraphs }, analyzer.verdict(indexed));
    const verdicts = answerPosts(analyzer, arrived(posts), { wait: false, now: () => (t += 60) });
    expect(verdicts[0].details).toBeDefined();
    expect(verdicts.slice(1).every((v) => v.detailsLater && !v.details)).toBe(true);
  });
});
