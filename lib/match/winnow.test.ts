import { describe, expect, it } from 'vitest';
import { hashWords } from '../text/word-hashes';
import { indexFingerprints, INDEX_W, indexWindow, K, W, winnowHashes } from './winnow';

// A copy: the result is a view of a buffer the next call reuses.
const winnow = (words: string[], w = W) => Uint32Array.from(winnowHashes(hashWords(words), K, w));

const text = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => `w${i + offset}`);

/** A post's index fingerprints, its lines given as word lists. */
const indexed = (lines: string[][]) => {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length;
  }
  return Uint32Array.from(indexFingerprints(hashWords(lines.flat()), starts));
};

/** The minimum of every window, each window read whole: what the sliding pass must equal. */
function naiveWinnow(hashes: Uint32Array, w: number): number[] {
  const grams = Array.from({ length: hashes.length - K + 1 }, (_, i) => {
    let g = 0;
    for (let j = 0; j < K; j++) g = (Math.imul(g, 0x01000193) + hashes[i + j]) | 0;
    let h = g ^ (g >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h >>> 0;
  });
  const out: number[] = [];
  for (let s = 0; s + w <= Math.max(grams.length, w); s++) {
    const min = Math.min(...grams.slice(s, s + w));
    if (!out.includes(min)) out.push(min);
  }
  return out;
}

const seeded = (seed: number) => () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
/** Random text from a small vocabulary, so that hashes repeat and windows tie. */
const soup = (n: number, r: () => number) => Array.from({ length: n }, () => `v${Math.floor(r() * 12)}`);

describe('winnow', () => {
  it('gives nothing for fewer than k words and one fingerprint for a short text', () => {
    expect(winnow(text(K - 1))).toHaveLength(0);
    expect(winnow(text(K))).toHaveLength(1);
  });

  it('is deterministic and keeps few fingerprints', () => {
    const a = winnow(text(200));
    expect([...a]).toEqual([...winnow(text(200))]);
    expect(a.length).toBeLessThan(200 / 2);
  });

  it('gives each fingerprint once, in the order of the text, however often a phrase recurs', () => {
    const phrase = text(K + W);
    const a = winnow([...phrase, ...phrase, ...phrase, ...text(30, 50)]);
    expect(new Set(a).size).toBe(a.length);
    const once = winnow(phrase);
    expect([...once].every((f) => a.includes(f))).toBe(true);
    expect([...a.slice(0, once.length)].sort()).toEqual([...once].sort());
  });

  it('rolls each k-gram hash as if it were computed afresh', () => {
    // The same five words anywhere in a text hash alike: shifted texts share every fingerprint of their shared part.
    const words = text(60);
    const shifted = winnow(['x', 'y', 'z', ...words]);
    const plain = winnow(words);
    expect([...plain].filter((f) => shifted.includes(f)).length).toBeGreaterThanOrEqual(plain.length - 1);
  });

  it('finds every shared run of w + k - 1 words (the winnowing guarantee)', () => {
    const shared = text(W + K - 1, 1000);
    for (let trial = 0; trial < 50; trial++) {
      const a = [...text(trial + 3, 0), ...shared, ...text(7, 500)];
      const b = [...text(11, 2000 + trial), ...shared];
      const fa = new Set(winnow(a));
      expect([...winnow(b)].some((f) => fa.has(f))).toBe(true);
    }
  });

  it('slides its windows to the same fingerprints as reading each window whole', () => {
    const r = seeded(3);
    for (let trial = 0; trial < 200; trial++) {
      const words = trial % 2 ? soup(5 + Math.floor(r() * 80), r) : text(5 + trial, trial);
      const w = 1 + (trial % 20);
      expect([...winnow(words, w)]).toEqual(naiveWinnow(hashWords(words), w));
    }
  });
});

describe('index fingerprints', () => {
  const r = seeded(11);
  // Words drawn at random: numbered words in a row hash alike enough to tie windows, as prose does not.
  const words = (n: number) => Array.from({ length: n }, () => `x${Math.floor(r() * 1e9)}`);
  const post = (lineCount: number) => Array.from({ length: lineCount }, () => words(3 + Math.floor(r() * 70)));

  it('are some of what a query of the same text picks (the query finds all it shares)', () => {
    for (let trial = 0; trial < 100; trial++) {
      const lines = post(1 + (trial % 8));
      const query = new Set(winnow(lines.flat()));
      expect([...indexed(lines)].every((f) => query.has(f))).toBe(true);
    }
  });

  it('are a third or less of the query’s on long paragraphs, and a few in every paragraph however long the post', () => {
    const lines = post(12).map((l) => [...l, ...words(60)]);
    const all = indexed(lines);
    expect(all.length).toBeLessThan(winnow(lines.flat()).length / 3);
    for (const l of lines) {
      const own = new Set(winnow(l));
      expect([...all].filter((f) => own.has(f)).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('share one with any query holding a run of INDEX_W + K − 1 words of a line', () => {
    for (let trial = 0; trial < 50; trial++) {
      const lines = post(4).map((l) => [...l, ...words(INDEX_W + K + trial)]);
      const line = lines[trial % 4];
      const start = line.length - (INDEX_W + K - 1) - (trial % 5);
      const run = line.slice(Math.max(0, start), Math.max(0, start) + INDEX_W + K - 1);
      const query = new Set(winnow([...words(7), ...run, ...words(9)]));
      expect([...indexed(lines)].some((f) => query.has(f))).toBe(true);
    }
  });

  it('give a line of fewer than k words none, and its window grows with the line', () => {
    expect(indexed([text(K - 1)])).toHaveLength(0);
    expect(indexWindow(4)).toBe(W);
    expect(indexWindow(1000)).toBe(INDEX_W);
  });
});
