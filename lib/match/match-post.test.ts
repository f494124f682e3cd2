import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { line, lines } from '../../tests/support/coverage-lines';
import { forgeFnv1a } from '../../tests/support/fnv-collision';
import { BOILERPLATE, boilerplateCoverage } from '../../bin/bench/corpus';
import type { IndexedPost } from '../coverage/types';
import { corrections } from '../corrections/corrections';
import { origins } from '../attribution/first-published';
import { normalize } from '../text/normalize';
import { buildMatchIndex, exactLines, keyLines, lineText, MAX_PLACES, MAX_SLOT, normalizedKey, postLines, postOf } from './match-index';
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

  it('one paragraph of a nine-paragraph post, a word changed: a page that cuts posts otherwise', () => {
    const whole = match(null, lines(284, 292));
    expect(whole.status).toBe('same');
    const m = match(null, [line(290).replace('make or break', 'make-or-break')]);
    expect(m.status).toBe('edited');
    expect(postIdOf(m)).toBe(postIdOf(whole));
  });

  it('combined: a typo fixed, a sentence added, the end cut', () => {
    const m = match(null, [line(259).replace('habe been', 'have been'), `${line(260)} Amnesty said it would publish more.`]);
    expect(m.status).toBe('edited');
  });
});

describe('a short post inside a longer paragraph', () => {
  const post = (position: number, title: string | null, paragraphs: string[]): IndexedPost => ({
    id: `short:${position}`,
    coverage: 'short',
    position,
    title,
    paragraphs,
    edited: false,
    embeds: [],
    url: null,
    publishedAt: null,
  });
  const BRIDGE = 'The regional council confirmed on Tuesday that the northern bridge will stay closed for repairs.';
  const FLOOD = 'Flood warnings were issued across the southern valley towns late on Monday night';
  const small = buildMatchIndex([
    {
      meta: { ...loadShippedCoverage().meta, id: 'short' },
      posts: [
        post(1, null, [BRIDGE]),
        post(2, FLOOD, ['Residents were told to move their cars to higher ground before the river peaks at dawn.']),
        post(3, null, ['A ferry service will run every half hour from the old harbour while the crossing is shut.']),
      ],
    },
  ]);
  // Long enough that the paragraph and the indexed one are not alike (dice < 0.5): only containment can take it.
  const more =
    'Engineers found cracks in two of its supports and said the work could take until the spring, officials added. ' +
    'Drivers are being sent through the ring road instead, and cyclists may cross on the railway footbridge until further notice.';

  it('a one-paragraph post given a sentence more is that post, edited', () => {
    const m = matchPost(small, { title: null, paragraphs: [`${BRIDGE} ${more}`] });
    expect(m.status).toBe('edited');
    expect(small.posts[m.post!].id).toBe('short:1');
    // With a typo too.
    const typo = matchPost(small, { title: null, paragraphs: [`${BRIDGE.replace('confirmed', 'cofnirmed')} ${more}`] });
    expect(typo.status).toBe('edited');
  });

  it('a long new post holding it in one of its paragraphs is not', () => {
    const long = [
      'Traffic across the county was heavier than usual through the morning as drivers looked for other routes into town.',
      `${BRIDGE} ${more}`,
      'Shops near the river said trade had fallen by half since the detours began, and some asked the council for help with rates.',
      'Bus operators have redrawn three routes and warned passengers that journeys will take up to twenty minutes longer this week.',
      'A public meeting about the repairs is planned for Thursday evening at the library, where engineers will answer questions.',
    ];
    expect(matchPost(small, { title: null, paragraphs: long }).status).toBe('unindexed');
  });

  it('an indexed headline inside a page paragraph is not its post', () => {
    const m = matchPost(small, {
      title: null,
      paragraphs: [
        `${FLOOD}, and the roads out of the valley were closed by police before midnight as the water rose over the fields and lanes, ` +
          'and a rest centre was opened in the school hall for families who had to leave.',
      ],
    });
    expect(m.status).toBe('unindexed');
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

describe('pages that try to fool the matcher', () => {
  it('a forged paragraph with an indexed line’s 32-bit key is never `same`', () => {
    // Random indexed lines (seeded), each forged as a made-up sentence padded with 8 letters.
    let seed = 12345;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 3; n++) {
      const target = Math.floor(random() * index.lineSlot.length);
      const text = lineText(index, target);
      const forged = forgeFnv1a('the minister resigned tonight, officials said ', normalizedKey(text));
      expect(forged).not.toBeNull();
      // The forgery works: the exact table points at the real line...
      expect(normalizedKey(forged!)).toBe(normalizedKey(text));
      expect(Array.from(keyLines(index, forged!))).toContain(target);
      // ...and the matcher still does not take it for that line.
      const m = matchPost(index, { title: null, paragraphs: [forged!] });
      expect(m.status).not.toBe('same');
      expect(m.alignment.some((a) => a.exact)).toBe(false);
    }
  });

  it('forged copies of every line of a real post are not that post', () => {
    const post = index.posts.findIndex((p) => p.title && p.paragraphs.length >= 2);
    const first = index.postFirstLine[post];
    const forged = [first, first + 1, first + 2].map((l) =>
      forgeFnv1a('a sentence nobody ever wrote ', normalizedKey(lineText(index, l)))!,
    );
    const m = matchPost(index, { title: forged[0], paragraphs: forged.slice(1) });
    expect(m.status).toBe('unindexed');
  });

  it('a summary quoting the newest and the oldest posts stays within one post and its neighbours', () => {
    const newest = 0;
    const oldest = index.posts.length - 1;
    const paragraphOf = (p: number) => index.posts[p].paragraphs.find((x) => x.split(' ').length > 12)!;
    const page = { title: null, paragraphs: [paragraphOf(newest), paragraphOf(oldest)] };
    const m = matchPost(index, page);
    const posts = m.alignment.filter((a) => a.line !== null).map((a) => postOf(index, a.line!));
    expect(Math.max(...posts) - Math.min(...posts)).toBeLessThanOrEqual(2);
    if (m.status === 'edited') {
      expect(m.similarity).toBeGreaterThan(0.2);
      const found = corrections(index, m, page.paragraphs);
      expect(found.length).toBeLessThanOrEqual(page.paragraphs.length + index.postLineCount[m.post!]);
      // The paragraph from the far end is reported where it came from.
      const far = m.post === newest ? oldest : newest;
      if (far === oldest) expect(origins(index, m).map((o) => o.postId)).toContain(index.posts[oldest].id);
    }
  });
});

describe('a line held in thousands of posts', () => {
  const K = 3000;
  const boilerplate = BOILERPLATE;
  const coverage = boilerplateCoverage(K);
  const posts = coverage.posts;
  const big = buildMatchIndex([coverage]);

  it('still finds a post that carries it, at its one place', () => {
    const m = matchPost(big, { title: null, paragraphs: [boilerplate, posts[1234].paragraphs[1]] });
    expect(m.status).toBe('same');
    expect(big.posts[m.post!].id).toBe('boiler:1235');
  });

  it('reads at most MAX_PLACES of its places when nothing rarer anchors the post', () => {
    let reads = 0;
    const counted = {
      ...big,
      posts: new Proxy(big.posts, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k)) }),
    };
    matchPost(counted, { title: null, paragraphs: [boilerplate, boilerplate] });
    expect(reads).toBeLessThan(4 * MAX_PLACES);
    expect(exactLines(big, normalize(boilerplate))).toEqual([]);
  });
});

describe('index sizes fit their types', () => {
  it('a post of 70,000 paragraphs does not wrap the 16-bit line counts', () => {
    const meta = { id: 'w', title: 'w', publisher: 'w', url: null, language: 'en', firstDay: null, lastDay: null, source: 'test' };
    const huge: IndexedPost = {
      id: 'w:1',
      coverage: 'w',
      position: 1,
      title: null,
      edited: false,
      embeds: [],
      url: null,
      publishedAt: null,
      paragraphs: Array.from({ length: 70_000 }, (_, i) => `line ${i}`),
    };
    const next: IndexedPost = { ...huge, id: 'w:2', position: 2, paragraphs: ['The next post, whose lines must stay its own.'] };
    const w = buildMatchIndex([{ meta, posts: [huge, next] }]);
    const hugeAt = w.posts.indexOf(huge);
    expect(w.postLineCount[hugeAt]).toBe(MAX_SLOT + 1);
    for (const l of postLines(w, hugeAt)) expect(postOf(w, l)).toBe(hugeAt);
    expect(lineText(w, postLines(w, w.posts.indexOf(next))[0])).toBe('The next post, whose lines must stay its own.');
  });
});
