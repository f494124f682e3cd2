import { describe, expect, it } from 'vitest';
import { LABELS, labelled, precisionRecall } from '../../tests/support/labels';
import { findWriters } from './writers';

describe('findWriters', () => {
  it('takes bylines but not desk names', () => {
    expect(findWriters(null, [], ['Ruth Michaelson', 'Guardian staff and agencies', 'Newsdesk'])).toEqual(['Ruth Michaelson']);
  });

  it('finds writers credited in the text, not other outlets’ journalists', () => {
    expect(findWriters(null, ['Rebel forces have entered the capital, Damascus, writes Guardian reporter Ruth Michaelson.'])).toEqual([
      'Ruth Michaelson',
    ]);
    expect(findWriters(null, ['A statue has been torn down, writes our contributor Faisal Ali.'])).toEqual(['Faisal Ali']);
    expect(findWriters(null, ['Bloomberg’s Sam Dagher reports that the leader is making a last-ditch effort.'])).toEqual([]);
    expect(findWriters(null, ['As the Associated Press writes, his downfall is in stark contrast.'])).toEqual([]);
  });

  it('scores at least 0.9 on the labelled coverage', () => {
    const cases = LABELS.writers.map((l) => {
      const post = labelled(l);
      return { expected: l.names, predicted: findWriters(post.title, post.paragraphs) };
    });
    const score = precisionRecall(cases);
    console.log(
      `writers: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} over ${cases.length} posts`,
      score.misses,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
