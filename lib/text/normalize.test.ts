import { describe, expect, it } from 'vitest';
import { FOLDS, fold, isFolded, normalize, normalizeWhole, words } from './normalize';

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

describe('normalize in one pass, against the whole-text path', () => {
  it('agrees for every BMP unit at the start, the end, between spaces, in runs and beside a fold', () => {
    const wrong: string[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      const c = String.fromCharCode(u);
      for (const text of [c, `${c}ab`, `ab${c}`, ` ${c} x`, `x ${c}${c} y `, `\u2019${c}\u00a0 ${c}z`, `it${c}s`, `a\u200b ${c}`]) {
        if (normalize(text) !== normalizeWhole(text)) wrong.push(u.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees on astral characters, lone surrogates and random soup of spaces, folds and controls', () => {
    const astral = ['😀', '𝐁', '𠀋', '🇸🇾', '👍🏽', '\uD83D', '\uDE00', '\uD83Dx'];
    for (const a of astral)
      for (const text of [a, `x${a}y`, `\u2019${a} `, ` ${a}\u00a0`]) expect(normalize(text)).toBe(normalizeWhole(text));
    const alphabet = 'ab Z9 \t\n\r\u00a0\u2000\u3000\u200b\u200f\ufeff\u00ad\u2019\u201c\u2014\ufe58ＡﬁéΣ\u0301`😀';
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const symbols = [...alphabet];
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 24) }, () => symbols[Math.floor(rand() * symbols.length)]).join('');
      expect(normalize(text), JSON.stringify(text)).toBe(normalizeWhole(text));
    }
  });

  it('gives text with nothing to change back as it is', () => {
    const clean = 'شمس الحرية تشرق — no, plain: café';
    expect(normalize('شمس الحرية تشرق على السوريين')).toBe('شمس الحرية تشرق على السوريين');
    expect(normalize(clean)).toBe(normalizeWhole(clean));
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
