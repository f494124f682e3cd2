import { describe, expect, it } from 'vitest';
import { hashWords } from '../text/word-hashes';
import { K, W, winnowHashes } from './winnow';

const winnow = (words: string[]) => winnowHashes(hashWords(words));

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
