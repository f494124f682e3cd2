/**
 * The command line's whole job on one saved page (docs/contracts.md §2): detect posts, match each
 * against the coverage, and report. Attribution, related posts, updates and corrections are
 * filled in by their own modules as they land; until then they are present and empty.
 */
import { detectPage, pageUrl } from '../detect/detect-page';
import type { DetectorName } from '../detect/types';
import type { Analyzer } from './analyzer';
import type { MatchSummary } from '../types/post';
import { coveredPosts, removedBetween, removedPosts, type RemovedPost } from './removed-posts';
import { excerptOf } from './describe-match';
import type { BlogHistory } from '../visits/blog-history';
import { compareWithLastVisit, type SinceLastVisit } from '../visits/since-last-visit';
import type { MatchStatus } from '../types/post';

export interface CliMatch {
  postId: string;
  coverage: string;
  title: string | null;
  excerpt: string;
  url: string | null;
  publishedAt: string | null;
  similarity: number;
}

export interface CliPost {
  key: string;
  title: string | null;
  text: string;
  publishedAt: string | null;
  updatedAt: string | null;
  byline: string[];
  status: MatchStatus;
  /** Against the last earlier visit of this blog; null when none is known. */
  sinceLastVisit: SinceLastVisit | null;
  match: CliMatch | null;
  attribution: {
    firstPublished: null | { coverage: string; postId: string; title: string | null; excerpt: string; publishedAt: string | null };
    origins: { paragraph: number; coverage: string; postId: string; title: string | null; excerpt: string }[];
    writers: string[];
    sources: { name: string; kind: string; evidence: string }[];
    people: { name: string; role: string | null }[];
    embeds: { platform: string; handle: string | null; author: string | null; date: string | null }[];
  };
  related: { postId: string; title: string | null; excerpt: string; score: number }[];
  updates: { postId: string; title: string | null; excerpt: string; publishedAt: string | null; relation: string }[];
  corrections: { kind: string; before: string | null; after: string | null }[];
}

export interface CliReport {
  page: { url: string | null; title: string; liveBlog: boolean; detector: DetectorName | null; removed: RemovedPost[] };
  posts: CliPost[];
}

function cliMatch(m: MatchSummary | null): CliMatch | null {
  if (!m) return null;
  const { postId, coverage, title, excerpt, url, publishedAt, similarity } = m;
  return { postId, coverage, title, excerpt, url, publishedAt, similarity };
}

/**
 * The report on a page; `history`, the blog's earlier visits (the command line's `--seen`), adds
 * each post's `sinceLastVisit` and the posts of the last visit the page no longer shows.
 */
export function annotatePage(doc: Document, analyzer: Analyzer, givenUrl?: string | null, history?: BlogHistory): CliReport {
  const detected = detectPage(doc);
  const verdicts = detected.posts.map((p) => analyzer.verdict(p));
  const sinceLast = history ? compareWithLastVisit(history, detected.posts) : null;
  const gone: RemovedPost[] = (sinceLast?.removed ?? []).map((r) => ({
    postId: `${history!.blogId}:${r.key}`,
    title: r.version.title,
    excerpt: excerptOf(r.version.paragraphs),
  }));
  return {
    page: {
      url: pageUrl(doc, givenUrl),
      title: (doc.querySelector('title')?.textContent ?? '').trim(),
      liveBlog: detected.liveBlog,
      detector: detected.detector,
      removed: [
        ...removedPosts(
          analyzer.index,
          removedBetween(
            analyzer.index,
            verdicts.flatMap((v) => coveredPosts(analyzer.index, v.detail)),
          ),
        ),
        ...gone,
      ],
    },
    posts: detected.posts.map((p, i) => {
      const d = analyzer.details(p, verdicts[i]);
      return {
        key: p.key,
        title: p.title,
        text: [...(p.title ? [p.title] : []), ...p.paragraphs].join('\n'),
        publishedAt: p.publishedAt,
        updatedAt: p.updatedAt,
        byline: p.byline,
        status: verdicts[i].status,
        sinceLastVisit: sinceLast?.posts.get(p.key)?.since ?? null,
        match: cliMatch(verdicts[i].match),
        attribution: d.attribution,
        related: d.related.map(({ postId, title, excerpt, score }) => ({ postId, title, excerpt, score })),
        updates: d.updates.map(({ postId, title, excerpt, publishedAt, relation }) => ({ postId, title, excerpt, publishedAt, relation })),
        corrections: d.corrections.map(({ kind, before, after }) => ({ kind, before, after })),
      };
    }),
  };
}
