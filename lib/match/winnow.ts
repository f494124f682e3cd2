/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003) over word k-grams: keep the minimum hash of every
 * window of `w` consecutive k-gram hashes. Any run of w + k − 1 shared words is guaranteed to
 * yield a shared fingerprint, so edited copies are still found while the index stays small.
 */

export const K = 5;
export const W = 4;

/** The widest window a line is indexed with: any run of INDEX_W + K − 1 shared words in a line gives a shared fingerprint. */
export const INDEX_W = 16;
/**
 * About 2 × SPREAD fingerprints a line: winnowing keeps about 2/(w+1) of the grams, and a line of
 * g grams is indexed with w ≈ g / SPREAD (between W and INDEX_W). Measured on real prose inside
 * 10^5 synthetic posts: 3 gives a quarter fewer fingerprints than 4 and falls below 0.99 recall
 * for the bench's combined edit.
 */
const SPREAD = 4;

/** The window a line of this many k-grams is indexed with. */
export function indexWindow(grams: number): number {
  return Math.max(W, Math.min(INDEX_W, Math.round(grams / SPREAD)));
}

/**
 * About how many of an indexed post's fingerprints (`words` words in `lines` lines) a query of
 * `query` words can share with it: the density of its average line, times the grams they can share.
 */
export function sharedExpected(query: number, words: number, lines: number): number {
  const grams = Math.max(0, words - K + 1);
  const shared = Math.max(0, Math.min(query, words) - K + 1);
  const w = indexWindow(words / Math.max(1, lines) - K + 1);
  return grams <= w ? Math.min(1, shared) : (2 * shared) / (w + 1);
}

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

function room(n: number): void {
  if (picked.length < n) {
    const more = new Uint32Array(Math.max(n, picked.length * 2));
    more.set(picked);
    picked = more;
  }
}

/**
 * Appends to `picked` (from `count`) the minimum of each window of `w` grams starting in
 * [from, to), windows cut short at gram `n`; returns the new count. A window's
 * minimum is usually the previous window's: only changes are kept, and the minimum is rescanned
 * only when it slides out, so the pass is linear for any w.
 */
function windowMinima(from: number, to: number, w: number, n: number, count: number): number {
  const last = Math.min(to, Math.max(from + 1, n - w + 1));
  room(count + last - from);
  let at = -1;
  for (let start = from; start < last; start++) {
    const end = Math.min(start + w, n) - 1;
    if (at < start) {
      at = start;
      for (let j = start + 1; j <= end; j++) if (grams[j] <= grams[at]) at = j;
    } else if (grams[end] <= grams[at]) at = end;
    const min = grams[at];
    if (count === 0 || picked[count - 1] !== min) picked[count++] = min;
  }
  return count;
}

/**
 * Distinct fingerprints of a text's word hashes (`wordHashes`), in the text's order; empty when it
 * has fewer than `k` words. A view of a buffer the next call reuses (copy it to keep it): every
 * caller reads them at once, and an array of them per text was most of what a large index's
 * garbage collector had to do while matching a page at 10^6 posts.
 */
export function winnowHashes(wordHashes: Uint32Array, k = K, w = W): Uint32Array {
  const n = kgramHashes(wordHashes, k);
  if (n === 0) return picked.subarray(0, 0);
  // (The count first: windowMinima may grow `picked`.)
  const count = windowMinima(0, n, w, n, 0);
  return distinct(picked, count);
}

/**
 * The fingerprints an index keeps of a post (its lines' word hashes joined, `lineStarts` where each
 * line's words begin): each line's own k-grams winnowed with a window of its own (`indexWindow`).
 * A window's minimum is the minimum of every smaller window inside it, so a query winnowed with
 * `winnowHashes` (the narrowest window) picks every one of these that lies in a run it shares;
 * a window per line, not per post, keeps a few in every paragraph, so that a page post that is one
 * paragraph of a long indexed post still finds it. Lines of fewer than k words give none (the
 * exact table finds them).
 */
export function indexFingerprints(wordHashes: Uint32Array, lineStarts: readonly number[], k = K): Uint32Array {
  const n = kgramHashes(wordHashes, k);
  if (n === 0) return picked.subarray(0, 0);
  let count = 0;
  for (let i = 0; i < lineStarts.length; i++) {
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1] : wordHashes.length;
    // The grams that start in this line and end in it; a line of fewer than W of them takes the
    // query's narrowest window over them instead, run on into the next line (or back from the end).
    const from = lineStarts[i];
    const to = end - k + 1;
    if (to - from >= W) count = windowMinima(from, to, indexWindow(to - from), to, count);
    else if (from < to) {
      const start = Math.max(0, Math.min(from, n - W));
      count = windowMinima(start, start + 1, W, n, count);
    }
  }
  return distinct(picked, count);
}
