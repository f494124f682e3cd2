import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { buildMatchIndex } from '../match/match-index';
import { matchPost } from '../match/match-post';
import { line, lines } from '../../tests/support/coverage-lines';
import { classifyChange } from './classify-change';
import { corrections, findNotices, paragraphChanges } from './corrections';

const index = buildMatchIndex([loadShippedCoverage()]);
const correct = (title: string, paragraphs: string[]) => corrections(index, matchPost(index, { title, paragraphs }), paragraphs);

describe('classifyChange', () => {
  it.each([
    ['habe', 'have', 'wording'],
    ['Jalili', 'Jalali', 'wording'],
    ['Sednaya', 'Saydnaya', 'wording'],
    [',', ';', 'wording'],
    ['the', 'a', 'wording'],
    ['30', '40', 'substantive'],
    ['Saturday', 'Sunday', 'substantive'],
    ['', 'not', 'substantive'],
    ['Hezbollah', 'Hamas', 'substantive'],
    ['remains', 'has fled', 'substantive'],
  ] as const)('%s → %s is %s', (removed, added, kind) => {
    expect(classifyChange(removed, added)).toBe(kind);
  });
});

describe('corrections of an edited post', () => {
  it('a typo fixed is wording, with a word diff', () => {
    const c = correct(line(141), [line(142), line(143).replace('instructed', 'instucted')]);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'wording' });
    expect(c[0].diff?.some((p) => p.op === '-' && p.text.includes('instructed'))).toBe(true);
  });

  it('a number changed is substantive', () => {
    const c = correct(line(304), [line(305).replace('At least 30', 'At least 40'), ...lines(306, 307)]);
    expect(c.map((x) => x.kind)).toEqual(['substantive']);
    expect(c[0].before).toContain('30');
    expect(c[0].after).toContain('40');
  });

  it('a sentence added and a paragraph removed', () => {
    const c = correct(line(41), [`${line(42)} The army gave no further details.`]);
    expect(c).toEqual([
      { kind: 'added', before: null, after: 'The army gave no further details.' },
      expect.objectContaining({ kind: 'removed', before: expect.stringMatching(/^However, the country's military/) }),
    ]);
  });

  it('a sentence removed from a paragraph', () => {
    const cut = line(93).replace(/^(.*?\.)\s.*$/, '$1');
    const c = correct(line(88), [...lines(89, 92), cut]);
    expect(c).toEqual([{ kind: 'removed', before: "Assad's family has extensive real estate holdings in Dubai.", after: null }]);
  });

  it('an unchanged post has none', () => {
    expect(correct(line(104), lines(105, 106))).toEqual([]);
  });
});

describe('correction notices', () => {
  it('are found once each, in any post', () => {
    const notice = 'This post was amended on 8 December 2024 to correct the name of the prime minister.';
    expect(findNotices(['Text.', notice, notice, 'Correction: an earlier version misspelled Saydnaya.'])).toEqual([
      { kind: 'notice', before: null, after: notice },
      { kind: 'notice', before: null, after: 'Correction: an earlier version misspelled Saydnaya.' },
    ]);
    expect(findNotices(['The correction of the record will take years.'])).toEqual([]);
  });

  it('paragraphChanges leaves identical text alone', () => {
    expect(paragraphChanges('Same.', 'Same.')).toEqual([]);
  });
});

describe('a notice added to a post', () => {
  it('is reported once, as a notice, not also as an added paragraph', () => {
    const notice = 'Correction: an earlier version of this post gave the wrong number of troops.';
    const c = correct(line(41), [...lines(42, 43), notice]);
    expect(c).toEqual([{ kind: 'notice', before: null, after: notice }]);
  });
});
