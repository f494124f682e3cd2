/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003) over word k-grams: keep the minimum hash of every
 * window of `w` consecutive k-gram hashes. Any run of w + k − 1 shared words is guaranteed to
 * yield a shared fingerprint, so edited copies are still found while the index stays small.
 */

export const K = 5;
export const W = 4;

const P = 0x01000193;

let grams = new Uint32Array(256);

/**
 * Each k-gram's hash, into the shared scratch buffer; returns how many. A polynomial over the
 * gram's word hashes, rolled along the text (two multiplies a gram, not k), then avalanched so
 * that minima are spread evenly over the hash space.
 */
function kgramHashes(wordHashes: Uint32Array, k: number): number {
  const n = wordHashes.length - k + 1;
  if (n <= 0) return 0;
  if (grams.length < n) grams = new Uint32Array(n);
  let top = 1;
  for (let j = 1; j < k; j++) top = Math.imul(top, P);
  let g = 0;
  for (let j = 0; j < k; j++) g = (Math.imul(g, P) + wordHashes[j]) | 0;
  for (let i = 0; ; i++) {
    let h = g ^ (g >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    grams[i] = h >>> 0;
    if (i + 1 === n) break;
    g = (Math.imul(g - Math.imul(wordHashes[i], top), P) + wordHashes[i + k]) | 0;
  }
  return n;
}

// A set for making a text's fingerprints distinct: a slot is taken when its stamp is this call's.
let slots = new Uint32Array(1024);
let stamps = new Uint32Array(1024);
let stamp = 0;

/** Keeps the first of each value of `xs`, in order: a hash set, cheaper than sorting each text's few dozen fingerprints. */
function distinct(xs: Uint32Array, count: number): Uint32Array {
  if (slots.length < count * 2) {
    slots = new Uint32Array(2 ** Math.ceil(Math.log2(count * 2)));
    stamps = new Uint32Array(slots.length);
  }
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const mask = slots.length - 1;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const x = xs[i];
    let s = x & mask;
    while (stamps[s] === stamp && slots[s] !== x) s = (s + 1) & mask;
    if (stamps[s] === stamp) continue;
    stamps[s] = stamp;
    slots[s] = x;
    xs[n++] = x;
  }
  return xs.subarray(0, n);
}

let picked = new Uint32Array(256);

/**
 * Distinct fingerprints of a text's word hashes (`wordHashes`), in the text's order; empty when it
 * has fewer than `k` words. A view of a buffer the next call reuses (copy it to keep it): every
 * caller reads them at once, and an array of them per text was most of what a large index's
 * garbage collector had to do while matching a page at 10^6 posts.
 */
export function winnowHashes(wordHashes: Uint32Array, k = K, w = W): Uint32Array {
  const n = kgramHashes(wordHashes, k);
  if (n === 0) return picked.subarray(0, 0);
  if (n <= w) {
    let min = grams[0];
    for (let i = 1; i < n; i++) if (grams[i] < min) min = grams[i];
    picked[0] = min;
    return picked.subarray(0, 1);
  }
  // A window's minimum is usually the previous window's: only changes are kept, so the set that
  // makes them distinct sees ~2/(w+1) of the windows.
  if (picked.length < n - w + 1) picked = new Uint32Array(n - w + 1);
  let count = 0;
  for (let start = 0; start + w <= n; start++) {
    let min = grams[start];
    for (let j = start + 1; j < start + w; j++) if (grams[j] <= min) min = grams[j];
    if (count === 0 || picked[count - 1] !== min) picked[count++] = min;
  }
  return distinct(picked, count);
}
