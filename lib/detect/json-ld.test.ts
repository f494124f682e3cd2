import { describe, expect, it } from 'vitest';
import { decodeHtmlText, parseLenientJson, readLiveBlogLd } from './json-ld';

describe('parseLenientJson', () => {
  it('accepts comments and trailing commas, but not inside strings', () => {
    expect(parseLenientJson('{ // c\n "a": "x // y", /* z */ "b": [1,2,], }')).toEqual({ a: 'x // y', b: [1, 2] });
  });
  it('returns undefined for garbage instead of throwing', () => {
    expect(parseLenientJson('{"a": ')).toBeUndefined();
    expect(parseLenientJson('<html>')).toBeUndefined();
  });
});

describe('decodeHtmlText', () => {
  it('decodes entities and strips tags', () => {
    expect(decodeHtmlText('<p>Tom &amp; Jerry&#39;s &#x2014; &quot;hi&quot;</p>').trim()).toBe('Tom & Jerry\'s — "hi"');
    expect(decodeHtmlText('&#99999999;')).toBe('&#99999999;');
    expect(decodeHtmlText('pi&ugrave; &ldquo;citt&agrave;&rdquo; &Eacute;lys&eacute;e &bogus;')).toBe('più “città” Élysée &bogus;');
  });
});

describe('readLiveBlogLd', () => {
  it('finds LiveBlogPosting in arrays, @graph and @type arrays, with updates as object or array', () => {
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'WebPage' },
        {
          '@type': ['NewsArticle', 'LiveBlogPosting'],
          url: 'https://x/live',
          liveBlogUpdate: { '@type': 'BlogPosting', url: 'https://x/live#p1', headline: 'One', articleBody: { text: 'Body &amp; more' } },
        },
      ],
    });
    const ld = readLiveBlogLd(['not json', graph]);
    expect(ld?.url).toBe('https://x/live');
    expect(ld?.updates).toEqual([
      { id: null, url: 'https://x/live#p1', headline: 'One', body: 'Body & more', datePublished: null, dateModified: null, authors: [] },
    ]);
  });

  it('drops values every update shares: they are the page’s', () => {
    const updates = [1, 2, 3].map((i) => ({
      '@id': `b${i}`,
      headline: 'Page headline',
      datePublished: '2024-01-01',
      author: { name: 'Desk' },
      articleBody: `Post ${i}`,
    }));
    const ld = readLiveBlogLd([JSON.stringify([{ '@type': 'LiveBlogPosting', blogPost: updates }])]);
    expect(ld?.updates.map((u) => [u.headline, u.datePublished, u.authors, u.body])).toEqual([
      [null, null, [], 'Post 1'],
      [null, null, [], 'Post 2'],
      [null, null, [], 'Post 3'],
    ]);
  });

  it('ignores pages without a live blog, and hostile nesting', () => {
    expect(readLiveBlogLd([JSON.stringify({ '@type': 'NewsArticle' })])).toBeNull();
    const n = 5_000;
    const deep = `${'{"@graph":['.repeat(n)}{"@type":"LiveBlogPosting"}${']}'.repeat(n)}`;
    expect(() => readLiveBlogLd([deep, deep.slice(0, 30_000)])).not.toThrow();
  });
});
