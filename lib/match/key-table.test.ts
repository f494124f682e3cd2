import { describe, expect, it } from 'vitest';
import { firstEntry, keyTable, PairBuffer, runEnd, tableOfPairs, valuesOf } from './key-table';

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
    expect(runEnd(t, firstEntry(t, 9), 100)).toBe(101);
    expect(runEnd(t, firstEntry(t, 9))).toBe(500);
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
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.dir)).toEqual(Array.from(b.dir));
  });
});
