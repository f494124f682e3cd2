import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { buildMatchIndex, postsInIndexOrder } from './match-index';
import { matchPost } from './match-post';
import { coveragesToRead, indexFromSnapshot, snapshotOf } from './index-snapshot';

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
    expect(indexFromSnapshot(posts, { ...snap, blockPost: new Uint32Array(3) }, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, { ...snap, postings: { ...snap.postings, dir: new Uint32Array(5) } }, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, null, revisions)).toBeNull();
    expect(indexFromSnapshot(posts, 'garbage', revisions)).toBeNull();
  });

  it('tells from the coverages’ rows alone whether it fits, and which coverages have posts it lacks', () => {
    const snap = structuredClone(snapshotOf(built, revisions));
    const id = coverage.meta.id;
    const head = { id, revision: 0, postCount: coverage.posts.length };
    expect(coveragesToRead(snap, [head])).toEqual([]);
    // Grown (a capture kept its revision), and a coverage the snapshot does not hold: theirs are read.
    expect(
      coveragesToRead(snap, [
        { ...head, postCount: head.postCount + 2 },
        { id: 'new', revision: 0, postCount: 3 },
      ]),
    ).toEqual([id, 'new']);
    // Rewritten, removed, or fewer posts than it holds: it does not fit.
    expect(coveragesToRead(snap, [{ ...head, revision: 1 }])).toBeNull();
    expect(coveragesToRead(snap, [])).toBeNull();
    expect(coveragesToRead(snap, [{ ...head, postCount: head.postCount - 1 }])).toBeNull();
    expect(coveragesToRead({ ...snap, postCoverage: new Uint32Array(snap.postIds.length).fill(7) }, [head])).toBeNull();
    expect(coveragesToRead({ ...snap, postPosition: new Uint32Array(1) }, [head])).toBeNull();
  });

  it('with `unread`, keeps the posts it is not given as where they are, without their text', () => {
    const snap = structuredClone(snapshotOf(built, revisions));
    const loaded = indexFromSnapshot([], snap, revisions, { unread: true })!;
    expect(loaded.index.unread?.count).toBe(built.posts.length);
    expect(loaded.index.posts.map((p) => [p.id, p.coverage, p.position])).toEqual(built.posts.map((p) => [p.id, p.coverage, p.position]));
    expect(loaded.index.posts.every((p) => p.paragraphs.length === 0)).toBe(true);
    // A query meets no text and says which posts it wanted.
    expect(matchPost(loaded.index, coverage.posts[3]).status).not.toBe('same');
    expect(loaded.index.unread!.missed.size).toBeGreaterThan(0);
  });
});
