import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/db';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { highlight } from '../../tests/support/highlights';
import { loadCoverage, loadCoverages, putCoverage } from '../store/coverage-store';
import { importPack } from '../store/pack-import';
import { PackError, readPack, writePack } from './pack-format';

const coverage = loadShippedCoverage();
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
    await putCoverage(db, coverage, 'shipped', 'h');
    await db.highlights.put(highlight());
    const lines = writePack(coverage).trim().split('\n');
    lines[40] = lines[40].replace('"paragraphs":[', '"paragraphs":[42,');
    await expect(importPack(db, stream(lines.join('\n'), 200))).rejects.toThrow('line 41: paragraphs must be a list of text');
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
