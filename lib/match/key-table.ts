/**
 * A read-only multimap from 32-bit keys to 32-bit values in flat typed arrays: the entries sorted
 * by key (a key repeats once per value), and a directory on the keys' top bits that narrows each
 * binary search to a handful of entries. At 10^5 posts the fingerprint table has ~4.4 M keys,
 * most with one value: a start offset per key would cost 17 MB, and a plain binary search over
 * all keys ~22 cache misses per lookup.
 *
 * The directory has at least 2^16 slots, so an entry's slot gives its key's top 16 bits (or more)
 * and the table keeps only the rest: the low 16 bits beside each value (6 bytes an entry instead
 * of 8), or, where the directory has at least as many bits as the values, the bits below the
 * directory's packed with the value into 4 bytes (the fingerprint table: post ids of 20 bits at
 * 10^6 posts, a directory of 2^20 slots and 12 bits of key beside each).
 */

export interface KeyTable {
  /**
   * Per entry, sorted by key (a key once per value): the value, with the key's bits below the
   * directory's packed above it (`valueBits` wide) when both fit in 32 bits; otherwise the value
   * alone (`valueBits` 32), the key's low 16 bits in `low`.
   */
  entries: Uint32Array;
  low: Uint16Array | null;
  valueBits: number;
  /** dir[b] is the first entry whose key's top bits are ≥ b. */
  dir: Uint32Array;
  /** 32 less the directory's bits: a key's slot is `key >>> shift`. */
  shift: number;
}

/** Directory bits: about four entries a slot, and never fewer than 16 (the bits `low` leaves out). */
function directoryBits(n: number): number {
  return Math.max(16, Math.min(20, Math.ceil(Math.log2(Math.max(2, n / 4)))));
}

/** The widest directory a packed table may take (16 MB). */
const MAX_PACKED_BITS = 22;

const bitsOf = (x: number) => Math.max(1, 32 - Math.clz32(x));

/**
 * The layout of a table of n entries whose values are at most `maxValue`: packed (4 bytes an
 * entry) when a directory of at least the values' width costs less than the 2 bytes an entry it
 * saves: the fingerprint table, whose values are post ids (20 bits at 10^6 posts), not the exact
 * table, whose values are line ids (23 bits at 10^6 posts, a directory of 32 MB).
 */
function layout(n: number, maxValue: number): { bits: number; valueBits: number } {
  const bits = directoryBits(n);
  const valueBits = bitsOf(maxValue);
  const packedBits = Math.max(bits, valueBits);
  const packed = packedBits <= MAX_PACKED_BITS && 4 * n + 4 * 2 ** packedBits < 6 * n + 4 * 2 ** bits;
  return packed ? { bits: packedBits, valueBits } : { bits, valueBits: 32 };
}

/** The part of a key an entry keeps: its low 16 bits, or its bits below the directory's. */
const restOfKey = (t: KeyTable, key: number) => (t.low ? key & 0xffff : key & ((1 << t.shift) - 1));
const restAt = (t: KeyTable, at: number) => (t.low ? t.low[at] : t.entries[at] >>> t.valueBits);

/** An entry's value. */
export function valueAt(t: KeyTable, at: number): number {
  return t.low ? t.entries[at] : t.entries[at] & ((1 << t.valueBits) - 1);
}

/** Writes a table's entries in key order, the directory as it goes. */
class TableWriter {
  private readonly t: KeyTable;
  private at = 0;
  private slot = 0;

  constructor(n: number, maxValue: number) {
    const { bits, valueBits } = layout(n, maxValue);
    this.t = {
      entries: new Uint32Array(n),
      low: valueBits === 32 ? new Uint16Array(n) : null,
      valueBits,
      dir: new Uint32Array(2 ** bits + 1),
      shift: 32 - bits,
    };
  }

  push(key: number, value: number): void {
    const t = this.t;
    const top = key >>> t.shift;
    while (this.slot <= top) t.dir[this.slot++] = this.at;
    if (t.low) {
      // A Uint16Array keeps the low 16 bits of what it is given.
      t.low[this.at] = key;
      t.entries[this.at++] = value;
    } else t.entries[this.at++] = (restOfKey(t, key) << t.valueBits) | value;
  }

  table(): KeyTable {
    const t = this.t;
    while (this.slot < t.dir.length) t.dir[this.slot++] = this.at;
    return t;
  }
}

