/**
 * What the popup's "capture this blog" takes from the page: its address, names and posts. A post
 * too long to check is too long to store: the rest of the blog is still captured.
 */
import type { CapturedPage } from '../capture/capture';
import type { DetectedPost } from '../detect/types';
import { clipByline, postProblem, zoneField } from '../messages/limits';

export function pageCapture(doc: Document, posts: readonly DetectedPost[]): CapturedPage {
  return {
    url: doc.location.href,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    title: doc.title,
    publisher: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
    language: doc.documentElement.lang || null,
    posts: posts
      .filter((p) => !postProblem(p))
      .map((p) => ({
        key: p.key,
        title: p.title,
        paragraphs: p.paragraphs,
        publishedAt: p.publishedAt,
        ...zoneField(p.publishedOffset),
        byline: clipByline(p.byline),
      })),
  };
}
