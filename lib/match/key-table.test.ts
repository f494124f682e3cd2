import { describe, expect, it } from 'vitest';
import {
  firstEntry,
  isKeyTable,
  keysOf,
  keyTable,
  mergeTables,
  PairBuffer,
  runEnd,
  tableOfPairs,
  valuesInOrder,
  valuesOf,
} from './key-table';

describe('keyTable', () => {
  it('finds every key with its values, and nothing else', () => {
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const map = new Map<number, number[]>();
    for (let i = 0; i < 5000; i++) {
      const k = rand();
      map.set(k, [...(map.get(k) ?? []), i]);
      if (i % 7 === 0) map.get(k)!.push(i + 100_000);
    }
    map.set(0, [1]);
    map.set(0xffffffff, [2, 3]);
    const t = keyTable(map);
    for (const [k, vs] of map) expect(Array.from(valuesOf(t, k))).toEqual(vs);
    for (let i = 0; i < 2000; i++) {
      const k = rand();
      if (!map.has(k)) expect(firstEntry(t, k)).toBe(-1);
    }
  });

  it('works empty and with one key', () => {
    expect(valuesOf(keyTable(new Map()), 5).length).toBe(0);
    const t = keyTable(new Map([[42, [1, 2, 3]]]));
    expect(Array.from(valuesOf(t, 42))).toEqual([1, 2, 3]);
    expect(firstEntry(t, 41)).toBe(-1);
  });

  it('stops counting a long run at the limit', () => {
    const t = keyTable(new Map([[9, Array.from({ length: 500 }, (_, i) => i)]]));
    expect(runEnd(t, 9, firstEntry(t, 9), 100)).toBe(101);
    expect(runEnd(t, 9, firstEntry(t, 9))).toBe(500);
  });

  it('tells keys apart that share their low 16 bits (the bits a table keeps)', () => {
    const keys = [0x0001_abcd, 0x0002_abcd, 0x8000_abcd, 0xffff_abcd, 0x0001_abce, 0x0001_abcc];
    const t = keyTable(new Map(keys.map((k, i) => [k, [i, i + 100]])));
    keys.forEach((k, i) => expect(Array.from(valuesOf(t, k))).toEqual([i, i + 100]));
    expect(firstEntry(t, 0x0003_abcd)).toBe(-1);
    expect(Array.from(keysOf(t))).toEqual([...keys].sort((a, b) => a - b).flatMap((k) => [k, k]));
  });

  it('keeps whole keys through a merge, at every directory size', () => {
    let seed = 3;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (const n of [10, 3_000, 300_000]) {
      const a = new Map<number, number[]>();
      const b = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        const k = rand();
        const into = i % 3 ? a : b;
        into.set(k, [...(into.get(k) ?? []), i]);
      }
      const merged = mergeTables(keyTable(a), keyTable(b));
      const all = new Map(a);
      for (const [k, vs] of b) all.set(k, [...(all.get(k) ?? []), ...vs]);
      expect(Array.from(keysOf(merged))).toEqual(Array.from(keysOf(keyTable(all))));
      for (const [k, vs] of [...all].slice(0, 500)) expect(Array.from(valuesOf(merged, k))).toEqual(vs);
    }
  });
});

describe('tableOfPairs', () => {
  it('holds what keyTable holds for the same pairs, values in the order pushed', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0);
    const pairs = new PairBuffer();
    const map = new Map<number, number[]>();
    for (let v = 0; v < 5000; v++) {
      // Few distinct keys, so that most keys hold several values; spread over all 32 bits.
      const key = (rand() % 700) * 0x5f3759d;
      pairs.push(key >>> 0, v);
      const list = map.get(key >>> 0);
      if (list) list.push(v);
      else map.set(key >>> 0, [v]);
    }
    const a = tableOfPairs(pairs);
    const b = keyTable(map);
    expect(Array.from(keysOf(a))).toEqual(Array.from(keysOf(b)));
    expect(a.low && Array.from(a.low)).toEqual(b.low && Array.from(b.low));
    expect(Array.from(a.entries)).toEqual(Array.from(b.entries));
    expect(Array.from(a.dir)).toEqual(Array.from(b.dir));
  });
});

describe('packed tables (a value and the rest of its key in 4 bytes)', () => {
  let seed = 5;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const pairsOf = (n: number, maxValue: number) => {
    const map = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const k = i % 10 === 0 ? 0xabc0_0000 + (i % 7) : rand();
      map.set(k, [...(map.get(k) ?? []), rand() % (maxValue + 1)]);
    }
    map.set(0xffffffff, [maxValue]);
    return map;
  };

  it('packs when the values are no wider than the directory, and finds every key as the unpacked layout does', () => {
    const small = keyTable(pairsOf(20_000, 60_000));
    const wide = keyTable(pairsOf(20_000, 2 ** 30));
    expect(small.low).toBeNull();
    expect(wide.low).not.toBeNull();
    for (const t of [small, wide]) expect(isKeyTable(t)).toBe(true);
    seed = 5;
    const map = pairsOf(20_000, 60_000);
    for (const [k, vs] of map) expect(Array.from(valuesOf(small, k))).toEqual(vs);
    for (let i = 0; i < 2000; i++) {
      const k = rand();
      if (!map.has(k)) expect(firstEntry(small, k)).toBe(-1);
    }
  });

  it('merges a packed table with one whose values need more bits', () => {
    const a = pairsOf(5_000, 1_000);
    const b = new Map([[0x1234_5678, [2 ** 29]], ...[...pairsOf(100, 1_000)]]);
    const merged = mergeTables(keyTable(a), keyTable(b));
    expect(keyTable(a).low).toBeNull();
    const all = new Map(a);
    for (const [k, vs] of b) all.set(k, [...(all.get(k) ?? []), ...vs]);
    expect(Array.from(keysOf(merged))).toEqual(Array.from(keysOf(keyTable(all))));
    expect(Array.from(valuesInOrder(merged))).toEqual(Array.from(valuesInOrder(keyTable(all))));
    expect(Array.from(valuesOf(merged, 0x1234_5678)).at(-1)).toBe(2 ** 29);
  });

  it('a table read back damaged is refused', () => {
    const t = keyTable(pairsOf(3_000, 500));
    expect(isKeyTable(t)).toBe(true);
    expect(isKeyTable({ ...t, valueBits: 40 })).toBe(false);
    expect(isKeyTable({ ...t, dir: t.dir.subarray(1) })).toBe(false);
    expect(isKeyTable({ ...t, entries: t.entries.subarray(1) })).toBe(false);
    const dir = t.dir.slice();
    dir[5] = dir[6] + 1;
    expect(isKeyTable({ ...t, dir })).toBe(false);
    expect(isKeyTable({ ...t, low: new Uint16Array(3) })).toBe(false);
    expect(isKeyTable(null)).toBe(false);
  });
});
