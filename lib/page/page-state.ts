/** What the popup is told of the page: is it a live blog, found by what, and each post's verdict. */
import type { DetectedPost, PageInfo } from '../detect/types';
import type { Why } from '../messages/reasons';
import type { MatchSummary, PageState, PostDetails, PostStatus, SinceLastVisit } from '../types/post';
import { opening } from '../text/opening';

export interface PostState {
  post: DetectedPost;
  status: PostStatus;
  reason?: string;
  why?: Why;
  match: MatchSummary | null;
  details?: PostDetails;
  since?: SinceLastVisit;
}

export function pageState(doc: Document, page: PageInfo, posts: Iterable<PostState>, revealed: boolean): PageState {
  return {
    liveBlog: page.liveBlog,
    detector: page.detector,
    url: doc.location?.href ?? '',
    title: doc.title,
    revealed,
    posts: [...posts].map((e) => ({
      key: e.post.key,
      title: e.post.title,
      excerpt: opening(e.post.paragraphs, 140),
      status: e.status,
      reason: e.reason,
      why: e.why,
      match: e.match,
      details: e.details,
      since: e.since,
    })),
  };
}
