/**
 * Real prose for the bench's recall (issue: "one corpus of real text"): the shipped coverage and
 * the Mirror fixture's 428 posts are indexed beside the synthetic corpus, and edited by the bench's
 * edit kinds for the page; la Repubblica's posts (another story, another language), never
 * indexed, are the real unrelated posts. The fixtures are other publishers' pages, read from
 * `../shared/fixtures` at run time; where they are absent the real-text figures are left out.
 */
import { parseHTML } from 'linkedom';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import type { Coverage } from '../../lib/coverage/types';
import { detectPage } from '../../lib/detect/detect-page';
import { FIXTURES_ABSENT, readFixture } from '../../tests/support/fixtures';
import { mirrorCoverage } from '../../tests/support/mirror-coverage';

const UNRELATED_FIXTURE = 'repubblica-israele-hamas-diretta-2023-11-02.html';

export type PagePost = { title: string | null; paragraphs: string[] };

export type RealText = { indexed: Coverage[]; unrelated: PagePost[] } | { absent: string };

export function realText(): RealText {
  if (FIXTURES_ABSENT) return { absent: FIXTURES_ABSENT };
  const { document } = parseHTML(readFixture(UNRELATED_FIXTURE));
  const unrelated = detectPage(document as unknown as Document).posts.map((p) => ({ title: p.title, paragraphs: [...p.paragraphs] }));
  return { indexed: [loadShippedCoverage(), mirrorCoverage()], unrelated };
}
