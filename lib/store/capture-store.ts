/** Storing a captured live blog as a user coverage, merged with what was captured before. */
import { coverageIdFor, mergeCapture, type CapturedPage } from '../capture/capture';
import { fnv1a } from '../text/hash';
import type { BackstoryDB } from './db';
import { loadCoverage, putCoverage } from './coverage-store';

export interface CaptureResult {
  coverage: string;
  title: string;
  added: number;
  total: number;
}

export async function capturePage(db: BackstoryDB, page: CapturedPage): Promise<CaptureResult> {
  const id = coverageIdFor(page);
  const existing = await loadCoverage(db, id);
  const { coverage, added } = mergeCapture(existing, page);
  if (added > 0 || !existing) {
    // A capture only adds posts (mergeCapture keeps the ones stored): the index appends them.
    await putCoverage(db, coverage, 'user', fnv1a(coverage.posts.map((p) => p.id).join('\n')).toString(36), { append: !!existing });
  }
  return { coverage: id, title: coverage.meta.title, added, total: coverage.posts.length };
}
