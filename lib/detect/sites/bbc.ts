/**
 * BBC live pages. World Service (open-source renderer): `ol[role=list] > li > article` with the
 * post's id on `h3[id]` (urns like `asset:…`); BBC News (English): `article[data-testid=
 * "content-post"]` (reported, not verified on a capture).
 */
import { isoOrNull, reading, type AdapterAbout, type SiteAdapter } from './site-adapter';

const NEWS_POST = 'article[data-testid="content-post"]';
const WS_POST = 'ol[role="list"] > li > article';
/** Also read without the adapter, by the check every page gets (may-be-live-blog.ts). */
export const BBC_SIGNATURE = NEWS_POST;

export const bbc: SiteAdapter = {
  name: 'bbc',
  signature: BBC_SIGNATURE,
  container: (doc) => {
    const news = doc.querySelector(NEWS_POST);
    if (news) return news.closest('ol, ul, section, main') ?? news.parentElement;
    const ws = doc.querySelector(WS_POST);
    return ws && ws.querySelector('h3[id], time[datetime]') ? ws.closest('ol') : null;
  },
  elements: (container) => [...container.querySelectorAll(`${NEWS_POST}, :scope > li > article`)],
  read: (el) => {
    const heading = el.querySelector('h3[id], h2[id], h3, h2');
    return reading(el, {
      title: heading,
      keyHints: [heading?.getAttribute('id') ?? null],
      exclude: [el.querySelector('[data-testid="byline"], .byline')],
      publishedAt: isoOrNull(el.querySelector('time[datetime]')?.getAttribute('datetime')),
      byline: [el.querySelector('[data-testid="byline-name"], .byline__name')?.textContent],
    });
  },
};

/** What the popup and the manifest know of this outlet (kept apart: the page's script never loads it). */
export const bbcAbout: AdapterAbout = {
  name: 'bbc',
  publisher: 'BBC',
  hosts: ['bbc.co.uk', 'bbc.com'],
};
