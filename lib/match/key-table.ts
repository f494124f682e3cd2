/**
 * A read-only multimap from 32-bit keys to 32-bit values in flat typed arrays: the entries sorted
 * by key (a key repeats once per value), and a directory on the keys' top bits that narrows each
 * binary search to a handful of entries. At 10^5 posts the fingerprint table has ~4.4 M keys,
 * most with one value: a start offset per key would cost 17 MB, and a plain binary search over
 * all keys ~22 cache misses per lookup.
 */

export interface KeyTable {
  /** Sorted; a key appears once per value. */
  keys: Uint32Array;
  values: Uint32Array;
  /** dir[b] is the first entry whose key's top bits are ≥ b. */
  dir: Uint32Array;
  shift: number;
}

const EMPTY = new Uint32Array(0);

export function keyTable(map: ReadonlyMap<number, readonly number[]>): KeyTable {
  const sorted = Uint32Array.from(map.keys()).sort();
  let n = 0;
  for (const k of sorted) n += map.get(k)!.length;
  const keys = new Uint32Array(n);
  const values = new Uint32Array(n);
  let at = 0;
  for (const k of sorted) {
    for (const v of map.get(k)!) {
      keys[at] = k;
      values[at++] = v;
    }
  }
  return withDirectory(keys, values);
}

/**
 * (key, value) pairs gathered while building, in growing typed arrays: at 10^6 posts the
 * fingerprint table has ~44 M keys, past what a `Map` may hold (2^24) and ~10× its memory.
 */
export class PairBuffer {
  keys: Uint32Array = new Uint32Array(1024);
  values: Uint32Array = new Uint32Array(1024);
  length = 0;

  push(key: number, value: number): void {
    if (this.length === this.keys.length) {
      this.keys = grown(this.keys);
      this.values = grown(this.values);
    }
    this.keys[this.length] = key;
    this.values[this.length++] = value;
  }
}

function grown(a: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length * 2);
  out.set(a);
  return out;
}

/**
 * The table of the pairs, sorted by key by two stable 16-bit radix passes (linear, and a key's
 * values keep the order they were pushed in, as `keyTable`'s do).
 */
export function tableOfPairs(pairs: PairBuffer): KeyTable {
  const n = pairs.length;
  let keys = pairs.keys.subarray(0, n);
  let values = pairs.values.subarray(0, n);
  const starts = new Uint32Array(0x10001);
  for (const shift of [0, 16]) {
    const toKeys = new Uint32Array(n);
    const toValues = new Uint32Array(n);
    starts.fill(0);
    for (let i = 0; i < n; i++) starts[((keys[i] >>> shift) & 0xffff) + 1]++;
    for (let b = 1; b <= 0x10000; b++) starts[b] += starts[b - 1];
    for (let i = 0; i < n; i++) {
      const at = starts[(keys[i] >>> shift) & 0xffff]++;
      toKeys[at] = keys[i];
      toValues[at] = values[i];
    }
    keys = toKeys;
    values = toValues;
  }
  return withDirectory(keys, values);
}

/** The pairs as a map from key to its values, in order: for the small tail of appended posts. */
export function mapOfPairs(pairs: PairBuffer, into: Map<number, number[]>): void {
  for (let i = 0; i < pairs.length; i++) {
    const key = pairs.keys[i];
    const list = into.get(key);
    if (list) list.push(pairs.values[i]);
    else into.set(key, [pairs.values[i]]);
  }
}

/**
 * One table holding both tables' entries: a linear merge of two sorted runs, so folding a small
 * fresh table into a large one costs a pass over the large one, not a sort. A key's values keep
 * their order, `a`'s first.
 */
export function mergeTables(a: KeyTable, b: KeyTable): KeyTable {
  const n = a.keys.length + b.keys.length;
  const keys = new Uint32Array(n);
  const values = new Uint32Array(n);
  let i = 0;
  let j = 0;
  for (let at = 0; at < n; at++) {
    if (j >= b.keys.length || (i < a.keys.length && a.keys[i] <= b.keys[j])) {
      keys[at] = a.keys[i];
      values[at] = a.values[i++];
    } else {
      keys[at] = b.keys[j];
      values[at] = b.values[j++];
    }
  }
  return withDirectory(keys, values);
}

function withDirectory(keys: Uint32Array, values: Uint32Array): KeyTable {
  const n = keys.length;
  // About four entries per directory slot.
  const bits = Math.max(1, Math.min(20, Math.ceil(Math.log2(Math.max(2, n / 4)))));
  const shift = 32 - bits;
  const dir = new Uint32Array((1 << bits) + 1);
  let b = 0;
  for (let i = 0; i < n; i++) {
    const top = keys[i] >>> shift;
    while (b <= top) dir[b++] = i;
  }
  while (b < dir.length) dir[b++] = n;
  return { keys, values, dir, shift };
}

/** The first entry holding `key`, or -1. */
export function firstEntry(t: KeyTable, key: number): number {
  const top = key >>> t.shift;
  let lo = t.dir[top];
  let hi = t.dir[top + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.keys.length && t.keys[lo] === key ? lo : -1;
}

/** The end of the run of entries starting at `first`, looking at no more than `limit + 1` of them. */
export function runEnd(t: KeyTable, first: number, limit = Infinity): number {
  const key = t.keys[first];
  let end = first;
  while (end < t.keys.length && t.keys[end] === key && end - first <= limit) end++;
  return end;
}

/** The values of a key (a view, not a copy). */
export function valuesOf(t: KeyTable, key: number): Uint32Array {
  const first = firstEntry(t, key);
  return first < 0 ? EMPTY : t.values.subarray(first, runEnd(t, first));
}

export function tableBytes(t: KeyTable): number {
  return t.keys.byteLength + t.values.byteLength + t.dir.byteLength;
}
