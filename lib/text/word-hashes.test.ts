import { describe, expect, it } from 'vitest';
import { fnv1a } from './hash';
import { words } from './normalize';
import { wordHashes } from './word-hashes';

const viaWords = (t: string) => Array.from(words(t), (w) => fnv1a(w));

describe('wordHashes', () => {
  const cases = [
    '',
    '   ',
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
  ];
  for (const text of cases) {
    it(`hashes the words of ${JSON.stringify(text)} as words() does`, () => {
      expect(Array.from(wordHashes(text))).toEqual(viaWords(text));
    });
  }

  it('agrees with words() on random ASCII soup', () => {
    const alphabet = 'ab Z9\'-.,;:!?\t\n"()\u2019\u2014\u201C\u00A0é';
    let seed = 1;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(Array.from(wordHashes(text))).toEqual(viaWords(text));
    }
  });
});
