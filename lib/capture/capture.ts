/**
 * "Add this live blog to my index": a page's posts become a coverage of its own, or join the one
 * already captured from that blog. Post ids come from the coverage and the post's key on the page
 * (stable across visits), so capturing the same page twice adds nothing twice; positions are
 * recomputed oldest first from the posts' times.
 */
import type { Coverage, CoverageMeta, IndexedPost } from '../coverage/types';
import { shortHash } from '../text/hash';
import { zoneField } from '../messages/limits';

export interface CapturedPost {
  key: string;
  title: string | null;
  paragraphs: string[];
  publishedAt: string | null;
  publishedOffset?: number;
  byline: string[];
}

export interface CapturedPage {
  url: string;
  canonicalUrl: string | null;
  title: string;
  publisher: string | null;
  language: string | null;
  /** In page order: newest first, as live blogs read. */
  posts: CapturedPost[];
}

export const CAPTURE_PREFIX = 'capture-';

const siteOf = (u: URL) => u.hostname.replace(/^www\./, '');

/**
 * The blog's own address: its canonical link, resolved against the page (many are relative),
 * when it names the same site; else the page's address. A page on one site that names another
 * site's blog as canonical must not merge into that blog's capture or take its id.
 */
export function blogAddress(page: Pick<CapturedPage, 'url' | 'canonicalUrl'>): URL {
  const own = new URL(page.url);
  if (page.canonicalUrl) {
    try {
      const canonical = new URL(page.canonicalUrl, own);
      if ((canonical.protocol === 'https:' || canonical.protocol === 'http:') && siteOf(canonical) === siteOf(own)) return canonical;
    } catch {
      /* an unreadable canonical link: the page's own address */
    }
  }
  return own;
}

/** A blog's key: its site and a hash of its address, without query or fragment (pages of one blog share it). */
export function blogKey(page: Pick<CapturedPage, 'url' | 'canonicalUrl'>): string {
  const u = blogAddress(page);
  const host = siteOf(u);
  return `${host}-${shortHash(`${host}${u.pathname}`)}`;
}

/** The coverage id of a captured blog. */
export function coverageIdFor(page: Pick<CapturedPage, 'url' | 'canonicalUrl'>): string {
  return `${CAPTURE_PREFIX}${blogKey(page)}`;
}

export interface MergeResult {
  coverage: Coverage;
  added: number;
  kept: number;
}

/** Merges a captured page into the blog's existing coverage (or a new one). */
export function mergeCapture(existing: Coverage | null, page: CapturedPage, now = new Date().toISOString()): MergeResult {
  const id = existing?.meta.id ?? coverageIdFor(page);
  const address = blogAddress(page);
  const blogUrl = `${address.origin}${address.pathname}`;
  const byId = new Map((existing?.posts ?? []).map((p) => [p.id, p]));
  let added = 0;
  // Oldest first within the page, so that ties in time keep the page's order.
  const incoming = [...page.posts].reverse();
  for (const p of incoming) {
    if (!p.title && p.paragraphs.length === 0) continue;
    const postId = `${id}:${p.key}`;
    if (byId.has(postId)) continue;
    added++;
    byId.set(postId, {
      id: postId,
      coverage: id,
      position: 0,
      title: p.title,
      paragraphs: p.paragraphs,
      edited: false,
      embeds: [],
      url: `${blogUrl}#${encodeURIComponent(p.key)}`,
      publishedAt: p.publishedAt,
      ...zoneField(p.publishedOffset),
    });
  }
  const order = [...byId.values()];
  // Stable sort by time; posts without one keep their place.
  const indexed = order.map((p, i) => ({ p, i }));
  indexed.sort((a, b) => (a.p.publishedAt && b.p.publishedAt ? a.p.publishedAt.localeCompare(b.p.publishedAt) : 0) || a.i - b.i);
  const posts: IndexedPost[] = indexed.map(({ p }, i) => ({ ...p, position: i + 1 }));
  const times = posts
    .map((p) => p.publishedAt)
    .filter((t): t is string => !!t)
    .sort();
  const meta: CoverageMeta = {
    id,
    title: page.title || existing?.meta.title || blogUrl,
    publisher: page.publisher ?? existing?.meta.publisher ?? new URL(blogUrl).hostname,
    url: blogUrl,
    language: page.language ?? existing?.meta.language ?? 'und',
    firstDay: times[0]?.slice(0, 10) ?? existing?.meta.firstDay ?? null,
    lastDay: times[times.length - 1]?.slice(0, 10) ?? existing?.meta.lastDay ?? null,
    source: `Captured from ${blogUrl} on ${now.slice(0, 10)}`,
  };
  return { coverage: { meta, posts }, added, kept: posts.length - added };
}
