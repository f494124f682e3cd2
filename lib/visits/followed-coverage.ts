/**
 * A followed blog as part of the index: a coverage holding the first version of every post the
 * reader's visits saw that the index did not hold already (the earliest copy, which `status`
 * compares against; a post of an indexed blog keeps its indexed copy), grown visit by visit
 * and never rewritten, so the live index appends each visit's new posts instead of rebuilding.
 * Later versions stay in the blog's history (blog-history.ts), where the card's version history
 * reads them.
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import type { BlogHistory } from './blog-history';

export const FOLLOWED_PREFIX = 'follow-';

/** The coverage id of a followed blog (its blog id: `blog-<site>-<hash>`). */
export function followedCoverageId(blogId: string): string {
  return `${FOLLOWED_PREFIX}${blogId.replace(/^blog-/, '')}`;
}

/** The blog a followed coverage holds. */
export function blogIdOfFollowed(coverageId: string): string | null {
  return coverageId.startsWith(FOLLOWED_PREFIX) ? `blog-${coverageId.slice(FOLLOWED_PREFIX.length)}` : null;
}

/**
 * The coverage with every post of the history it does not hold yet, oldest visit first and, within
 * a visit, oldest post first (live blogs list newest first); `added` counts them. Posts it holds
 * keep their place and text.
 */
export function followedCoverage(
  existing: Coverage | null,
  history: BlogHistory,
  page: { url: string; title: string; site: string },
  /** Posts the index already holds (a blog in the shipped coverage, one captured or copied elsewhere): not added again. */
  indexed: (post: { title: string | null; paragraphs: readonly string[] }) => boolean = () => false,
): { coverage: Coverage; added: number } {
  const id = followedCoverageId(history.blogId);
  const posts = [...(existing?.posts ?? [])];
  const held = new Set(posts.map((p) => p.id));
  const address = page.url.replace(/[?#].*$/, '');
  for (const visit of history.visits) {
    for (const key of [...visit.keys].reverse()) {
      const postId = `${id}:${key}`;
      const first = history.versions[key]?.[0];
      if (held.has(postId) || !first) continue;
      held.add(postId);
      // Its earliest copy is already in the index: a second one would only double every later analysis.
      if (indexed(first)) continue;
      posts.push({
        id: postId,
        coverage: id,
        position: posts.length + 1,
        title: first.title,
        paragraphs: first.paragraphs,
        edited: false,
        embeds: [],
        url: `${address}#${encodeURIComponent(key)}`,
        // When the reader first saw it, not when it was published: unknown, so not claimed.
        publishedAt: null,
      } satisfies IndexedPost);
    }
  }
  const days = history.visits.map((v) => v.at.slice(0, 10));
  return {
    coverage: {
      meta: {
        id,
        title: page.title || existing?.meta.title || address,
        publisher: page.site,
        url: address,
        language: existing?.meta.language ?? 'und',
        firstDay: days[0] ?? null,
        lastDay: days.at(-1) ?? null,
        source: 'Your visits of this live blog, recorded by Backstory in this browser',
      },
      posts,
    },
    added: posts.length - (existing?.posts.length ?? 0),
  };
}
