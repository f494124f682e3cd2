import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { highlight } from '../../tests/support/highlights';
import { loadCoverage, loadCoverages, putCoverage } from '../store/coverage-store';
import { importPack } from '../store/pack-import';
import { PackError, readPack, writePack } from './pack-format';
import type { Coverage } from '../coverage/types';
import { removeAbandonedImports } from '../store/pack-import';
import { mergeCapture } from '../capture/capture';

const shipped = loadShippedCoverage();
/** The shipped coverage under an id of its own: a pack may not take the shipped coverage's id. */
const relabel = (c: Coverage, id: string): Coverage => ({
  meta: { ...c.meta, id },
  posts: c.posts.map((p) => ({ ...p, coverage: id, id: p.id.replace(`${c.meta.id}:`, `${id}:`) })),
});
const coverage = relabel(shipped, 'pack-syria');
const stream = (text: string, chunk = 1000) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
      c.close();
    },
  });
const fresh = freshDb;

describe('pack format', () => {
  it('round-trips a coverage: header, then one post per line, ids and Arabic intact', () => {
    const text = writePack(coverage);
    expect(text.split('\n')[0]).toContain('"backstoryPack":1');
    expect(text.trim().split('\n')).toHaveLength(coverage.posts.length + 1);
    const back = readPack(text);
    expect(back.meta).toEqual(coverage.meta);
    expect(back.posts).toEqual(coverage.posts);
  });

  it('keeps a post’s own time zone where it is known, and refuses one that is not a zone', () => {
    const zoned: Coverage = {
      ...coverage,
      posts: coverage.posts.map((p, i) => (i === 0 ? { ...p, publishedAt: '2024-12-07T10:00:00.000Z', publishedOffset: 120 } : p)),
    };
    expect(readPack(writePack(zoned)).posts[0]).toMatchObject({ publishedOffset: 120 });
    expect(readPack(writePack(zoned)).posts[1]).not.toHaveProperty('publishedOffset');
    const bad = writePack(zoned).replace('"publishedOffset":120', '"publishedOffset":2000');
    expect(() => readPack(bad)).toThrow(/publishedOffset: must be a time zone/);
  });

  it.each([
    ['not JSON', '{"backstoryPack":', /line 1: not JSON/],
    ['no header', '{"key":"a"}', /line 1: not a Backstory coverage pack/],
    ['a future version', '{"backstoryPack":7,"coverage":{}}', /line 1: pack version 7/],
  ])('refuses %s, naming the line', (_what, text, message) => {
    expect(() => readPack(text)).toThrow(PackError);
    expect(() => readPack(text)).toThrow(message);
  });
});

describe('importPack', () => {
  it('imports a good pack in batches, with progress, and matches what was written', async () => {
    const db = fresh();
    const progress: number[] = [];
    const r = await importPack(db, stream(writePack(coverage), 333), (p) => progress.push(p.lines));
    expect(r).toMatchObject({ coverage: coverage.meta.id, posts: 64, repeated: 0 });
    expect(progress.at(-1)).toBe(65);
    expect((await loadCoverage(db, coverage.meta.id))?.posts).toEqual(coverage.posts);
  });

  it('imports a pack that repeats posts once each', async () => {
    const lines = writePack(coverage).trim().split('\n');
    const text = [...lines.slice(0, 10), ...lines.slice(5, 10), ...lines.slice(10)].join('\n');
    const r = await importPack(fresh(), stream(text));
    expect(r).toMatchObject({ posts: 64, repeated: 5 });
  });

  it('a bad line says which and why, and changes nothing', async () => {
    const db = fresh();
    await putCoverage(db, shipped, 'shipped', 'h');
    await db.highlights.put(highlight());
    const lines = writePack(coverage).trim().split('\n');
    lines[40] = lines[40].replace('"paragraphs":[', '"paragraphs":[42,');
    await expect(importPack(db, stream(lines.join('\n'), 200))).rejects.toThrow(/^line 41: paragraphs\.0: /);
    expect((await loadCoverages(db)).map((c) => c.posts.length)).toEqual([64]);
    expect(await db.postBatches.count()).toBe(1);
    expect(await db.highlights.count()).toBe(1);
  });

  it('refuses posts out of order', async () => {
    const lines = writePack(coverage).trim().split('\n');
    [lines[3], lines[4]] = [lines[4], lines[3]];
    await expect(importPack(fresh(), stream(lines.join('\n')))).rejects.toThrow(/line 5: position 3 comes after 4/);
  });
});

