/** Microdata live blogs: `[itemprop=liveBlogUpdate][itemscope]` (NDTV and others whose JSON-LD is broken). */
import { isoOrNull, reading } from './sites/site-adapter';
import type { PostReading } from './types';

const UPDATE = '[itemprop~="liveBlogUpdate"][itemscope]';
export const MICRODATA_SIGNATURE = '[itemprop~="liveBlogUpdate"]';

export function microdataElements(doc: Document): Element[] {
  return [...doc.querySelectorAll(UPDATE)].filter((el) => !el.parentElement?.closest(UPDATE));
}

export function readMicrodataPost(el: Element): PostReading {
  const date = el.querySelector('[itemprop="datePublished"]');
  const modified = el.querySelector('[itemprop="dateModified"]');
  const author = el.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]');
  return reading(el, {
    title: el.querySelector('[itemprop="headline"]'),
    exclude: [date, modified, author],
    publishedAt: isoOrNull(date?.getAttribute('datetime') ?? date?.getAttribute('content')),
    updatedAt: isoOrNull(modified?.getAttribute('datetime') ?? modified?.getAttribute('content')),
    byline: [author?.getAttribute('content') ?? author?.textContent],
  });
}
