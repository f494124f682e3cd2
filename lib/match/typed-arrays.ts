/** Small helpers over Uint32Arrays, the currency of the match index. */

export function concat(parts: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Sorts in place and returns the distinct values (a view of the same buffer). */
export function sortedDistinct(xs: Uint32Array): Uint32Array {
  xs.sort();
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[n++] = xs[i];
  return xs.subarray(0, n);
}

let joined = new Uint32Array(1024);

/** The parts one after another, as a view of a buffer the next call reuses: for a caller that reads it at once. */
export function concatView(parts: readonly Uint32Array[]): Uint32Array {
  let n = 0;
  for (const p of parts) n += p.length;
  if (joined.length < n) joined = new Uint32Array(Math.max(n, joined.length * 2));
  let at = 0;
  for (const p of parts) {
    joined.set(p, at);
    at += p.length;
  }
  return joined.subarray(0, n);
}
