import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { loadHistory, saveHistory } from '../store/visit-store';
import { VisitTracker } from './visit-tracker';
import type { BackstoryDB } from '../store/db';

const post = (key: string, text: string) => ({ key, title: null, paragraphs: [text] });
const url = 'https://news.example/live/storm';

/** A tracker over a fresh database: one minute later on each reading of the clock, writes 5 ms after a page's last chunk. */
function trackerOn(db: BackstoryDB, saveAfterMs = 5): VisitTracker {
  let t = 0;
  return new VisitTracker(
    { load: (id) => loadHistory(db, id), save: (h, page) => saveHistory(db, h, page) },
    () => new Date(Date.UTC(2025, 0, 1, 10, t++)).toISOString(),
    saveAfterMs,
  );
}

describe('VisitTracker', () => {
  it('gathers a page load into one visit, and compares the next load with it', async () => {
    const db = freshDb();
    const tracker = trackerOn(db);
    // First load: two chunks; nothing to compare with.
    expect((await tracker.observe(1, { url, title: 'Storm live' }, [post('b', 'Two.')])).size).toBe(0);
    await tracker.observe(1, { url: `${url}#b` }, [post('a', 'One.')]);
    // Written soon after the last chunk, without waiting for the tab to close.
    await expect.poll(() => db.followedBlogs.count()).toBe(1);
    const stored = await db.followedBlogs.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ url, title: 'Storm live', site: 'news.example' });
    expect(stored[0].visits).toBe(1);
    expect((await loadHistory(db, stored[0].blogId))!.visits).toHaveLength(1);
    await tracker.end(1);
    // Second load, in another tab: compared with the first.
    const since = await tracker.observe(2, { url }, [post('c', 'Three.'), post('b', 'Two, reworded.'), post('a', 'One.')]);
    const sinceOf = (m: Map<string, { since: string }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.since]));
    expect(sinceOf(since)).toEqual({ c: 'new', b: 'changed', a: 'unchanged' });
    // The changed post carries every version seen, oldest first, the later with its diff.
    const versions = since.get('b')!.versions!;
    expect(versions.map((v) => v.changes.length > 0)).toEqual([false, true]);
    expect(versions[1].changes.map((c) => c.after).filter(Boolean)).toEqual(['Two, reworded.']);
    expect(since.get('a')!.versions).toBeUndefined();
    // The same posts asked again (details) say the same, and the visit is still one visit.
    expect(sinceOf(await tracker.observe(2, { url }, [post('a', 'One.')]))).toEqual({ a: 'unchanged' });
    expect(sinceOf(await tracker.standing(2, [post('b', 'Two, reworded.')]))).toEqual({ b: 'changed' });
    await tracker.end(2);
    const history = (await loadHistory(db, stored[0].blogId))!;
    expect(history.visits.map((v) => v.keys)).toEqual([
      ['b', 'a'],
      ['c', 'b', 'a'],
    ]);
    expect(history.versions.b).toHaveLength(2);
    expect(history.versions.a).toHaveLength(1);
  });

  it('summarises the open visit for the popup: the posts gone since the last one', async () => {
    const db = freshDb();
    const tracker = new VisitTracker({ load: (id) => loadHistory(db, id), save: (h, page) => saveHistory(db, h, page) });
    await tracker.observe(1, { url }, [post('c', 'Three.'), post('b', 'Two.'), post('a', 'One.')]);
    await tracker.end(1);
    await tracker.observe(1, { url }, [post('c', 'Three.'), post('a', 'One.')]);
    const summary = (await tracker.summary(1))!;
    expect(summary.removed.map((r) => r.key)).toEqual(['b']);
    expect(await tracker.summary(99)).toBeNull();
  });

  it('writes nothing of a visit stopped because its blog was forgotten, and keeps one stopped because following was turned off', async () => {
    const db = freshDb();
    const tracker = trackerOn(db);
    await tracker.observe(1, { url }, [post('a', 'One.')]);
    await tracker.stop((v) => v.url === url, false);
    await new Promise((r) => setTimeout(r, 30));
    expect(await db.followedBlogs.count()).toBe(0);
    expect(await tracker.summary(1)).toBeNull();
    expect((await tracker.standing(1, [post('a', 'One.')])).size).toBe(0);
    await tracker.end(1);
    expect(await db.followedBlogs.count()).toBe(0);

    const other = 'https://other.example/live';
    await tracker.observe(2, { url: other }, [post('a', 'One.')]);
    await tracker.stop((v) => v.url === other, true);
    expect(await db.followedBlogs.count()).toBe(1);
  });

  it('keeps both visits when two tabs show the same blog at once, and one visit per page load however often it is written', async () => {
    const db = freshDb();
    const tracker = trackerOn(db);
    await tracker.observe(1, { url }, [post('a', 'One.')]);
    await tracker.observe(2, { url }, [post('b', 'Two.')]);
    // Tab 1 is written twice (soon after its chunk, then when it closes); tab 2 after it.
    await new Promise((r) => setTimeout(r, 30));
    await tracker.end(1);
    await tracker.end(2);
    const history = (await loadHistory(db, (await db.followedBlogs.toArray())[0].blogId))!;
    expect(history.visits.map((v) => v.keys)).toEqual([['a'], ['b']]);
    expect(Object.keys(history.versions).sort()).toEqual(['a', 'b']);
  });

  it('says when a write is the page load’s last (only then may its posts join the index), and lets a page wait for it', async () => {
    const db = freshDb();
    const writes: boolean[] = [];
    const tracker = new VisitTracker(
      {
        load: (id) => loadHistory(db, id),
        save: async (h, page, ended) => {
          await new Promise((r) => setTimeout(r, 20));
          writes.push(ended);
          await saveHistory(db, h, page);
        },
      },
      undefined,
      5,
    );
    await tracker.observe(1, { url }, [post('a', 'One.')]);
    await expect.poll(() => writes.length).toBe(1);
    const ending = tracker.end(1);
    // The next page of the blog waits for the visit that just ended.
    await tracker.settled(`${url}#top`);
    expect(writes).toEqual([false, true]);
    await ending;
  });
});
