import { describe, expect, it } from 'vitest';
import { hashWords } from '../text/word-hashes';
import { K, W, winnowHashes } from './winnow';

// A copy: the result is a view of a buffer the next call reuses.
const winnow = (words: string[]) => Uint32Array.from(winnowHashes(hashWords(words)));

const text = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => `w${i + offset}`);

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
});
