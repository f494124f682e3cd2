import { describe, expect, it } from 'vitest';
import { emptyHistory, recordVisit } from './blog-history';
import { blogIdOfFollowed, followedCoverage, followedCoverageId } from './followed-coverage';

const post = (key: string, text: string) => ({ key, title: null, paragraphs: [text] });
const page = { url: 'https://news.example/live/storm?page=2#top', title: 'Storm live', site: 'news.example' };

describe('a followed blog as a coverage', () => {
  it('holds the first version of every post seen, oldest first, and grows by what a visit adds', () => {
    let h = recordVisit(emptyHistory('blog-news.example-abc'), [post('b', 'Two.'), post('a', 'One.')], '2025-01-01T10:00:00Z').history;
    const first = followedCoverage(null, h, page);
    expect(first.added).toBe(2);
    expect(first.coverage.meta).toMatchObject({
      id: 'follow-news.example-abc',
      url: 'https://news.example/live/storm',
      firstDay: '2025-01-01',
    });
    expect(first.coverage.posts.map((p) => [p.id, p.position, p.paragraphs[0]])).toEqual([
      ['follow-news.example-abc:a', 1, 'One.'],
      ['follow-news.example-abc:b', 2, 'Two.'],
    ]);
    // The next visit: a new post, and one reworded (the index keeps its first version: status compares with it).
    h = recordVisit(h, [post('c', 'Three.'), post('b', 'Two, reworded.'), post('a', 'One.')], '2025-01-02T10:00:00Z').history;
    const second = followedCoverage(first.coverage, h, page);
    expect(second.added).toBe(1);
    expect(second.coverage.posts.map((p) => p.paragraphs[0])).toEqual(['One.', 'Two.', 'Three.']);
    expect(second.coverage.meta.lastDay).toBe('2025-01-02');
    expect(followedCoverage(second.coverage, h, page).added).toBe(0);
  });

  it('leaves out the posts the index already holds (their indexed copy stays the earliest)', () => {
    const h = recordVisit(emptyHistory('blog-b'), [post('n', 'New here.'), post('s', 'Shipped already.')], '2025-01-01T10:00:00Z').history;
    const { coverage, added } = followedCoverage(null, h, page, (p) => p.paragraphs[0] === 'Shipped already.');
    expect(added).toBe(1);
    expect(coverage.posts.map((p) => p.paragraphs[0])).toEqual(['New here.']);
  });

  it('names its blog', () => {
    expect(blogIdOfFollowed(followedCoverageId('blog-x.example-1'))).toBe('blog-x.example-1');
    expect(blogIdOfFollowed('capture-x.example-1')).toBeNull();
  });
});
