/**
 * A read-only multimap from 32-bit keys to 32-bit values in flat typed arrays: the entries sorted
 * by key (a key repeats once per value), and a directory on the keys' top bits that narrows each
 * binary search to a handful of entries. At 10^5 posts the fingerprint table has ~4.4 M keys,
 * most with one value: a start offset per key would cost 17 MB, and a plain binary search over
 * all keys ~22 cache misses per lookup.
 *
 * The directory has at least 2^16 slots, so an entry's slot gives its key's top 16 bits (or more)
 * and the table keeps only the low 16 bits of each key: 6 bytes an entry instead of 8 (at 10^6
 * posts the fingerprint table has ~44 M entries: 88 MB less), and a lookup's binary search reads
 * half the bytes.
 */

export interface KeyTable {
  /** Each entry's key, its low 16 bits (its slot in `dir` gives the rest); entries sorted by key, a key once per value. */
  low: Uint16Array;
  values: Uint32Array;
  /** dir[b] is the first entry whose key's top bits are ≥ b. */
  dir: Uint32Array;
  shift: number;
}

/** Directory bits: about four entries a slot, and never fewer than 16 (the bits `low` leaves out). */
function directoryBits(n: number): number {
  return Math.max(16, Math.min(20, Math.ceil(Math.log2(Math.max(2, n / 4)))));
}

/** Writes a table's entries in key order, the directory as it goes. */
class TableWriter {
  readonly low: Uint16Array;
  readonly values: Uint32Array;
  readonly dir: Uint32Array;
  readonly shift: number;
  private at = 0;
  private slot = 0;

  constructor(n: number) {
    this.low = new Uint16Array(n);
    this.values = new Uint32Array(n);
    const bits = directoryBits(n);
    this.shift = 32 - bits;
    this.dir = new Uint32Array(2 ** bits + 1);
  }

  push(key: number, value: number): void {
    const top = key >>> this.shift;
    while (this.slot <= top) this.dir[this.slot++] = this.at;
    // A Uint16Array keeps the low 16 bits of what it is given.
    this.low[this.at] = key;
    this.values[this.at++] = value;
  }

  table(): KeyTable {
    while (this.slot < this.dir.length) this.dir[this.slot++] = this.at;
    return { low: this.low, values: this.values, dir: this.dir, shift: this.shift };
  }
}

/** Reads a table's entries in order with their whole keys. */
class TableReader {
  private slot = 0;
  at = 0;
  constructor(private readonly t: KeyTable) {}

  get done(): boolean {
    return this.at >= this.t.low.length;
  }

  /** The current entry's key: its slot's bits and its low 16 (they agree where they overlap). */
  key(): number {
    while (this.t.dir[this.slot + 1] <= this.at) this.slot++;
    return ((this.slot << this.t.shift) | this.t.low[this.at]) >>> 0;
  }

  value(): number {
    return this.t.values[this.at];
  }
}

const EMPTY = new Uint32Array(0);

export function keyTable(map: ReadonlyMap<number, readonly number[]>): KeyTable {
  const sorted = Uint32Array.from(map.keys()).sort();
  let n = 0;
  for (const k of sorted) n += map.get(k)!.length;
  const out = new TableWriter(n);
  for (const k of sorted) for (const v of map.get(k)!) out.push(k, v);
  return out.table();
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
  const out = new TableWriter(n);
  for (let i = 0; i < n; i++) out.push(keys[i], values[i]);
  return out.table();
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
  const out = new TableWriter(a.low.length + b.low.length);
  const x = new TableReader(a);
  const y = new TableReader(b);
  while (!x.done || !y.done) {
    const from = y.done || (!x.done && x.key() <= y.key()) ? x : y;
    out.push(from.key(), from.value());
    from.at++;
  }
  return out.table();
}

/** The first entry holding `key`, or -1. */
export function firstEntry(t: KeyTable, key: number): number {
  const top = key >>> t.shift;
  const low = key & 0xffff;
  let lo = t.dir[top];
  const end = t.dir[top + 1];
  let hi = end;
  // Within a slot, entries are in the order of their low bits.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.low[mid] < low) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && t.low[lo] === low ? lo : -1;
}

/** The end of the run of `key`'s entries starting at `first` (from `firstEntry`), looking at no more than `limit + 1` of them. */
export function runEnd(t: KeyTable, key: number, first: number, limit = Infinity): number {
  // Past the slot's end, equal low bits belong to another key.
  const slotEnd = t.dir[(key >>> t.shift) + 1];
  const low = t.low[first];
  let end = first;
  while (end < slotEnd && t.low[end] === low && end - first <= limit) end++;
  return end;
}

/** The values of a key (a view, not a copy). */
export function valuesOf(t: KeyTable, key: number): Uint32Array {
  const first = firstEntry(t, key);
  return first < 0 ? EMPTY : t.values.subarray(first, runEnd(t, key, first));
}

/** Every entry's whole key, in order (for tests and checks: a table does not keep them). */
export function keysOf(t: KeyTable): Uint32Array {
  const out = new Uint32Array(t.low.length);
  for (const r = new TableReader(t); !r.done; r.at++) out[r.at] = r.key();
  return out;
}

export function tableBytes(t: KeyTable): number {
  return t.low.byteLength + t.values.byteLength + t.dir.byteLength;
}
