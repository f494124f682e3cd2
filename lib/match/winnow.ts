/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003) over word k-grams: keep the minimum hash of every
 * window of `w` consecutive k-gram hashes. Any run of w + k − 1 shared words is guaranteed to
 * yield a shared fingerprint, so edited copies are still found while the index stays small.
 */
import { sortedDistinct } from './typed-arrays';

export const K = 5;
export const W = 4;

function kgramHashes(wordHashes: Uint32Array, k: number): Uint32Array {
  const n = wordHashes.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ wordHashes[i + j], 0x01000193);
    // A final avalanche so that minima are spread evenly over the hash space.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    out[i] = h >>> 0;
  }
  return out;
}

/** Distinct fingerprints of a text's word hashes (`wordHashes`); empty when it has fewer than `k` words. */
export function winnowHashes(wordHashes: Uint32Array, k = K, w = W): Uint32Array {
  const grams = kgramHashes(wordHashes, k);
  if (grams.length === 0) return grams;
  if (grams.length <= w) return Uint32Array.of(grams.reduce((a, b) => (b < a ? b : a)));
  const picked = new Uint32Array(grams.length - w + 1);
  for (let start = 0; start + w <= grams.length; start++) {
    let min = grams[start];
    for (let j = start + 1; j < start + w; j++) if (grams[j] <= min) min = grams[j];
    picked[start] = min;
  }
  return sortedDistinct(picked);
}
