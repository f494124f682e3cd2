/**
 * The Guardian's live blogs (dotcom-rendering): blocks are `article.block[id^="block-"]` inside
 * `#liveblog-body`; `#pinned-post` holds a copy of one block, and appeals and ads sit between
 * blocks (live-blog-markup.md).
 */
import { isoOrNull, reading, type AdapterAbout, type SiteAdapter } from './site-adapter';

const BLOCKS = 'article.block[id^="block-"]';
export const GUARDIAN_SIGNATURE = '#liveblog-body article.block';

export const guardian: SiteAdapter = {
  name: 'guardian',
  signature: GUARDIAN_SIGNATURE,
  container: (doc) => {
    const body = doc.querySelector('#liveblog-body');
    return body && body.querySelector(BLOCKS) ? body : null;
  },
  elements: (container) => [...container.querySelectorAll(BLOCKS)].filter((el) => !el.closest('#pinned-post')),
  read: (el) => {
    const header = el.querySelector(':scope > header');
    return reading(el, {
      title: header?.querySelector('h2, h3'),
      publishedAt: isoOrNull(header?.querySelector('time[datetime]')?.getAttribute('datetime')),
      updatedAt: isoOrNull(el.querySelector(':scope > footer time[datetime]')?.getAttribute('datetime')),
      byline: [...(header?.querySelectorAll('img[alt]') ?? [])].map((img) => img.getAttribute('alt')),
    });
  },
};

/** What the popup and the manifest know of this outlet (kept apart: the page's script never loads it). */
export const guardianAbout: AdapterAbout = {
  name: 'guardian',
  publisher: 'The Guardian',
  hosts: ['theguardian.com'],
};
