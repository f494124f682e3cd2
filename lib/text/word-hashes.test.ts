import { describe, expect, it } from 'vitest';
import { fnv1a } from './hash';
import { fold, words } from './normalize';
import { lineHashes, wordHashes } from './word-hashes';

const viaWords = (t: string) => Array.from(words(t), (w) => fnv1a(w));
const reference = (t: string) => ({ key: fnv1a(fold(t)), words: viaWords(t), empty: fold(t).length === 0 });
const ours = (t: string) => {
  const h = lineHashes(t);
  return { key: h.key, words: Array.from(h.words), empty: h.empty };
};

describe('lineHashes', () => {
  const cases = [
    '',
    '   ',
    ' \u00A0\u200B ',
    'Rebels say they have entered Damascus.',
    "It's the U.S. view; al-Assad's 2,000-strong force -- or not.",
    'a--b a..b a.-b .a. -x- 1.5 3.14.15 end.',
    'ALL CAPS and MiXeD 42nd',
    'Curly ‘quotes’ and “more” – dashes — too',
    'Ünïcödé words: Ḥayāt Taḥrīr al-Shām, Дамаск, 大马士革',
    'ﬁne ligatures and ＦＵＬＬＷＩＤＴＨ',
    "trailing joiner' and -leading",
    'Assad\u2019s men \u2013 and \u201Crebels\u201D\u00A0\u2014 al\u2011Sham',
    'it\u2019 s end\u2019',
    'it`s plain ASCII',
    'it`s next to \u201Cquotes\u201D',
    'a \u2032prime\u2032 and \u2033double\u2033',
    'e\u0301te\u0301 cafe\u0301 and ca\u0300 va',
    'الأسد سقط. قالت المعارضة إنّ دمشق «حرّة»',
    'ΟΔΥΣΣΕΥΣ and İstanbul and ß and ǅ',
    '\u1100\u1161\u11A8 \u3131\u314F 한국',
    'emoji 😀 and 𝐁old math',
    'words😀joined and 𠀋𠀌 ext-B and 𐐀𐐨 Deseret and 🇸🇾 flags and 👍🏽 skin',
    "it'😀s and a-𠀋 and lone \uD83D here and \uDE00 there and at the end \uD83D",
    'soft\u00ADhyphen and zero\u200Bwidth and \uFEFFbom',
    'ellipsis… and ½ and ™ and ㎞',
    'tabs\tand\nnew\r\nlines  and   runs ',
  ];
  for (const text of cases) {
    it(`gives the key and words of ${JSON.stringify(text)} as fold() and words() do`, () => {
      expect(ours(text)).toEqual(reference(text));
      expect(Array.from(wordHashes(text))).toEqual(viaWords(text));
    });
  }

  it('agrees with the reference on random soup', () => {
    const alphabet = 'ab Z9\'-.,;:!?\t\n"()\u2019\u2014\u201C\u00A0éدّ\u0301\u1161Σ\u00AD…ＡΣİ`';
    let seed = 1;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 30 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(ours(text)).toEqual(reference(text));
    }
  });

  it('agrees with the reference on astral characters: emoji, letters, digits, math, Deseret', () => {
    const wrong: string[] = [];
    const ranges = [
      [0x10000, 0x1047f],
      [0x1d400, 0x1d7ff],
      [0x1f000, 0x1faff],
      [0x20000, 0x20100],
      [0xe0000, 0xe007f],
      [0x10fff0, 0x10ffff],
    ];
    for (const [from, to] of ranges)
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        for (const text of [`a${ch}b`, `${ch} x${ch}`, `it'${ch}s ${ch}-${ch}`]) {
          if (JSON.stringify(ours(text)) !== JSON.stringify(reference(text))) wrong.push(cp.toString(16));
        }
      }
    expect(wrong).toEqual([]);
  });

  it('agrees with the reference for every BMP character, alone and between letters', () => {
    const wrong: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const ch = String.fromCharCode(u);
      for (const text of [`a${ch}b`, `${ch} x${ch}`, `it'${ch}s ${ch}-${ch}`]) {
        if (JSON.stringify(ours(text)) !== JSON.stringify(reference(text))) wrong.push(u.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});
