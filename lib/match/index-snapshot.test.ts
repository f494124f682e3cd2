import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { buildMatchIndex, postsInIndexOrder } from './match-index';
import { matchPost } from './match-post';
import { indexFromSnapshot, snapshotOf } from './index-snapshot';

describe('index snapshots', () => {
  const coverage = loadShippedCoverage();
  const built = buildMatchIndex([coverage]);
  const revisions = { [coverage.meta.id]: 0 };

  it('gives back an index that matches as the built one does', () => {
    // structuredClone is what IndexedDB does to the record.
    const loaded = indexFromSnapshot(postsInIndexOrder([coverage]), structuredClone(snapshotOf(built, revisions)), revisions);
    expect(loaded).not.toBeNull();
    expect(loaded!.added).toEqual([]);
    expect(loaded!.index.posts).toEqual(built.posts);
    for (const post of coverage.posts) {
      const edited = { title: post.title, paragraphs: post.paragraphs.map((p, i) => (i === 0 ? `${p} And one more sentence here.` : p)) };
      expect(matchPost(loaded!.index, post)).toEqual(matchPost(built, post));
      expect(matchPost(loaded!.index, edited)).toEqual(matchPost(built, edited));
    }
  });

  it('takes the posts in its own order, and hands back the ones added since', () => {
    const posts = postsInIndexOrder([coverage]);
    const extra = { ...posts[0], id: `${coverage.meta.id}:new`, position: 999 };
    const loaded = indexFromSnapshot([extra, ...[...posts].reverse()], snapshotOf(built, revisions), revisions);
    expect(loaded!.index.posts.map((p) => p.id)).toEqual(built.posts.map((p) => p.id));
    expect(loaded!.added).toEqual([extra]);
  });

  it('refuses a snapshot that does not fit the posts (one gone, a coverage rewritten), or is damaged', () => {
    const posts = postsInIndexOrder([coverage]);
    const snap = snapshotOf(built, revisions);
    expect(indexFromSnapshot(posts.slice(1), snap, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, snap, { [coverage.meta.id]: 1 })).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, format: 1 }, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, postIds: snap.postIds.slice(1) }, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, lineSeq: new Uint32Array(3) }, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, postings: { ...snap.postings, dir: new Uint32Array(5) } }, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, null, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, 'garbage', revisions)).toBeNull();
  });
});
