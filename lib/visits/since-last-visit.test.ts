import { describe, expect, it } from 'vitest';
import { blogIdOf, emptyHistory, recordVisit, type SeenPost } from './blog-history';
import { compareWithLastVisit, versionHistory } from './since-last-visit';

const post = (key: string, ...paragraphs: string[]): SeenPost => ({ key, title: `Post ${key}`, paragraphs });
// Newest first, as live blogs read.
const first = [post('e', 'Five.'), post('d', 'Four.'), post('c', 'Three.'), post('b', 'Two.'), post('a', 'One.')];

describe('a followed blog', () => {
  it('records a visit, and a second unchanged one stores nothing new', () => {
    const one = recordVisit(emptyHistory('blog'), first, '2025-01-01T10:00:00.000Z');
    expect(one.stored).toBe(5);
    const two = recordVisit(one.history, first, '2025-01-01T12:00:00.000Z');
    expect(two.stored).toBe(0);
    expect(two.history.visits.map((v) => v.at)).toEqual(['2025-01-01T10:00:00.000Z', '2025-01-01T12:00:00.000Z']);
    expect(two.history.versions.c).toEqual([
      { title: 'Post c', paragraphs: ['Three.'], firstSeen: '2025-01-01T10:00:00.000Z', lastSeen: '2025-01-01T12:00:00.000Z' },
    ]);
  });

  it('says nothing on a first visit', () => {
    expect(compareWithLastVisit(emptyHistory('blog'), first)).toBeNull();
  });

  it('tells new, changed and unchanged posts, and the ones gone since', () => {
    const { history } = recordVisit(emptyHistory('blog'), first, '2025-01-01T10:00:00.000Z');
    // Three new at the top, two reworded (typography alone is not a change), one gone; 'a' paged away below.
    const now = [
      post('h', 'Eight.'),
      post('g', 'Seven.'),
      post('f', 'Six.'),
      post('e', 'Five, reworded.'),
      post('d', 'Four.'),
      post('b', 'Two — now longer.'),
    ];
    const typographic = { ...post('d', 'Four.'), title: 'Post  d' };
    const c = compareWithLastVisit(history, [...now.slice(0, 4), typographic, now[5]])!;
    expect(c.lastVisit).toBe('2025-01-01T10:00:00.000Z');
    expect(Object.fromEntries([...c.posts].map(([k, v]) => [k, v.since]))).toEqual({
      h: 'new',
      g: 'new',
      f: 'new',
      e: 'changed',
      d: 'unchanged',
      b: 'changed',
    });
    expect(c.posts.get('e')!.seen!.paragraphs).toEqual(['Five.']);
    expect(c.removed.map((r) => [r.key, r.version.paragraphs])).toEqual([['c', ['Three.']]]);
  });

  it('keeps every version of a post, each with its diff', () => {
    let h = recordVisit(emptyHistory('blog'), [post('a', 'The minister said on Sunday.', 'Second.')], '2025-01-01T10:00:00.000Z').history;
    h = recordVisit(h, [post('a', 'The minister said on Monday.', 'Second.')], '2025-01-01T11:00:00.000Z').history;
    h = recordVisit(
      h,
      [post('a', 'The minister said on Monday.', 'Second.', 'A third paragraph was added.')],
      '2025-01-01T12:00:00.000Z',
    ).history;
    const versions = versionHistory(h, 'a');
    expect(versions.map((v) => v.version.firstSeen)).toEqual([
      '2025-01-01T10:00:00.000Z',
      '2025-01-01T11:00:00.000Z',
      '2025-01-01T12:00:00.000Z',
    ]);
    expect(versions[0].changes).toEqual([]);
    expect(versions[1].changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['substantive', 'The minister said on Sunday.', 'The minister said on Monday.'],
    ]);
    expect(versions[2].changes).toEqual([{ kind: 'added', before: null, after: 'A third paragraph was added.' }]);
  });

  it('names a blog by its own address, whatever page or fragment', () => {
    const id = blogIdOf({ url: 'https://www.news.example/live/storm?page=2#block-1', canonicalUrl: null });
    expect(id).toBe(blogIdOf({ url: 'https://news.example/live/storm', canonicalUrl: null }));
    expect(id).not.toBe(blogIdOf({ url: 'https://news.example/live/other', canonicalUrl: null }));
  });
});
