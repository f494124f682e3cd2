import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { buildMatchIndex, postsInIndexOrder } from './match-index';
import { matchPost } from './match-post';
import { indexFromSnapshot, snapshotOf } from './index-snapshot';

describe('index snapshots', () => {
  const coverage = loadShippedCoverage();
  const built = buildMatchIndex([coverage]);

  it('gives back an index that matches as the built one does', () => {
    // structuredClone is what IndexedDB does to the record.
    const loaded = indexFromSnapshot(postsInIndexOrder([coverage]), structuredClone(snapshotOf(built)));
    expect(loaded).not.toBeNull();
    expect(loaded!.posts).toEqual(built.posts);
    for (const post of coverage.posts) {
      const edited = { title: post.title, paragraphs: post.paragraphs.map((p, i) => (i === 0 ? `${p} And one more sentence here.` : p)) };
      expect(matchPost(loaded!, post)).toEqual(matchPost(built, post));
      expect(matchPost(loaded!, edited)).toEqual(matchPost(built, edited));
    }
  });

  it('refuses a snapshot that does not fit the posts, or is damaged', () => {
    const posts = postsInIndexOrder([coverage]);
    const snap = snapshotOf(built);
    expect(indexFromSnapshot(posts.slice(1), snap)).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, format: 0 })).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, lineSeq: new Uint32Array(3) })).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, postings: { ...snap.postings, dir: new Uint32Array(5) } })).toBeNull();
    expect(indexFromSnapshot(posts, null)).toBeNull();
    expect(indexFromSnapshot(posts, 'garbage')).toBeNull();
  });
});
