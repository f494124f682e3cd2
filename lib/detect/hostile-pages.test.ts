// @vitest-environment happy-dom
/**
 * Pages built to wedge the content script. Each input is sized so that the quadratic code this
 * replaced would run for minutes (well past the test's time-out); the assertions are on results.
 */
import { describe, expect, it } from 'vitest';
import { decodeHtmlText, readLiveBlogLd, stripTags, type LiveBlogUpdate } from './json-ld';
import { locateJsonLdPosts } from './json-ld-posts';
import { reconcileTimes } from './times';
import type { PostReading } from './types';

describe('JSON-LD text', () => {
  it('strips tags in one pass, even with 400,000 unclosed "<"', () => {
    const text = `a<b>c${'<'.repeat(400_000)}`;
    expect(stripTags(text)).toBe(`a c${'<'.repeat(400_000)}`);
    expect(decodeHtmlText('x<'.repeat(200_000)).length).toBe(400_000);
  });

  it('parses the same scripts once across passes over the page', () => {
    const big = JSON.stringify({
      '@type': 'LiveBlogPosting',
      url: 'https://x/live',
      liveBlogUpdate: Array.from({ length: 20_000 }, (_, i) => ({
        '@type': 'BlogPosting',
        headline: `Update number ${i}`,
        articleBody: 'x'.repeat(200),
      })),
    });
    const first = readLiveBlogLd([big]);
    expect(first?.updates).toHaveLength(20_000);
    // A later pass reads the scripts' text again (a new string each time) and gets the same reading.
    expect(readLiveBlogLd([`${big} `.trimEnd()])).toBe(first);
  });
});

describe('JSON-LD posts', () => {
  it('finds 4,000 headline-only posts around their headings, each deep in wrappers', () => {
    const n = 4000;
    const deep = (html: string) => `<div>${'<div>'.repeat(8)}${html}${'</div>'.repeat(8)}</div>`;
    document.body.innerHTML = `<main><div class="feed">${Array.from({ length: n }, (_, i) => deep(`<h4>Headline of update ${i} here</h4><p>Body ${i}.</p>`)).join('')}</div></main>`;
    const updates: LiveBlogUpdate[] = Array.from({ length: n }, (_, i) => ({
      id: null,
      url: null,
      headline: `Headline of update ${i} here`,
      body: null,
      datePublished: null,
      dateModified: null,
      authors: [],
    }));
    const { elements, read } = locateJsonLdPosts(document, updates);
    expect(elements).toHaveLength(n);
    expect(elements[7].tagName).toBe('DIV');
    expect(read(elements[7]).paragraphs).toEqual(['Body 7.']);
  });
});

describe('times', () => {
  it('indexes the JSON-LD updates once, however many chunks of posts are reconciled', () => {
    const updates: LiveBlogUpdate[] = Array.from({ length: 50_000 }, (_, i) => ({
      id: null,
      url: null,
      headline: `A headline long enough number ${i}`,
      body: `The body of update ${i}, which says something.`,
      datePublished: new Date(Date.UTC(2024, 0, 1, 0, i % 1000)).toISOString(),
      dateModified: null,
      authors: [],
    }));
    for (let chunk = 0; chunk < 300; chunk++) {
      const readings: PostReading[] = Array.from({ length: 100 }, (_, j) => ({
        element: document.body,
        keyHints: [],
        title: `A headline long enough number ${chunk * 100 + j}`,
        paragraphs: [],
        publishedAt: null,
        updatedAt: null,
        byline: [],
      }));
      reconcileTimes(readings, updates);
      expect(readings[5].publishedAt).toBe(updates[chunk * 100 + 5].datePublished);
    }
  });
});
