/**
 * Finds the live-blog posts of a page (live-blog-markup.md). Site adapters, recognised by their
 * markup, read posts best; then JSON-LD naming post elements (by url hash, @id or headline);
 * then microdata; then the heuristic for unknown sites. The first that locates posts is reported
 * as `detector`. JSON-LD, when present, also corrects times an adapter read in the wrong zone.
 */
import { assignKeys } from './post-key';
import { readLiveBlogLd, type LiveBlogLd } from './json-ld';
import { commonAncestor, readJsonLdPosts } from './json-ld-posts';
import { microdataPosts } from './microdata';
import { repeatedPosts, tickerPosts } from './heuristic';
import { SITE_ADAPTERS } from './sites';
import { reconcileTimes } from './times';
import type { DetectedPage, DetectorName, PostReading } from './types';

const LD_SELECTOR = 'script[type="application/ld+json"]';
const SIGNATURES = [
  '#liveblog-body article.block',
  '.block[id^="block-"] .block-elements',
  '.live-event-entry[data-post-time]',
  '.live-events__entry[data-sort-time]',
  'section.liveblog__post',
  'article[data-testid="content-post"]',
  '[itemprop~="liveBlogUpdate"]',
].join(', ');

/**
 * Cheap test run first on every page: known markup, a LiveBlogPosting in JSON-LD, or enough
 * timestamps for the heuristic to be worth running. Most pages stop here.
 */
export function mayBeLiveBlog(doc: Document): boolean {
  if (doc.querySelector(SIGNATURES)) return true;
  for (const s of doc.querySelectorAll(LD_SELECTOR)) if ((s.textContent ?? '').includes('LiveBlogPosting')) return true;
  if (doc.querySelectorAll('time').length >= 3) return true;
  // Unknown live pages say so in their address, title or headline.
  const said = `${doc.location?.pathname ?? ''} ${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  return LIVE_WORDS.test(said);
}

const LIVE_WORDS = /live|ticker|diretta|en direct|en-direct|en vivo|en-vivo|as it happened|minute by minute/i;

export function jsonLdScripts(doc: Document): string[] {
  return [...doc.querySelectorAll(LD_SELECTOR)].map((s) => s.textContent ?? '');
}

export function detectPage(doc: Document): DetectedPage {
  const ld = readLiveBlogLd(jsonLdScripts(doc));

  for (const adapter of SITE_ADAPTERS) {
    const container = adapter.container(doc);
    if (!container) continue;
    const posts = adapter.posts(container);
    if (posts.length) return finish(adapter.name, container, posts, ld);
  }
  if (ld) {
    const posts = readJsonLdPosts(doc, ld.updates);
    if (posts.length) return finish('json-ld', commonAncestor(posts.map((p) => p.element)), posts, ld);
  }
  const micro = microdataPosts(doc);
  if (micro.length) return finish('microdata', commonAncestor(micro.map((p) => p.element)), micro, ld);

  const found = repeatedPosts(doc) ?? tickerPosts(doc);
  if (found) return finish('heuristic', found.container, found.posts, ld);

  return { liveBlog: !!ld, detector: ld ? 'json-ld' : null, container: null, posts: [] };
}

function finish(detector: DetectorName, container: Element | null, readings: PostReading[], ld: LiveBlogLd | null): DetectedPage {
  if (ld) reconcileTimes(readings, ld.updates);
  // Posts with no words (a photo alone) stay: they are posts, with nothing to match.
  const keys = assignKeys(readings);
  return {
    liveBlog: true,
    detector,
    container,
    posts: readings.map(({ keyHints: _hints, ...r }, i) => ({ ...r, key: keys[i] })),
  };
}

/** The page's URL as the CLI reports it: given, else canonical link, og:url, JSON-LD url. */
export function pageUrl(doc: Document, given?: string | null): string | null {
  if (given) return given;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical || og || readLiveBlogLd(jsonLdScripts(doc))?.url || null;
}
