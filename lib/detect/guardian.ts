/**
 * The Guardian's live blogs (dotcom-rendering): blocks are `article.block[id^="block-"]` inside
 * `#liveblog-body`; `#pinned-post` holds a copy of one block, and appeals and ads sit between
 * blocks (live-blog-markup.md). Recognised by this markup, not by host name.
 */
import { elementKeyHints } from './post-key';
import { textBlocks } from './post-text';
import type { PostReading } from './types';
import { normalize } from '../text/normalize';

const BLOCKS = 'article.block[id^="block-"]';

export function guardianContainer(doc: Document): Element | null {
  const body = doc.querySelector('#liveblog-body');
  return body && body.querySelector(BLOCKS) ? body : null;
}

export function readGuardianPosts(container: Element): PostReading[] {
  return [...container.querySelectorAll(BLOCKS)]
    .filter((el) => !el.closest('#pinned-post'))
    .map(readGuardianBlock);
}

export function readGuardianBlock(el: Element): PostReading {
  const header = el.querySelector(':scope > header');
  const title = header?.querySelector('h2, h3');
  const byline = [...(header?.querySelectorAll('img[alt]') ?? [])]
    .map((img) => normalize(img.getAttribute('alt') ?? ''))
    .filter(Boolean);
  return {
    element: el,
    keyHints: elementKeyHints(el),
    title: title ? normalize(title.textContent ?? '') || null : null,
    paragraphs: textBlocks(el),
    publishedAt: isoOrNull(header?.querySelector('time[datetime]')?.getAttribute('datetime')),
    updatedAt: isoOrNull(el.querySelector(':scope > footer time[datetime]')?.getAttribute('datetime')),
    byline: [...new Set(byline)],
  };
}

export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
