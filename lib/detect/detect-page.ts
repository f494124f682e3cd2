/**
 * Finds the live-blog posts of a page (live-blog-markup.md). Site adapters, recognised by their
 * markup, read posts best; then JSON-LD naming post elements (by url hash, @id or headline);
 * then microdata; then the heuristic for unknown sites. The first that locates posts is reported
 * as `detector`. JSON-LD, when present, also corrects times an adapter read in the wrong zone.
 *
 * Locating is cheap and reading is not, so the two are apart: the content script reads a few
 * posts per task (no long task on a 300-post page); `detectPage` does it all at once.
 */
import { PostKeyer } from './post-key';
import { readLiveBlogLd, type LiveBlogLd } from './json-ld';
import { commonAncestor, locateJsonLdPosts } from './json-ld-posts';
import { microdataElements, readMicrodataPost } from './microdata';
import { repeatedPosts, tickerPosts } from './heuristic';
import { SITE_ADAPTERS } from './sites';
import { reconcileTimes } from './times';
import { LD_SELECTOR } from './may-be-live-blog';
import type { DetectedPage, DetectedPost, LocatedPosts, PostReading } from './types';

export function jsonLdScripts(doc: Document): string[] {
  return [...doc.querySelectorAll(LD_SELECTOR)].map((s) => s.textContent ?? '');
}

export interface LocatedPage {
  liveBlog: boolean;
  ld: LiveBlogLd | null;
  posts: LocatedPosts | null;
}

/** The heuristic fallback, passed in: the content script loads it only for pages that need it. */
export type Fallback = (doc: Document) => { container: Element; elements: Element[]; read: (el: Element) => PostReading } | null;

export const heuristicFallback: Fallback = (doc) => repeatedPosts(doc) ?? tickerPosts(doc);

export function locatePage(doc: Document, fallback?: Fallback): LocatedPage {
  const ld = readLiveBlogLd(jsonLdScripts(doc));
  const found = (posts: LocatedPosts): LocatedPage => ({ liveBlog: true, ld, posts });

  for (const adapter of SITE_ADAPTERS) {
    const container = adapter.container(doc);
    if (!container) continue;
    const elements = adapter.elements(container);
    if (elements.length) return found({ detector: adapter.name, container, elements, read: adapter.read });
  }
  if (ld) {
    const { elements, read } = locateJsonLdPosts(doc, ld.updates);
    if (elements.length) return found({ detector: 'json-ld', container: commonAncestor(elements), elements, read });
  }
  const micro = microdataElements(doc);
  if (micro.length) return found({ detector: 'microdata', container: commonAncestor(micro), elements: micro, read: readMicrodataPost });

  const heuristic = fallback?.(doc);
  if (heuristic) return found({ detector: 'heuristic', ...heuristic });

  return { liveBlog: !!ld, ld, posts: null };
}

/** Reads some located posts (in document order), with keys unique across the whole reading. */
export function readPosts(page: LocatedPage, elements: readonly Element[], keyer: PostKeyer): DetectedPost[] {
  if (!page.posts) return [];
  const readings = elements.map(page.posts.read);
  if (page.ld) reconcileTimes(readings, page.ld.updates);
  // Posts with no words (a photo alone) stay: they are posts, with nothing to match.
  return readings.map(({ keyHints, ...r }) => ({ ...r, key: keyer.key({ ...r, keyHints }) }));
}

export function detectPage(doc: Document): DetectedPage {
  const page = locatePage(doc, heuristicFallback);
  return {
    liveBlog: page.liveBlog,
    detector: page.posts?.detector ?? (page.ld ? 'json-ld' : null),
    container: page.posts?.container ?? null,
    posts: page.posts ? readPosts(page, page.posts.elements, new PostKeyer()) : [],
  };
}

/** The page's URL as the CLI reports it: given, else canonical link, og:url, JSON-LD url. */
export function pageUrl(doc: Document, given?: string | null): string | null {
  if (given) return given;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical || og || readLiveBlogLd(jsonLdScripts(doc))?.url || null;
}
