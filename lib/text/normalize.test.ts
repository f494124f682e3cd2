import { describe, expect, it } from 'vitest';
import { FOLDS, fold, isFolded, normalize, words } from './normalize';

describe('normalize', () => {
  it('folds typographic quotes, dashes and whitespace', () => {
    expect(normalize('  “Assad is gone,”\u00a0he said – Syria’s\n\tnews ')).toBe('"Assad is gone," he said - Syria\'s news');
  });
  it('applies NFKC and drops zero-width and bidi controls', () => {
    expect(normalize('ﬁre\u200b in\u202e Homs\ufeff')).toBe('fire in Homs');
  });
  it('keeps Arabic text intact', () => {
    const arabic = 'شمس الحرية تشرق على السوريين';
    expect(normalize(`\u200f${arabic}`)).toBe(arabic);
  });
  it('fold lowercases for comparison only', () => {
    expect(fold('Damascus')).toBe('damascus');
    expect(normalize('Damascus')).toBe('Damascus');
  });
});

describe('normalize, character by character', () => {
  it('folds or drops every folded character and keeps every other one as NFKC writes it', () => {
    for (let u = 0x80; u <= 0xffff; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const c = String.fromCharCode(u);
      const nfkc = `x${c}y`.normalize('NFKC');
      const expected = [...nfkc].map((ch) => (isFolded(ch) ? (FOLDS[ch] ?? '') : ch)).join('');
      expect(normalize(`x${c}y`), `U+${u.toString(16)}`).toBe(expected.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('words', () => {
  it('keeps apostrophes and hyphens inside words and drops punctuation', () => {
    expect(words("Hay’at Tahrir al-Sham's fighters, 2,000 troops.")).toEqual([
      "hay'at",
      'tahrir',
      "al-sham's",
      'fighters',
      '2',
      '000',
      'troops',
    ]);
  });
  it('splits Arabic words', () => {
    expect(words('اليوم يوم العمل')).toHaveLength(3);
  });
});
