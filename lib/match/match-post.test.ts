import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { line, lines } from '../../tests/support/coverage-lines';
import { buildMatchIndex } from './match-index';
import { matchPost, type PagePostText } from './match-post';

// Page posts below are cut from the raw coverage text by line number, by hand: their boundaries
// never come from the coverage parser, or every post would be `same` by construction.
const index = buildMatchIndex([loadShippedCoverage()]);
const match = (title: string | null, paragraphs: string[]) => matchPost(index, { title, paragraphs });
const postIdOf = (m: ReturnType<typeof match>) => (m.post === null ? null : index.posts[m.post].id);

describe('same', () => {
  it('a whole post, word for word', () => {
    const m = match(line(342), lines(343, 347));
    expect(m.status).toBe('same');
    expect(m.similarity).toBe(1);
    expect(postIdOf(m)).toBe('guardian-syria-2024-12-07:2');
  });

  it('an untitled run of the coverage split into three page posts', () => {
    // Lines 245–255: one untitled indexed post; a page may show it as three.
    for (const part of [lines(245, 247), lines(249, 251), lines(252, 255)]) {
      expect(match(null, part).status).toBe('same');
    }
  });

  it('two indexed posts merged into one page post', () => {
    // "Syrian rebels say Syria is free of Assad" + "War observatory claims Assad has left the country".
    const m = match(line(104), [...lines(105, 106), ...lines(107, 108)]);
    expect(m.status).toBe('same');
  });

  it('ignores typography, spacing and invisible characters', () => {
    const p = line(343).replace(/’/g, "'").replace(/ /g, '  ').replace('Damascus', 'Dama\u200bscus');
    expect(match(line(342).replace('-', '–'), [p, ...lines(344, 347)]).status).toBe('same');
  });

  it('a paragraph held twice (the summary repeats a post) does not make a post edited', () => {
    // Line 231 repeats line 192 of the "Summary of the day".
    expect(match(null, [line(231), line(232), line(233)]).status).toBe('same');
    expect(match(null, [line(192)]).status).toBe('same');
  });

  it('a headline-only post', () => {
    expect(match(line(21), []).status).toBe('same');
  });
});

describe('edited', () => {
  it('one word changed', () => {
    const m = match(line(104), [line(105).replace('capital', 'city'), line(106)]);
    expect(m.status).toBe('edited');
    expect(postIdOf(m)).toBe(postIdOf(match(line(104), lines(105, 106))));
    expect(m.similarity).toBeGreaterThan(0.85);
    expect(m.similarity).toBeLessThan(1);
  });

  it('a number changed in a title', () => {
    expect(match(line(304).replace('30', '40'), lines(305, 307)).status).toBe('edited');
  });

  it('a sentence added', () => {
    const m = match(line(41), [line(42), `${line(43)} A spokesperson declined to comment further on Sunday evening.`]);
    expect(m.status).toBe('edited');
  });

  it('a paragraph added', () => {
    expect(match(line(41), [...lines(42, 43), 'The UN said it had not been told of the deployment in advance.']).status).toBe('edited');
  });

  it('a sentence removed', () => {
    const cut = line(93).replace(/^(.*?\.)\s.*$/, '$1');
    expect(cut.length).toBeLessThan(line(93).length);
    expect(match(line(88), [...lines(89, 92), cut]).status).toBe('edited');
  });

  it('a paragraph removed from the middle', () => {
    expect(match(line(97), [line(98), ...lines(100, 102)]).status).toBe('edited');
  });

  it('combined: a typo fixed, a sentence added, the end cut', () => {
    const m = match(null, [line(259).replace('habe been', 'have been'), `${line(260)} Amnesty said it would publish more.`]);
    expect(m.status).toBe('edited');
  });
});

describe('unindexed', () => {
  it('text the index does not hold', () => {
    const m = match('Perseverance lands on Mars', [
      'Nasa’s rover touched down in Jezero crater after seven minutes of terror, the agency said.',
      'Engineers in Pasadena cheered as the first images arrived.',
    ]);
    expect(m).toMatchObject({ status: 'unindexed', post: null, similarity: 0 });
  });

  it('a page post that only quotes one short sentence of an indexed post', () => {
    const m = match('Reaction from Washington', [
      'The White House said it was monitoring events closely and had spoken to partners in the region throughout the night.',
      'Officials declined to say whether US forces in the north-east had been placed on alert, citing operational security.',
      'The Guardian was unable to independently confirm the report.',
    ]);
    expect(m.status).toBe('unindexed');
  });

  it('an empty post', () => {
    expect(match(null, []).status).toBe('unindexed');
    expect(match('  ', ['\u200b']).status).toBe('unindexed');
  });

  it('hostile input: very long text and control characters', () => {
    const long = 'word '.repeat(200_000);
    const post: PagePostText = { title: '\u202e\u0000', paragraphs: [long, '\u0007'.repeat(50)] };
    expect(matchPost(index, post).status).toBe('unindexed');
  });
});
