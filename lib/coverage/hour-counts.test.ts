import { describe, expect, it } from 'vitest';
import { busiest, hourCounts, MAX_BARS } from './hour-counts';
import { loadShippedCoverage } from './load-shipped-node';

const at = (h: number, m = 0) => new Date(Date.UTC(2024, 11, 8, h, m)).toISOString();

describe('a coverage over time', () => {
  it('counts posts and edited posts per hour, from the first post’s hour, empty hours kept', () => {
    const h = hourCounts([
      { publishedAt: at(9, 5), edited: false },
      { publishedAt: at(9, 55), edited: true },
      { publishedAt: at(12, 0), edited: false },
      { publishedAt: null, edited: true },
    ]);
    expect(h).toEqual({ unit: 'hour', start: at(9), posts: [2, 0, 0, 1], edited: [1, 0, 0, 0], untimed: 1 });
    expect(busiest(h)).toEqual({ index: 0, posts: 2 });
  });

  it('counts days for a blog that runs longer than its bars can show as hours', () => {
    const posts = Array.from({ length: 30 }, (_, i) => ({
      publishedAt: new Date(Date.UTC(2024, 0, 1 + i, 10)).toISOString(),
      edited: false,
    }));
    const h = hourCounts(posts);
    expect(h.unit).toBe('day');
    expect(h.posts).toHaveLength(30);
    expect(h.posts.length).toBeLessThanOrEqual(MAX_BARS);
  });

  it('every timed post of the shipped coverage is in one bar', () => {
    const { posts } = loadShippedCoverage();
    const h = hourCounts(posts);
    expect(h.posts.reduce((a, b) => a + b, 0) + h.untimed).toBe(posts.length);
    expect(h.edited.reduce((a, b) => a + b, 0)).toBe(posts.filter((p) => p.edited && p.publishedAt).length);
  });

  it('has nothing to draw for a coverage without times', () => {
    expect(hourCounts([{ publishedAt: null, edited: false }])).toMatchObject({ posts: [], untimed: 1 });
    expect(busiest(hourCounts([]))).toBeNull();
  });
});
