import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { guardianPage, paragraphsHtml, type GuardianBlock } from '../../bin/lib/demo/guardian-page';
import { FIXTURES_ABSENT, marsArticle, marsPageHtml, readFixture } from '../../tests/support/fixtures';
import { detectPage, pageUrl } from './detect-page';
import { mayBeLiveBlog } from './may-be-live-blog';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const block = (id: string, title: string | null, paragraphs: string[], extra: Partial<GuardianBlock> = {}): GuardianBlock => ({
  id,
  title,
  bodyHtml: paragraphsHtml(paragraphs),
  publishedAt: '2024-12-08T10:00:00.000Z',
  ...extra,
});

describe('Guardian markup', () => {
  const page = guardianPage({
    title: 'Live',
    blocks: [
      block('aaaaaaaaaaaaaaaaaaaaaaa1', 'First headline', ['One.', 'Two.'], {
        byline: 'Ruth Michaelson',
        updatedAt: '2024-12-08T11:00:00.000Z',
      }),
      block('aaaaaaaaaaaaaaaaaaaaaaa2', null, ['Untitled body.', 'Tweet text', '— Rime Allaf (@rallaf) December 7, 2024']),
      block('aaaaaaaaaaaaaaaaaaaaaaa3', 'Third', ['Three.']),
      block('aaaaaaaaaaaaaaaaaaaaaaa4', 'Fourth', ['Four.']),
    ],
    pinFirst: true,
  });
  const d = detectPage(doc(page));

  it('finds each block once, skipping the pinned copy, ads and the appeal', () => {
    expect(d).toMatchObject({ liveBlog: true, detector: 'guardian' });
    expect(d.posts.map((p) => p.key)).toEqual([
      'block-aaaaaaaaaaaaaaaaaaaaaaa1',
      'block-aaaaaaaaaaaaaaaaaaaaaaa2',
      'block-aaaaaaaaaaaaaaaaaaaaaaa3',
      'block-aaaaaaaaaaaaaaaaaaaaaaa4',
    ]);
    expect(d.container?.id).toBe('liveblog-body');
  });

  it('reads title, body, times and byline; leaves times, bylines, buttons and captions out of the text', () => {
    expect(d.posts[0]).toMatchObject({
      title: 'First headline',
      paragraphs: ['One.', 'Two.'],
      publishedAt: '2024-12-08T10:00:00.000Z',
      updatedAt: '2024-12-08T11:00:00.000Z',
      byline: ['Ruth Michaelson'],
    });
  });

  it('reads an embedded social post as its text and its author line', () => {
    expect(d.posts[1].paragraphs).toEqual(['Untitled body.', 'Tweet text', '- Rime Allaf (@rallaf) December 7, 2024']);
    expect(d.posts[1].title).toBeNull();
  });
});

describe('other pages', () => {
  it('an ordinary article is not a live blog, and is ruled out cheaply', () => {
    const d = doc(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article><p>Hi.</p></article></body></html>',
    );
    expect(mayBeLiveBlog(d)).toBe(false);
    expect(detectPage(d)).toMatchObject({ liveBlog: false, posts: [] });
  });

  it('malformed JSON-LD does not throw', () => {
    const d = doc(
      '<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting", "liveBlogUpdate": [{"url": </script></head><body></body></html>',
    );
    expect(() => detectPage(d)).not.toThrow();
  });

  it('JSON-LD updates map to elements by url hash, in document order, with unique keys', () => {
    const ld = {
      '@type': 'LiveBlogPosting',
      url: 'https://n.example/live',
      liveBlogUpdate: [
        { url: 'https://n.example/live#p2', headline: 'Second', articleBody: 'B' },
        { url: 'https://n.example/live#p1', headline: 'First', articleBody: 'A' },
        { url: 'https://n.example/live#gone', headline: 'Not on page', articleBody: 'C' },
      ],
    };
    const d = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <div id="p1"><h3>First</h3><p>Alpha text.</p></div><div id="p2"><h3>Second</h3><p>Beta text.</p></div></body></html>`);
    const r = detectPage(d);
    expect(r.detector).toBe('json-ld');
    expect(r.posts.map((p) => [p.key, p.title, p.paragraphs])).toEqual([
      ['p1', 'First', ['Alpha text.']],
      ['p2', 'Second', ['Beta text.']],
    ]);
    expect(pageUrl(d)).toBe('https://n.example/live');
  });

  it('keys without ids come from content, suffixed on collision, never from position', () => {
    const ld = { '@type': 'LiveBlogPosting', liveBlogUpdate: [{ '@id': 'x1' }, { '@id': 'x2' }] };
    const body = '<section id="x1"><p>Same words.</p></section><section id="x2"><p>Same words.</p></section>';
    const r = detectPage(
      doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${body}</body></html>`),
    );
    expect(r.posts.map((p) => p.key)).toEqual(['x1', 'x2']);
  });
});

describe.skipIf(!!FIXTURES_ABSENT)('real pages (shared fixtures)', () => {
  it('the Guardian Mars blog rendered to Guardian markup: 13 blocks, titles and times from the data', () => {
    const article = marsArticle();
    const r = detectPage(doc(marsPageHtml()));
    expect(r.detector).toBe('guardian');
    expect(r.posts).toHaveLength(article.blocks.length);
    expect(r.posts.map((p) => p.key)).toEqual(article.blocks.map((b) => `block-${b.id}`));
    expect(r.posts[0].title).toBe('Summary');
    // The tweet embed's text is in the post, its "View on" chrome is not.
    const tweetPost = r.posts.find((p) => p.paragraphs.some((t) => t.includes('I love rocks')));
    expect(tweetPost).toBeDefined();
  });

  it('the Mirror page: a live blog found through its JSON-LD', () => {
    const r = detectPage(doc(readFixture('mirror-uk-riots-live-2024-08-05.html.gz')));
    expect(r.liveBlog).toBe(true);
    expect(r.posts).toHaveLength(30);
  });
});
