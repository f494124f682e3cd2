/**
 * Paragraph-level resemblance over word bigrams: cheap, order-aware, and tolerant of a changed
 * word (which costs two bigrams) or an added sentence (which only adds bigrams). A paragraph's
 * signature is its distinct bigram hashes, sorted, so two are compared by one merge.
 */
import { wordHashes } from '../text/word-hashes';
import { concat, sortedDistinct } from './typed-arrays';

function pairHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Signature of a sequence of word hashes (see `wordHashes`): a one-word text is its word. */
export function signatureOf(hashes: Uint32Array): Uint32Array {
  if (hashes.length === 1) return Uint32Array.of(hashes[0]);
  const out = new Uint32Array(Math.max(0, hashes.length - 1));
  for (let i = 0; i + 1 < hashes.length; i++) out[i] = pairHash(hashes[i], hashes[i + 1]);
  return sortedDistinct(out);
}

export function signature(text: string): Uint32Array {
  return signatureOf(wordHashes(text));
}

/** The signature of several paragraphs taken together (no bigram spans two of them). */
export function union(signatures: readonly Uint32Array[]): Uint32Array {
  return sortedDistinct(concat(signatures));
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Dice coefficient of two signatures, 0..1. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  return (2 * intersectionSize(a, b)) / (a.length + b.length);
}

/** How much of `inner` is in `outer`, 0..1 (1 for an empty `inner`). */
export function containment(outer: Uint32Array, inner: Uint32Array): number {
  return inner.length === 0 ? 1 : intersectionSize(outer, inner) / inner.length;
}

/**
 * A whole indexed paragraph inside a longer page paragraph (a short post given a sentence more):
 * the same paragraph when nearly all of its bigrams are there and it says enough to tell. Only a
 * paragraph of the best candidate is taken so: a quote of one sentence elsewhere is reuse.
 */
export const CONTAINED_PARAGRAPH = 0.8;
export const CONTAINED_MIN_WORDS = 8;
/** What a page post must share with its match when a paragraph is matched so (contained words counted once). */
export const CONTAINED_PAGE_SHARE = 0.25;

/**
 * The same paragraph "with small changes": a word or two changed, a sentence added or cut.
 * Dice ≥ 0.5 accepts a changed word or an added sentence; a quote of one sentence from a long
 * paragraph (reuse, not an edit) stays below it.
 */
export const SAME_PARAGRAPH_DICE = 0.5;
