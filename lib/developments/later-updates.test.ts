import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../match/match-index';
import { buildRelatedIndex } from '../related/related-index';
import { COVERAGE } from '../../tests/support/labels';
import { claimsOf, entityKey, relate } from './claims';
import { laterUpdates, makeUpdatesContext } from './later-updates';

const match = buildMatchIndex([COVERAGE]);
const ctx = makeUpdatesContext(match.posts, buildRelatedIndex(match.posts));
const at = (position: number) => match.posts.findIndex((p) => p.position === position);
const claim = (s: string) => claimsOf(null, [s])[0];

describe('claims', () => {
  it('tolerates the coverage’s spelling variants of names', () => {
    expect(entityKey('Jalali')).toBe(entityKey('Jalili'));
    expect(entityKey('Mohammed')).toBe(entityKey('Mohammad'));
    expect(entityKey('Sednaya')).toBe(entityKey('Saydnaya'));
  });
  it('reads staying and leaving, and a denial of leaving as staying', () => {
    const stays = claim('Bashar al-Assad remains in Damascus, the state news agency said.');
    expect(relate(stays, claim('Assad has reportedly fled Damascus.'))).toBe('contradicts');
    expect(relate(stays, claim('The presidency moved to quash rumours that Assad had fled Damascus.'))).toBe('confirms');
    expect(relate(stays, claim('Rebels entered Homs.'))).toBeNull();
  });
});

describe('claims from general cues, on any story', () => {
  it('reads a negation of the same claim as contradicting it', () => {
    expect(
      relate(claim('Parliament must be recalled, Jane Doe said.'), claim('The government is not recalling Parliament right now.')),
    ).toBe('contradicts');
  });
  it('reads a figure that rises as developing, the same figure again as confirming', () => {
    const first = claim('Police have made 57 arrests in Riverton.');
    expect(relate(first, claim('Police in Riverton have now made 90 arrests.'))).toBe('develops');
    expect(relate(first, claim('Riverton police have made 57 arrests.'))).toBe('confirms');
  });
  it('reads a release after an arrest of the same person as contradicting it', () => {
    expect(relate(claim('Smith was arrested on Sunday.'), claim('Smith has since been released, his lawyer said.'))).toBe('contradicts');
  });
  it('does not tie two posts through a name the coverage uses everywhere', () => {
    const everywhere = (w: string) => w === 'police';
    expect(
      relate(claim('Police said a fire broke out in Riverton.'), claim('Police said a fire broke out in Lakeside.'), everywhere),
    ).toBeNull();
  });
});

describe('laterUpdates', () => {
  it('never lists an earlier post, and lists oldest first', () => {
    for (const p of COVERAGE.posts) {
      const ups = laterUpdates(ctx, p, p.coverage, p.position, new Set([at(p.position)]));
      const positions = ups.map((u) => match.posts[u.post].position);
      expect(positions.every((x) => x > p.position)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  // Recall and relation against the labelled stories: later-updates-stories.test.ts, for both stories.

  it('"remains in Damascus" followed by "has reportedly fled" is a contradiction', () => {
    const remains = COVERAGE.posts[1];
    const ups = laterUpdates(ctx, remains, remains.coverage, remains.position, new Set([at(remains.position)]));
    const fled = ups.find((u) => match.posts[u.post].title === 'Syrian President Assad has reportedly fled Damascus');
    expect(fled?.relation).toBe('contradicts');
  });
});

describe('later posts of a coverage', () => {
  const post = (coverage: string, position: number) =>
    ({ id: `${coverage}:${position}`, coverage, position, title: null, paragraphs: [] }) as unknown as (typeof match.posts)[number];
  // Index order: a rising (oldest first), b falling (newest first), a again (appended), c neither way.
  const posts = [
    ...[1, 2, 3, 4].map((n) => post('a', n)),
    ...[9, 8, 7].map((n) => post('b', n)),
    ...[5, 6].map((n) => post('a', n)),
    ...[2, 1, 3].map((n) => post('c', n)),
  ];
  const runs = makeUpdatesContext(posts, buildRelatedIndex([])).runsAfter;
  const held = (coverage: string, position: number) =>
    runs(coverage, position).flatMap(([from, to]) => posts.slice(from, to).map((p) => p.position));

  it('are found by binary search along runs whose positions run one way, either way', () => {
    expect(held('a', 2)).toEqual([3, 4, 5, 6]);
    expect(held('a', 4)).toEqual([5, 6]);
    expect(held('a', 6)).toEqual([]);
    expect(held('b', 7)).toEqual([9, 8]);
    expect(held('b', 0)).toEqual([9, 8, 7]);
  });
  it('are all of its runs where positions do not run one way (the caller filters them)', () => {
    expect(held('c', 2).sort()).toEqual([1, 2, 3]);
    expect(held('d', 0)).toEqual([]);
  });
});