/** Reads a table's entries in order with their whole keys. */
class TableReader {
  private slot = 0;
  at = 0;
  constructor(private readonly t: KeyTable) {}

  get done(): boolean {
    return this.at >= this.t.entries.length;
  }

  /** The current entry's key: its slot's bits and the rest (they agree where they overlap). */
  key(): number {
    while (this.t.dir[this.slot + 1] <= this.at) this.slot++;
    return ((this.slot << this.t.shift) | restAt(this.t, this.at)) >>> 0;
  }

  value(): number {
    return valueAt(this.t, this.at);
  }
}

/** The largest value a table holds (0 when empty). */
function maxValueOf(t: KeyTable): number {
  let max = 0;
  for (let i = 0; i < t.entries.length; i++) max = Math.max(max, valueAt(t, i));
  return max;
}

const EMPTY = new Uint32Array(0);

export function keyTable(map: ReadonlyMap<number, readonly number[]>): KeyTable {
  const sorted = Uint32Array.from(map.keys()).sort();
  let n = 0;
  let max = 0;
  for (const k of sorted) {
    for (const v of map.get(k)!) max = Math.max(max, v);
    n += map.get(k)!.length;
  }
  const out = new TableWriter(n, max);
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
  let max = 0;
  for (let i = 0; i < n; i++) if (values[i] > max) max = values[i];
  const out = new TableWriter(n, max);
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
  const out = new TableWriter(a.entries.length + b.entries.length, Math.max(maxValueOf(a), maxValueOf(b)));
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
  const rest = restOfKey(t, key);
  let lo = t.dir[top];
  const end = t.dir[top + 1];
  let hi = end;
  // Within a slot, entries are in the order of the rest of their keys.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (restAt(t, mid) < rest) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && restAt(t, lo) === rest ? lo : -1;
}

/** The end of the run of `key`'s entries starting at `first` (from `firstEntry`), looking at no more than `limit + 1` of them. */
export function runEnd(t: KeyTable, key: number, first: number, limit = Infinity): number {
  // Past the slot's end, an equal rest belongs to another key.
  const slotEnd = t.dir[(key >>> t.shift) + 1];
  const rest = restAt(t, first);
  let end = first;
  while (end < slotEnd && restAt(t, end) === rest && end - first <= limit) end++;
  return end;
}

/** The values of a key (a view where the table keeps values alone, a copy where it packs them). */
export function valuesOf(t: KeyTable, key: number): Uint32Array {
  const first = firstEntry(t, key);
  if (first < 0) return EMPTY;
  const end = runEnd(t, key, first);
  if (t.low) return t.entries.subarray(first, end);
  const out = new Uint32Array(end - first);
  for (let i = first; i < end; i++) out[i - first] = valueAt(t, i);
  return out;
}

/** Every entry's whole key, in order (for tests and checks: a table does not keep them). */
export function keysOf(t: KeyTable): Uint32Array {
  const out = new Uint32Array(t.entries.length);
  for (const r = new TableReader(t); !r.done; r.at++) out[r.at] = r.key();
  return out;
}

/** Every entry's value, in order (for tests and checks). */
export function valuesInOrder(t: KeyTable): Uint32Array {
  return Uint32Array.from({ length: t.entries.length }, (_, i) => valueAt(t, i));
}

/** Whether a table read from storage is whole: its arrays agree, its directory is in order (null otherwise). */
export function isKeyTable(x: unknown): x is KeyTable {
  const t = x as KeyTable | null;
  if (!t || !(t.entries instanceof Uint32Array) || !(t.dir instanceof Uint32Array) || !Number.isInteger(t.shift)) return false;
  const bits = 32 - t.shift;
  if (bits < 16 || bits > MAX_PACKED_BITS || t.dir.length !== 2 ** bits + 1) return false;
  if (t.dir[0] !== 0 || t.dir[t.dir.length - 1] !== t.entries.length) return false;
  for (let i = 1; i < t.dir.length; i++) if (t.dir[i] < t.dir[i - 1]) return false;
  if (t.low === null) return Number.isInteger(t.valueBits) && t.valueBits >= 1 && t.valueBits <= bits;
  return t.low instanceof Uint16Array && t.low.length === t.entries.length && t.valueBits === 32;
}

export function tableBytes(t: KeyTable): number {
  return t.entries.byteLength + (t.low?.byteLength ?? 0) + t.dir.byteLength;
}
