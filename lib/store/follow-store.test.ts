import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { putCoverage } from './coverage-store';
import {
  forgetBlogs,
  forgetExpiredBlogs,
  indexFollowedPosts,
  listFollowedBlogs,
  loadFollowSettings,
  saveFollowSettings,
} from './follow-store';
import { listCoverages } from './coverage-admin';
import { loadHistory } from './visit-store';
import { saveHistory } from './visit-store';
import { blogIdOf, emptyHistory, recordVisit } from '../visits/blog-history';
import { DEFAULT_FOLLOW } from '../visits/follow-settings';
import type { BackstoryDB } from './db';

async function follow(db: BackstoryDB, url: string, at: string) {
  const history = recordVisit(
    emptyHistory(blogIdOf({ url, canonicalUrl: null })),
    [{ key: 'k', title: null, paragraphs: ['Text.'] }],
    at,
  ).history;
  await saveHistory(db, history, { url, title: url, site: new URL(url).hostname });
  return history.blogId;
}

describe('follow store', () => {
  it('keeps the settings, defaults first', async () => {
    const db = freshDb();
    expect(await loadFollowSettings(db)).toEqual(DEFAULT_FOLLOW);
    await saveFollowSettings(db, { enabled: false, offSites: ['a.example'], retentionDays: 30 });
    expect(await loadFollowSettings(db)).toEqual({ enabled: false, offSites: ['a.example'], retentionDays: 30 });
  });

  it('forgets one blog, then every blog', async () => {
    const db = freshDb();
    const a = await follow(db, 'https://a.example/live', '2025-01-01T00:00:00Z');
    await follow(db, 'https://b.example/live', '2025-01-02T00:00:00Z');
    expect((await listFollowedBlogs(db)).map((b) => b.site)).toEqual(['b.example', 'a.example']);
    expect(await forgetBlogs(db, [a, 'blog-never-seen'])).toBe(1);
    expect((await listFollowedBlogs(db)).map((b) => b.site)).toEqual(['b.example']);
    expect(await forgetBlogs(db)).toBe(1);
    expect(await db.followedBlogs.count()).toBe(0);
  });

  it('applies the retention rule, sparing a blog the reader captured into the index', async () => {
    const db = freshDb();
    const now = new Date('2025-06-01T00:00:00Z');
    await follow(db, 'https://a.example/live', '2025-05-30T00:00:00Z');
    const old = await follow(db, 'https://b.example/live', '2025-01-01T00:00:00Z');
    const captured = await follow(db, 'https://c.example/live', '2024-01-01T00:00:00Z');
    const meta = {
      id: 'capture-c',
      title: 'C live',
      publisher: 'C',
      url: 'https://c.example/live',
      language: 'en',
      firstDay: null,
      lastDay: null,
      source: 'captured',
    };
    await putCoverage(db, { meta, posts: [] }, 'user', 'h');
    expect(await forgetExpiredBlogs(db, now)).toEqual([old]);
    const left = await listFollowedBlogs(db);
    expect(left.map((b) => [b.site, b.kept])).toEqual([
      ['a.example', false],
      ['c.example', true],
    ]);
    expect(left.find((b) => b.blogId === captured)).toMatchObject({ visits: 1, posts: 1, changes: 0 });
    // A shorter period, chosen in the Library, forgets more at once.
    await saveFollowSettings(db, { ...DEFAULT_FOLLOW, retentionDays: 1 });
    expect(await forgetExpiredBlogs(db, now)).toHaveLength(1);
    expect((await listFollowedBlogs(db)).map((b) => b.site)).toEqual(['c.example']);
  });

  it('takes a visit’s posts into the index as an append, out of "Your index", and forgets them with the blog', async () => {
    const db = freshDb();
    const blogId = await follow(db, 'https://a.example/live', '2025-01-01T00:00:00Z');
    const page = { url: 'https://a.example/live', title: 'A live', site: 'a.example' };
    expect(await indexFollowedPosts(db, (await loadHistory(db, blogId))!, page)).toBe(1);
    const stored = (await db.coverages.toArray()).find((c) => c.origin === 'followed')!;
    expect(stored).toMatchObject({ postCount: 1, revision: 0 });
    // Nothing new: nothing written.
    expect(await indexFollowedPosts(db, (await loadHistory(db, blogId))!, page)).toBe(0);
    expect((await listCoverages(db)).map((c) => c.id)).not.toContain(stored.id);
    await forgetBlogs(db, [blogId]);
    expect(await db.coverages.count()).toBe(0);
    expect(await db.postBatches.count()).toBe(0);
  });
});
