/**
 * la Repubblica's live blogs ("diretta"): `section.liveblog__post[id]` with
 * `time.liveblog__post__pubdate[datetime]` (local time wrongly marked Z: the JSON-LD has the true
 * time, and detect-page prefers it) and `h2.liveblog__post__title`.
 */
import { isoOrNull, reading, type AdapterAbout, type SiteAdapter } from './site-adapter';

const POST = 'section.liveblog__post[id]';
export const REPUBBLICA_SIGNATURE = 'section.liveblog__post';

export const repubblica: SiteAdapter = {
  name: 'repubblica',
  signature: REPUBBLICA_SIGNATURE,
  container: (doc) => doc.querySelector(POST)?.parentElement ?? null,
  elements: (container) => [...container.querySelectorAll(`:scope > ${POST}`)],
  read: (el) => {
    const time = el.querySelector('time.liveblog__post__pubdate[datetime], time[datetime]');
    return reading(el, {
      title: el.querySelector('.liveblog__post__title'),
      exclude: [time],
      publishedAt: isoOrNull(time?.getAttribute('datetime')),
    });
  },
};

/** What the popup and the manifest know of this outlet (kept apart: the page's script never loads it). */
export const repubblicaAbout: AdapterAbout = {
  name: 'repubblica',
  publisher: 'la Repubblica',
  hosts: ['repubblica.it'],
};
