import { describe, expect, it } from 'vitest';
import { tokens, weightedTerms } from './terms';

describe('tokens', () => {
  // The one definition of a token, which the ASCII loop must give exactly.
  const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu;
  const reference = (t: string) => [...t.matchAll(TOKEN)].map((m): [string, number] => [m[0], m.index]);

  it('finds in ASCII text what the Unicode pattern finds', () => {
    const texts = [
      "Rebels' advance: 2,000 troops left Homs at 5.30am -- it's over. U.S.-led talks...",
      '\'quoted\' "double" (brackets) a-b-c x.y.z 9-11 _under_score_ #tag @name e.g. ...end.',
      '',
      '...',
      'a',
      "O'Neill's al-Sham-based group. Then: Done!",
    ];
    // Every printable ASCII character, alone and between letters.
    for (let c = 32; c < 127; c++) texts.push(`ab${String.fromCharCode(c)}cd ${String.fromCharCode(c)}x`);
    for (const t of texts) expect([...tokens(t)], t).toEqual(reference(t));
  });

  it('takes the Unicode pattern for text that is not ASCII', () => {
    const t = 'Élysée’s talks in Zürich — اليوم يوم';
    expect([...tokens(t)]).toEqual(reference(t));
  });
});

describe('weightedTerms', () => {
  it('counts a name twice, not a word opening a sentence', () => {
    expect(weightedTerms('Talks resumed in Geneva. Officials met.')).toEqual([
      ['talk', 1],
      ['resum', 1],
      ['geneva', 2],
      ['official', 1],
      ['met', 1],
    ]);
  });
});
