import { describe, expect, it } from 'vitest';
import { coverageIdFor, mergeCapture, type CapturedPage } from './capture';

const page = (keys: string[], over: Partial<CapturedPage> = {}): CapturedPage => ({
  url: 'https://news.example/live/2025/jan/01/storm-live?page=2#top',
  canonicalUrl: 'https://news.example/live/2025/jan/01/storm-live',
  title: 'Storm live',
  publisher: 'News Example',
  language: 'en',
  // Each post has its own time, whatever page it is captured from: a at 10:00, b at 11:00 …
  posts: keys.map((k) => ({
    key: k,
    title: `Post ${k}`,
    paragraphs: [`Text of ${k}.`],
    publishedAt: `2025-01-01T${String(10 + k.charCodeAt(0) - 97).padStart(2, '0')}:00:00.000Z`,
    byline: [],
  })),
  ...over,
});

describe('mergeCapture', () => {
  it('makes a coverage oldest first, ids from the post keys, urls with anchors', () => {
    const { coverage, added } = mergeCapture(null, page(['c', 'b', 'a']));
    expect(added).toBe(3);
    expect(coverage.meta).toMatchObject({
      id: coverageIdFor(page([])),
      title: 'Storm live',
      publisher: 'News Example',
      url: 'https://news.example/live/2025/jan/01/storm-live',
      firstDay: '2025-01-01',
    });
    expect(coverage.posts.map((p) => [p.position, p.title])).toEqual([
      [1, 'Post a'],
      [2, 'Post b'],
      [3, 'Post c'],
    ]);
    expect(coverage.posts[0].id).toBe(`${coverage.meta.id}:a`);
    expect(coverage.posts[0].url).toBe('https://news.example/live/2025/jan/01/storm-live#a');
  });

  it('keeps each post’s own time zone where the page said it', () => {
    const zoned = page(['a', 'b']);
    zoned.posts[0].publishedOffset = 60;
    const { coverage } = mergeCapture(null, zoned);
    expect(coverage.posts.find((p) => p.title === 'Post a')?.publishedOffset).toBe(60);
    expect(coverage.posts.find((p) => p.title === 'Post b')).not.toHaveProperty('publishedOffset');
  });

  it('capturing the same page twice adds nothing twice; a later capture adds only new posts', () => {
    const first = mergeCapture(null, page(['c', 'b', 'a'])).coverage;
    expect(mergeCapture(first, page(['c', 'b', 'a']))).toMatchObject({ added: 0, kept: 3 });
    const later = mergeCapture(first, page(['e', 'd', 'c', 'b', 'a']));
    expect(later.added).toBe(2);
    expect(later.coverage.posts.map((p) => p.title)).toEqual(['Post a', 'Post b', 'Post c', 'Post d', 'Post e']);
    // Ids do not move when newer posts arrive.
    expect(later.coverage.posts[0].id).toBe(first.posts[0].id);
  });

  it('older posts captured from another page of the blog take their place by time', () => {
    const first = mergeCapture(null, page(['c', 'b'])).coverage;
    const older = page(['z'], {
      posts: [{ key: 'z', title: 'Post z', paragraphs: ['Earliest.'], publishedAt: '2025-01-01T08:00:00.000Z', byline: [] }],
    });
    expect(mergeCapture(first, older).coverage.posts.map((p) => p.title)).toEqual(['Post z', 'Post b', 'Post c']);
  });

  it('pages of one blog share one coverage; posts with no words are skipped', () => {
    expect(coverageIdFor({ url: 'https://news.example/live/x?page=3', canonicalUrl: null })).toBe(
      coverageIdFor({ url: 'https://www.news.example/live/x#p', canonicalUrl: null }),
    );
    const r = mergeCapture(null, page(['a'], { posts: [{ key: 'a', title: null, paragraphs: [], publishedAt: null, byline: [] }] }));
    expect(r.added).toBe(0);
  });
});

describe('the blog a page belongs to', () => {
  it('resolves a relative canonical link against the page', () => {
    const relative = page(['a'], { canonicalUrl: '/live/2025/jan/01/storm-live' });
    expect(() => coverageIdFor(relative)).not.toThrow();
    expect(coverageIdFor(relative)).toBe(coverageIdFor(page(['a'])));
    expect(mergeCapture(null, relative).coverage.meta.url).toBe('https://news.example/live/2025/jan/01/storm-live');
  });

  it('does not take another site’s blog for its own', () => {
    const elsewhere = page(['a'], { url: 'https://evil.example/copy', canonicalUrl: 'https://news.example/live/2025/jan/01/storm-live' });
    expect(coverageIdFor(elsewhere)).not.toBe(coverageIdFor(page(['a'])));
    expect(coverageIdFor(elsewhere)).toMatch(/^capture-evil\.example-/);
    expect(mergeCapture(null, elsewhere).coverage.meta.url).toBe('https://evil.example/copy');
  });

  it('treats www. and the bare host as one site, and ignores a canonical that is not a web address', () => {
    expect(coverageIdFor(page(['a'], { url: 'https://www.news.example/live/2025/jan/01/storm-live' }))).toBe(coverageIdFor(page(['a'])));
    expect(coverageIdFor(page(['a'], { canonicalUrl: 'javascript:alert(1)' }))).toBe(
      coverageIdFor(page(['a'], { canonicalUrl: null, url: 'https://news.example/live/2025/jan/01/storm-live' })),
    );
  });
});
