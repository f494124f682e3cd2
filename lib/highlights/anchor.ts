/**
 * Finding a highlight again in a post whose text may have changed: the exact quote first; then
 * approximate matches of the quote (approx-string-match, up to about 10% errors) scored with
 * their context and position. An anchor is accepted only above a score threshold and with a clear
 * margin over the runner-up: live blogs repeat near-identical paragraphs, and attaching a note to
 * the wrong one is worse than saying it could not be attached.
 */
import search from 'approx-string-match';
import type { QuoteSelector } from './model';

export interface Anchor {
  start: number;
  end: number;
  /** 0..1: how sure. */
  score: number;
  exact: boolean;
}

const CONTEXT = 32;
export const MIN_SCORE = 0.7;
export const MIN_MARGIN = 0.1;

/** The selector for text[start, end). */
export function describeQuote(text: string, start: number, end: number): QuoteSelector {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

/** Similarity of two short strings, 0..1, from their edit distance (approx-string-match). */
function contextScore(expected: string, actual: string, fromEnd: boolean): number {
  if (!expected) return 1;
  const a = fromEnd ? actual.slice(-expected.length) : actual.slice(0, expected.length);
  if (!a) return 0;
  const m = search(a, expected, expected.length);
  const errors = m.length ? Math.min(...m.map((x) => x.errors)) : expected.length;
  return 1 - errors / expected.length;
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
  exact: boolean;
}

export function anchorQuote(text: string, q: QuoteSelector, hint?: { start: number }): Anchor | null {
  if (!q.exact) return null;
  const candidates: Candidate[] = [];
  for (let i = text.indexOf(q.exact); i >= 0; i = text.indexOf(q.exact, i + 1)) {
    candidates.push({ start: i, end: i + q.exact.length, quote: 1, exact: true });
  }
  if (!candidates.length) {
    const maxErrors = Math.min(256, Math.max(1, Math.floor(q.exact.length * 0.1)));
    // Patterns over 32 characters are matched in blocks by the library: fine up to page-sized text.
    for (const m of search(text, q.exact, maxErrors)) {
      candidates.push({ start: m.start, end: m.end, quote: 1 - m.errors / q.exact.length, exact: false });
    }
  }
  if (!candidates.length) return null;
  const scored = candidates.map((c) => {
    const prefix = contextScore(q.prefix, text.slice(Math.max(0, c.start - q.prefix.length - 4), c.start), true);
    const suffix = contextScore(q.suffix, text.slice(c.end, c.end + q.suffix.length + 4), false);
    const position = hint ? 1 - Math.min(1, Math.abs(c.start - hint.start) / Math.max(1, text.length)) : 1;
    // The quote counts most; context tells repeats apart; position only breaks near-ties.
    const score = 0.6 * c.quote + 0.15 * prefix + 0.15 * suffix + 0.1 * position;
    return { ...c, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best.score < MIN_SCORE) return null;
  if (second && best.score - second.score < MIN_MARGIN) return null;
  return { start: best.start, end: best.end, score: Math.round(best.score * 1000) / 1000, exact: best.exact };
}
