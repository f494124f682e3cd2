import { describe, expect, it } from 'vitest';
import { COVERAGE } from '../../tests/support/labels';
import { findPeople } from './people';

const peopleOf = (position: number) => {
  const p = COVERAGE.posts[position - 1];
  return findPeople(p.title, p.paragraphs);
};

describe('findPeople', () => {
  it('reads roles before a name', () => {
    expect(peopleOf(58)).toContainEqual({ name: 'Mazloum Abdi', role: 'commander' });
  });
  it('reads roles after a name, including "who heads"', () => {
    expect(peopleOf(1)).toEqual(
      expect.arrayContaining([
        { name: 'Rami Abdurrahman', role: 'head of the UK-based Syrian Observatory for Human Rights' },
        { name: 'Hassan Abdul-Ghani', role: 'insurgent commander' },
      ]),
    );
  });
  it('reads a role in apposition before the name', () => {
    expect(peopleOf(6)).toContainEqual({ name: 'Geir Pedersen', role: 'UN special envoy for Syria' });
  });
  it('leaves out people who are only the subject of the news, and the post’s writers', () => {
    expect(peopleOf(2).map((p) => p.name)).not.toContain('Bashar al-Assad');
    expect(
      findPeople(null, ['Rebel forces have entered the capital, writes Guardian reporter Ruth Michaelson.'], ['Ruth Michaelson']),
    ).toEqual([]);
  });
  it('never returns organisations or places as people', () => {
    const all = COVERAGE.posts.flatMap((p) => findPeople(p.title, p.paragraphs).map((x) => x.name));
    for (const bad of ['Amnesty International', 'Syrian Observatory', 'Al Jazeera', 'Middle East Institute', 'Damascus']) {
      expect(all.some((n) => n.includes(bad))).toBe(false);
    }
  });
});
