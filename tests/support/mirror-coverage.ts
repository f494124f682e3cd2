/**
 * A second story for the analyses (tests/labels/mirror-labels.json): the Mirror's live blog of the
 * English riots of August 2024 (shared fixture), its 428 JSON-LD posts made into a coverage the
 * way a capture makes one, oldest first. The fixture's prose stays in the fixture: labels name
 * posts by position and a hash of their headline.
 */
import { parseHTML } from 'linkedom';
import { mergeCapture, type CapturedPage } from '../../lib/capture/capture';
import type { Coverage, IndexedPost } from '../../lib/coverage/types';
import { jsonLdScripts } from '../../lib/detect/detect-page';
import { readLiveBlogLd } from '../../lib/detect/json-ld';
import { shortHash } from '../../lib/text/hash';
import { normalize } from '../../lib/text/normalize';
import { readFixture } from './fixtures';

export const MIRROR_FIXTURE = 'mirror-uk-riots-live-2024-08-05.html.gz';

export function mirrorCoverage(): Coverage {
  const { document } = parseHTML(readFixture(MIRROR_FIXTURE));
  const ld = readLiveBlogLd(jsonLdScripts(document as unknown as Document));
  if (!ld) throw new Error('the Mirror fixture has no LiveBlogPosting');
  const page: CapturedPage = {
    url: ld.url ?? 'https://www.mirror.co.uk/news/uk-news/live',
    canonicalUrl: null,
    title: ld.headline ?? 'Mirror live',
    publisher: 'Daily Mirror',
    language: 'en',
    posts: ld.updates.map((u, i) => ({
      key: u.id ?? u.url ?? `update-${i}`,
      title: u.headline,
      paragraphs: u.body ? [u.body] : [],
      publishedAt: u.datePublished,
      byline: [],
    })),
  };
  return mergeCapture(null, page, '2024-08-06T00:00:00Z').coverage;
}

/** What a label names a post by: a hash of its headline, or of its first paragraph when it has none. */
export function headlineHash(post: Pick<IndexedPost, 'title' | 'paragraphs'>): string {
  return shortHash(normalize(post.title ?? post.paragraphs[0] ?? ''));
}