describe('what a pack may not do', () => {
  const withLine = (n: number, edit: (post: Record<string, unknown>) => void) => {
    const lines = writePack(coverage).trim().split('\n');
    const post = JSON.parse(lines[n]);
    edit(post);
    lines[n] = JSON.stringify(post);
    return lines.join('\n');
  };

  it.each([
    ['an embed that is not an object', (p: Record<string, unknown>) => void (p.embeds = [42]), /line 3: embeds\.0: /],
    [
      'an embed naming a paragraph the post lacks',
      (p: Record<string, unknown>) => void (p.embeds = [{ platform: 'X', handle: null, author: null, date: null, paragraphs: [999] }]),
      /line 3: an embed names a paragraph/,
    ],
    [
      'a post longer than a page may send',
      (p: Record<string, unknown>) => void (p.paragraphs = Array(70_000).fill('x')),
      /line 3: paragraphs: has more than 400 paragraphs/,
    ],
    ['a date that is not one', (p: Record<string, unknown>) => void (p.publishedAt = 'yesterday'), /line 3: publishedAt: must be a date/],
  ])('refuses %s', (_what, edit, message) => {
    expect(() => readPack(withLine(2, edit))).toThrow(message);
  });

  it('takes neither the shipped coverage’s id nor, unless the reader says so, a captured blog’s', async () => {
    const db = fresh();
    await putCoverage(db, shipped, 'shipped', 'h');
    await expect(importPack(db, stream(writePack(shipped)))).rejects.toThrow(/is the coverage Backstory ships/);
    const captured = mergeCapture(null, {
      url: 'https://news.example/live',
      canonicalUrl: null,
      title: 'My capture',
      publisher: null,
      language: null,
      posts: [{ key: 'a', title: 'A', paragraphs: ['Text.'], publishedAt: null, byline: [] }],
    }).coverage;
    await putCoverage(db, captured, 'user', 'c');
    const impostor = writePack(relabel(shipped, captured.meta.id));
    const asked: string[] = [];
    await expect(
      importPack(
        db,
        stream(impostor),
        () => {},
        async (e) => (asked.push(e.title), false),
      ),
    ).rejects.toThrow(/would replace "My capture"/);
    expect(asked).toEqual(['My capture']);
    expect((await loadCoverage(db, captured.meta.id))?.posts).toHaveLength(1);
    await importPack(
      db,
      stream(impostor),
      () => {},
      async () => true,
    );
    expect((await loadCoverage(db, captured.meta.id))?.posts).toHaveLength(64);
  });

  it('leaves no staging rows of an abandoned import after the next start', async () => {
    const db = fresh();
    const hourAgo = Date.now() - 2 * 60 * 60 * 1000;
    await db.postBatches.bulkPut([
      { coverage: `staging:${hourAgo}:dead`, batch: 0, posts: [] },
      { coverage: `staging:${hourAgo}:dead`, batch: 1, posts: [] },
      { coverage: `staging:${Date.now()}:running`, batch: 0, posts: [] },
      { coverage: 'staging:garbage', batch: 0, posts: [] },
    ]);
    expect(await removeAbandonedImports(db)).toBe(3);
    expect((await db.postBatches.toArray()).map((b) => b.coverage)).toEqual([expect.stringMatching(/:running$/)]);
  });
});
