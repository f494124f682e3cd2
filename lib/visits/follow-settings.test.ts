import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW, expiredBlogs, follows, readFollowSettings, summarizeHistory, withSite } from './follow-settings';
import { emptyHistory, recordVisit } from './blog-history';

describe('follow settings', () => {
  it('follow every live blog by default, and fall back to the defaults when what is stored cannot be read', () => {
    expect(readFollowSettings(undefined)).toEqual(DEFAULT_FOLLOW);
    expect(readFollowSettings({ enabled: 'yes', offSites: [], retentionDays: 90 })).toEqual(DEFAULT_FOLLOW);
    expect(readFollowSettings({ enabled: true, offSites: ['<script>'], retentionDays: 90 })).toEqual(DEFAULT_FOLLOW);
    expect(readFollowSettings({ enabled: false, offSites: ['News.Example', 'news.example'], retentionDays: 30 })).toEqual({
      enabled: false,
      offSites: ['news.example'],
      retentionDays: 30,
    });
    expect(follows(DEFAULT_FOLLOW, 'www.theguardian.com')).toBe(true);
  });

  it('turn following off everywhere or for one site, and back on', () => {
    const off = withSite(DEFAULT_FOLLOW, 'News.Example', false);
    expect(follows(off, 'news.example')).toBe(false);
    expect(follows(off, 'other.example')).toBe(true);
    expect(follows({ ...off, enabled: false }, 'other.example')).toBe(false);
    expect(withSite(off, 'news.example', true).offSites).toEqual([]);
    expect(withSite(withSite(off, 'news.example', false), 'news.example', false).offSites).toEqual(['news.example']);
  });
});

describe('retention', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  const blogs = [
    { blogId: 'recent', lastVisit: '2025-05-20T00:00:00Z' },
    { blogId: 'old', lastVisit: '2025-02-01T00:00:00Z' },
    { blogId: 'old-but-captured', lastVisit: '2024-01-01T00:00:00Z' },
  ];

  it('forgets blogs not visited for the retention period, except those the reader put in the index', () => {
    expect(expiredBlogs(blogs, now, 90, new Set(['old-but-captured']))).toEqual(['old']);
    expect(expiredBlogs(blogs, now, 7, new Set())).toEqual(['recent', 'old', 'old-but-captured']);
    expect(expiredBlogs(blogs, now, 3650, new Set())).toEqual([]);
  });
});

describe('summarizeHistory', () => {
  it('counts visits, posts and the edits caught between visits', () => {
    let h = recordVisit(emptyHistory('b'), [{ key: 'a', title: null, paragraphs: ['One.'] }], '2025-01-01T00:00:00Z').history;
    h = recordVisit(
      h,
      [
        { key: 'a', title: null, paragraphs: ['One, reworded.'] },
        { key: 'b', title: null, paragraphs: ['Two.'] },
      ],
      '2025-01-02T00:00:00Z',
    ).history;
    h = recordVisit(h, [{ key: 'a', title: null, paragraphs: ['One, reworded.'] }], '2025-01-03T00:00:00Z').history;
    expect(summarizeHistory(h)).toEqual({ visits: 3, posts: 2, changes: 1 });
  });
});
