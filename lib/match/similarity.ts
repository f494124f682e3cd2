/**
 * Paragraph-level resemblance over word bigrams: cheap, order-aware, and tolerant of a changed
 * word (which costs two bigrams) or an added sentence (which only adds bigrams).
 */
import { fnv1a } from '../text/hash';

export function bigrams(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (words.length === 1) out.add(fnv1a(words[0]));
  for (let i = 0; i + 1 < words.length; i++) out.add(fnv1a(`${words[i]} ${words[i + 1]}`));
  return out;
}

export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Dice coefficient of two bigram sets, 0..1. */
export function dice(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  return (2 * intersectionSize(a, b)) / (a.size + b.size);
}

/**
 * The same paragraph "with small changes": a word or two changed, a sentence added or cut.
 * Dice ≥ 0.5 accepts a changed word or an added sentence; a quote of one sentence from a long
 * paragraph (reuse, not an edit) stays below it.
 */
export const SAME_PARAGRAPH_DICE = 0.5;
