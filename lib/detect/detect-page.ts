/**
 * Finds the live-blog posts of a page. Order of trust (live-blog-markup.md): a site adapter
 * recognised by its markup, then JSON-LD naming post elements. The first that yields posts wins
 * and is reported as `detector`.
 */
import { assignKeys } from './post-key';
import { guardianContainer, readGuardianPosts } from './guardian';
import { readLiveBlogLd } from './json-ld';
import { commonAncestor, readJsonLdPosts } from './json-ld-posts';
import type { DetectedPage, DetectorName, PostReading } from './types';

const LD_SELECTOR = 'script[type="application/ld+json"]';

/** Cheap test run before anything else on every page: most pages are not live blogs. */
export function mayBeLiveBlog(doc: Document): boolean {
  if (doc.querySelector('#liveblog-body article.block')) return true;
  for (const s of doc.querySelectorAll(LD_SELECTOR)) if ((s.textContent ?? '').includes('LiveBlogPosting')) return true;
  return false;
}

export function jsonLdScripts(doc: Document): string[] {
  return [...doc.querySelectorAll(LD_SELECTOR)].map((s) => s.textContent ?? '');
}

export function detectPage(doc: Document): DetectedPage {
  const ld = readLiveBlogLd(jsonLdScripts(doc));

  const guardian = guardianContainer(doc);
  if (guardian) return finish('guardian', guardian, readGuardianPosts(guardian));

  if (ld) {
    const posts = readJsonLdPosts(doc, ld.updates);
    if (posts.length) return finish('json-ld', commonAncestor(posts.map((p) => p.element)), posts);
    return { liveBlog: true, detector: 'json-ld', container: null, posts: [] };
  }
  return { liveBlog: false, detector: null, container: null, posts: [] };
}

function finish(detector: DetectorName, container: Element | null, readings: PostReading[]): DetectedPage {
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
