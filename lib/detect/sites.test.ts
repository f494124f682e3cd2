import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { FIXTURES_ABSENT, readFixture } from '../../tests/support/fixtures';
import * as pages from '../../tests/support/outlet-pages';
import { detectPage } from './detect-page';
import { mayBeLiveBlog } from './may-be-live-blog';
import { SITE_ABOUT, SITE_ADAPTERS } from './sites';
import { readLiveBlogLd } from './json-ld';
import { datedTimes } from './heuristic';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe.skipIf(!!FIXTURES_ABSENT)('real pages (shared fixtures)', () => {
  it('Mirror: 30 posts in the DOM out of 428 in the JSON-LD, read by the Reach adapter', () => {
    const d = doc(readFixture('mirror-uk-riots-live-2024-08-05.html.gz'));
    expect(
      readLiveBlogLd([...d.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''))?.updates,
    ).toHaveLength(428);
    const r = detectPage(d);
    expect(r.detector).toBe('reach');
    expect(r.posts).toHaveLength(30);
    expect(r.posts[0]).toMatchObject({
      key: '751105',
      title: 'Loud bang heard at Plymouth scene',
      publishedAt: '2024-08-05T20:00:18.921Z',
      // The JSON-LD says the blog's clock: British Summer Time.
      publishedOffset: 60,
      byline: ['Antony Clements-Thrower'],
    });
    // Author marks and "KEY EVENT" labels are not the post's text.
    expect(r.posts[1].byline).toEqual([]);
    expect(r.posts.flatMap((p) => p.paragraphs).some((t) => t === 'KEY EVENT' || t.startsWith('Antony Clements-Thrower'))).toBe(false);
  });

  it('Repubblica: 79 posts, times from the JSON-LD where the DOM marks local time as UTC', () => {
    const r = detectPage(doc(readFixture('repubblica-israele-hamas-diretta-2023-11-02.html')));
    expect(r.detector).toBe('repubblica');
    expect(r.posts).toHaveLength(79);
    expect(r.posts[0].key).toBe('419364605_event79');
    expect(r.posts[0].title).toMatch(/^Oms: "A Gaza fermi 14 ospedali su 36/);
    // The DOM says 16:56Z; the JSON-LD's 15:56:32Z is the real time.
    expect(r.posts[0].publishedAt).toBe('2023-11-02T15:56:32.000Z');
    // Its JSON-LD gives UTC only: the blog's own zone is not known.
    expect(r.posts[0].publishedOffset).toBeUndefined();
    expect(r.posts.every((p) => p.publishedAt)).toBe(true);
  });
});

describe('outlets’ markup (pages written from live-blog-markup.md)', () => {
  it.each([
    ['BBC World Service', pages.bbcWorldServicePage, 'bbc', 'asset:1000-abc'],
    ['BBC News', pages.bbcNewsPage, 'bbc', null],
    ['Express', pages.expressPage, 'reach', 'live-500'],
    ['Guardian legacy', pages.guardianLegacyPage, 'guardian-legacy', 'block-5a0'],
    ['microdata', pages.microdataPage, 'microdata', null],
    ['JSON-LD by headline', pages.jsonLdByHeadlinePage, 'json-ld', null],
    ['an unknown site', pages.unknownLivePage, 'heuristic', null],
    ['a ticker', pages.tickerPage, 'heuristic', null],
  ] as const)('%s: four posts with titles and text', (_name, make, detector, firstKey) => {
    const d = doc(make());
    expect(mayBeLiveBlog(d)).toBe(true);
    const r = detectPage(d);
    expect(r.detector).toBe(detector);
    expect(r.posts).toHaveLength(4);
    expect(r.posts.map((p) => p.title)).toEqual([
      expect.stringContaining('Talks resume in the capital'),
      expect.stringContaining('Convoy reaches the border'),
      expect.stringContaining('Minister resigns'),
      expect.stringContaining('Crowds gather in the square'),
    ]);
    expect(r.posts[0].paragraphs.join(' ')).toContain('Negotiators returned to the table');
    if (firstKey) expect(r.posts[0].key).toBe(firstKey);
    expect(new Set(r.posts.map((p) => p.key)).size).toBe(4);
  });

  it('reads times from datetime, data-*time and JSON-LD', () => {
    expect(detectPage(doc(pages.expressPage())).posts[0].publishedAt).toBe('2024-12-08T09:26:40.000Z');
    expect(detectPage(doc(pages.bbcNewsPage())).posts[1].publishedAt).toBe('2024-12-08T08:15:00.000Z');
    expect(detectPage(doc(pages.jsonLdByHeadlinePage())).posts[2].publishedAt).toBe('2024-12-08T02:30:00.000Z');
    expect(detectPage(doc(pages.guardianLegacyPage())).posts[0]).toMatchObject({
      publishedAt: '2016-05-01T09:00:00.000Z',
      byline: ['Lee Blogger'],
    });
  });

  it('keeps bylines and times out of the text', () => {
    const bbc = detectPage(doc(pages.bbcNewsPage())).posts[0];
    expect(bbc.byline).toEqual(['Jo Reporter']);
    expect(bbc.paragraphs.join(' ')).not.toContain('Jo Reporter');
    const express = detectPage(doc(pages.expressPage())).posts[0];
    expect(express.paragraphs.join(' ')).not.toMatch(/Sam Writer|12:00/);
  });

  it('dates clock-only times from the page’s date and zone, a day back past midnight', () => {
    const ticker = detectPage(doc(pages.tickerPage())).posts;
    // "14.00 Uhr" on 8 December 2024, in the page's +01:00.
    expect(ticker.map((p) => p.publishedAt)).toEqual([
      '2024-12-08T13:00:00.000Z',
      '2024-12-08T12:01:00.000Z',
      '2024-12-08T11:02:00.000Z',
      '2024-12-08T10:03:00.000Z',
    ]);
    expect(datedTimes([30, 23 * 60 + 50, 22 * 60], { day: '2024-12-08', zone: 'Z' })).toEqual([
      '2024-12-08T00:30:00.000Z',
      '2024-12-07T23:50:00.000Z',
      '2024-12-07T22:00:00.000Z',
    ]);
    expect(datedTimes([30], null)).toEqual([null]);
  });

  it('a ticker post has no element of its own: its host goes after the heading', () => {
    const r = detectPage(doc(pages.tickerPage()));
    expect(r.posts.every((p) => p.hostAfter && p.element.tagName === 'H2')).toBe(true);
    expect(r.posts[0].paragraphs).toEqual([
      'Negotiators returned to the table on Monday morning after a weekend of shelling, officials said.',
      'Weitere Details folgen in Kürze.',
    ]);
  });
});

describe('a live blog that marks only its container', () => {
  it('finds every entry, the untimed ones too, each with its title and text', () => {
    const r = detectPage(doc(pages.containerOnlyPage()));
    expect(r.detector).toBe('heuristic');
    expect(r.posts).toHaveLength(8);
    expect(r.posts[1].title).toBe('Convoy reaches the border');
    expect(r.posts.filter((p) => p.publishedAt).length).toBe(3);
    expect(new Set(r.posts.map((p) => p.key)).size).toBe(8);
  });
});

describe('pages that are not live blogs', () => {
  it.each([
    ['an article', pages.articlePage],
    ['a home page', pages.homePage],
    ['a teaser list of live blogs', pages.teaserListPage],
    ['an article with a sidebar of teasers, some timed', pages.articleWithSidebarPage],
  ] as const)('%s has no posts', (_name, make) => {
    const r = detectPage(doc(make()));
    expect(r.posts).toEqual([]);
    expect(r.liveBlog).toBe(false);
  });

  it('a page without timestamps or live markup is ruled out before any detection', () => {
    expect(mayBeLiveBlog(doc('<html><body><h1>Weather</h1><p>Sunny.</p></body></html>'))).toBe(false);
  });
});

describe('the adapter registry', () => {
  it('says what each adapter is, in the order they are tried', () => {
    expect(SITE_ABOUT.map((a) => a.name)).toEqual(SITE_ADAPTERS.map((a) => a.name));
    for (const about of SITE_ABOUT) expect(about.publisher.length).toBeGreaterThan(2);
    expect(new Set(SITE_ADAPTERS.map((a) => a.signature)).size).toBe(SITE_ADAPTERS.length);
  });
});
