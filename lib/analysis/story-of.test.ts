import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { Analyzer } from './analyzer';
import { storyOf } from './story-of';

const coverage = loadShippedCoverage();

describe('a post’s story in its coverage', () => {
  it('is the later developments the card shows for the same post', () => {
    const analyzer = new Analyzer([coverage]);
    const withStory = coverage.posts.filter((p) => {
      const v = analyzer.verdict(p);
      return analyzer.details(p, v).updates.length > 0;
    });
    expect(withStory.length).toBeGreaterThan(3);
    for (const p of withStory.slice(0, 5)) {
      const story = storyOf(coverage, p.id);
      expect(story).toEqual(analyzer.details(p, analyzer.verdict(p)).updates);
      // Later posts, every one.
      for (const u of story) expect(u.position).toBeGreaterThan(p.position);
    }
  });

  it('is empty for a post the coverage does not hold', () => {
    expect(storyOf(coverage, 'no-such-post')).toEqual([]);
  });
});
