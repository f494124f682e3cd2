/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003) over word k-grams: keep the minimum hash of every
 * window of `w` consecutive k-gram hashes. Any run of w + k − 1 shared words is guaranteed to
 * yield a shared fingerprint, so edited copies are still found while the index stays small.
 */
import { sortedDistinct } from './typed-arrays';

export const K = 5;
export const W = 4;

let grams = new Uint32Array(256);

/** Each k-gram's hash, into the shared scratch buffer; returns how many. */
function kgramHashes(wordHashes: Uint32Array, k: number): number {
  const n = wordHashes.length - k + 1;
  if (n <= 0) return 0;
  if (grams.length < n) grams = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ wordHashes[i + j], 0x01000193);
    // A final avalanche so that minima are spread evenly over the hash space.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    grams[i] = h >>> 0;
  }
  return n;
}

/** Distinct fingerprints of a text's word hashes (`wordHashes`); empty when it has fewer than `k` words. */
export function winnowHashes(wordHashes: Uint32Array, k = K, w = W): Uint32Array {
  const n = kgramHashes(wordHashes, k);
  if (n === 0) return new Uint32Array(0);
  if (n <= w) {
    let min = grams[0];
    for (let i = 1; i < n; i++) if (grams[i] < min) min = grams[i];
    return Uint32Array.of(min);
  }
  // A window's minimum is usually the previous window's: only changes are kept, so the sort
  // that makes them distinct sees ~2/(w+1) of the windows.
  const picked = new Uint32Array(n - w + 1);
  let count = 0;
  for (let start = 0; start + w <= n; start++) {
    let min = grams[start];
    for (let j = start + 1; j < start + w; j++) if (grams[j] <= min) min = grams[j];
    if (count === 0 || picked[count - 1] !== min) picked[count++] = min;
  }
  return sortedDistinct(picked.subarray(0, count));
}
