import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BackstoryDB } from './db';
import { emptyHistory, recordVisit } from '../visits/blog-history';

describe('database upgrades', () => {
  it('version 6 moves each followed blog’s history to a row of its own and counts it, losing nothing', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    // A database as version 5 left it: the history inside the list row.
    const old = new Dexie(name);
    old.version(5).stores({
      coverages: 'id, origin',
      postBatches: '[coverage+batch], coverage',
      highlights: 'id, pageUrl, postKey, createdAt, modifiedAt, site, *tags',
      indexSnapshots: 'id',
      followedBlogs: 'blogId, lastVisit, site',
      settings: 'key',
    });
    let history = recordVisit(emptyHistory('blog-a'), [{ key: 'k', title: null, paragraphs: ['One.'] }], '2025-01-01T00:00:00Z').history;
    history = recordVisit(history, [{ key: 'k', title: null, paragraphs: ['One, reworded.'] }], '2025-01-02T00:00:00Z').history;
    const row = {
      blogId: 'blog-a',
      url: 'https://a.example/live',
      title: 'A',
      site: 'a.example',
      firstVisit: 'x',
      lastVisit: '2025-01-02T00:00:00Z',
    };
    await old.table('followedBlogs').put({ ...row, history });
    old.close();

    const db = new BackstoryDB(name);
    const moved = await db.followedBlogs.get('blog-a');
    expect(moved).toEqual({ ...row, visits: 2, posts: 1, changes: 1 });
    expect((await db.blogHistories.get('blog-a'))?.history).toEqual(history);
    await db.delete();
  });
});
