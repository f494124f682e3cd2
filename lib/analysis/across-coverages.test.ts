import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import type { Coverage } from '../coverage/types';
import { Analyzer } from './analyzer';

// The shipped coverage with times, and another blog that republished one of its posts an hour later.
const shipped = loadShippedCoverage();
const timed: Coverage = {
  ...shipped,
  posts: shipped.posts.map((p, i) => ({ ...p, publishedAt: new Date(Date.parse('2024-12-07T08:00:00Z') + i * 15 * 60_000).toISOString() })),
};
const original = timed.posts[41];
const republisher: Coverage = {
  meta: { ...shipped.meta, id: 'aggregator-2024-12-08', title: 'An aggregator’s live blog', publisher: 'Aggregator' },
  posts: [
    {
      ...original,
      id: 'aggregator-2024-12-08:a',
      coverage: 'aggregator-2024-12-08',
      position: 1,
      publishedAt: new Date(Date.parse(original.publishedAt!) + 3_600_000).toISOString(),
    },
  ],
};

describe('matching across coverages', () => {
  for (const order of [
    [timed, republisher],
    [republisher, timed],
  ]) {
    it(`attributes a post held by two coverages to the earlier one (coverages loaded ${order[0].meta.id} first)`, () => {
      const m = new Analyzer(order);
      const v = m.verdict({ title: original.title, paragraphs: original.paragraphs });
      expect(v.status).toBe('same');
      expect(v.match).toMatchObject({ postId: original.id, coverage: shipped.meta.id });
      const d = m.details({ title: original.title, paragraphs: original.paragraphs }, v);
      expect(d.attribution.firstPublished?.postId).toBe(original.id);
      // The republished copy is the post's own copy: not "related".
      expect(d.related.map((r) => r.postId)).not.toContain('aggregator-2024-12-08:a');
    });
  }

  it('says which coverage a match comes from', () => {
    const m = new Analyzer([republisher]);
    expect(m.verdict({ title: original.title, paragraphs: original.paragraphs }).match).toMatchObject({
      coverage: 'aggregator-2024-12-08',
      coverageTitle: 'An aggregator’s live blog',
      publisher: 'Aggregator',
    });
  });
});

describe('a post the index does not hold, from another outlet', () => {
  it('gets its attribution, and the later developments of the indexed story it is on', () => {
    const m = new Analyzer([shipped]);
    const post = {
      title: null,
      paragraphs: [
        'Bashar al-Assad remains in Damascus and is carrying out his duties as usual, the Syrian presidency said on Saturday, AFP reported.',
      ],
    };
    const v = m.verdict(post);
    expect(v.status).toBe('unindexed');
    const d = m.details(post, v);
    expect(d.attribution.sources.map((s) => s.name)).toContain('AFP');
    // The index holds the story: the later posts saying he has fled contradict it.
    expect(d.updates.some((u) => u.relation === 'contradicts' && /fled/.test(u.title ?? ''))).toBe(true);
  });

  it('gets no later developments when nothing in the index is on its story', () => {
    const m = new Analyzer([shipped]);
    const post = {
      title: 'Cricket',
      paragraphs: ['The home side won the final by six wickets after a century from the captain, the club said.'],
    };
    expect(m.details(post, m.verdict(post)).updates).toEqual([]);
  });
});
