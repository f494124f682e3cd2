import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../match/match-index';
import { COVERAGE, LABELS, labelled } from '../../tests/support/labels';
import { buildRelatedIndex, relatedTo } from './related-index';
import { terms, weightedTerms } from './terms';

// The related index is built over the match index's post order (reading order).
const match = buildMatchIndex([COVERAGE]);
const related = buildRelatedIndex(match.posts);
const at = (position: number) => match.posts.findIndex((p) => p.position === position);

describe('terms', () => {
  it('drops stop words, folds plurals and possessives and Arabic letter forms', () => {
    expect(terms("The rebels' offensive and Assad’s forces")).toEqual(['rebel', 'offensive', 'assad', 'force']);
    expect(terms('إعلان الدولة')).toEqual(terms('اعلان الدوله'));
  });
  it('meets a verb in its forms, and weighs names twice', () => {
    expect(terms('boarding boarded boards')).toEqual(['board', 'board', 'board']);
    expect(terms('intervening intervened')).toEqual(['interven', 'interven']);
    expect(weightedTerms('Officials said Biden was monitoring. Troops left.')).toEqual([
      ['official', 1],
      ['biden', 2],
      ['monitor', 1],
      ['troop', 1],
      ['left', 1],
    ]);
  });
});

describe('related posts across outlets: the same event in other words', () => {
  // Posts as another outlet wrote them (not the coverage's text), and the indexed post on the same event.
  const cases: [string, string, number][] = [
    [
      'President Joe Biden is closely monitoring the extraordinary events in Syria and is in constant contact with regional partners, the White House said.',
      'the Biden administration had no intention of intervening',
      3,
    ],
    ['A Syrian Air plane took off from Damascus airport and then vanished from radar.', 'boarding a plane for an unknown location', 3],
  ];
  it.each(cases)('%s', (text, target, rank) => {
    const want = match.posts.findIndex((p) => p.paragraphs.some((x) => x.includes(target)));
    expect(want).toBeGreaterThanOrEqual(0);
    // Among the best three, and related enough for the card to show it (Analyzer: 0.08).
    const hits = relatedTo(related, { title: null, paragraphs: [text] }, new Set(), rank, 0.08);
    expect(hits.map((h) => h.post)).toContain(want);
  });
});

describe('relatedTo', () => {
  it('never returns the post itself', () => {
    const p = COVERAGE.posts[33];
    const self = at(p.position);
    expect(relatedTo(related, p, new Set([self])).map((h) => h.post)).not.toContain(self);
  });

  it('ranks an obvious twin in the top 3 for at least 0.8 of the labelled cases', () => {
    let hits = 0;
    const report: string[] = [];
    for (const l of LABELS.related) {
      const post = labelled(l);
      const top = relatedTo(related, post, new Set([at(post.position)]), 3).map((h) => match.posts[h.post].position);
      const ok = l.twins.some((t) => top.includes(t));
      if (ok) hits++;
      report.push(`${l.post}→[${top.join(',')}]${ok ? '' : ' MISS'}`);
    }
    const share = hits / LABELS.related.length;
    console.log(`related: twin in top 3 for ${hits}/${LABELS.related.length} = ${share.toFixed(2)}`, report.join(' '));
    expect(share).toBeGreaterThanOrEqual(0.8);
  });
});
