/**
 * Coverage packs (docs/coverage-packs.md): JSON Lines, one header line describing the coverage, then
 * one post per line. Written from a coverage, read back line by line with every line checked.
 */
import type { Coverage, CoverageMeta, EmbedRef, IndexedPost } from '../coverage/types';

export const PACK_VERSION = 1;

export class PackError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface PackHeader {
  backstoryPack: number;
  coverage: CoverageMeta;
}

/** A post as a pack line: `key` makes its id (`<coverage>:<key>`), stable across packs. */
export interface PackPost {
  key: string;
  position: number;
  title: string | null;
  paragraphs: string[];
  publishedAt: string | null;
  url: string | null;
  edited?: boolean;
  embeds?: EmbedRef[];
}

export function* packLines(c: Coverage): Generator<string> {
  yield JSON.stringify({ backstoryPack: PACK_VERSION, coverage: c.meta } satisfies PackHeader);
  for (const p of c.posts) {
    const key = p.id.startsWith(`${c.meta.id}:`) ? p.id.slice(c.meta.id.length + 1) : p.id;
    const line: PackPost = { key, position: p.position, title: p.title, paragraphs: p.paragraphs, publishedAt: p.publishedAt, url: p.url, edited: p.edited, embeds: p.embeds };
    yield JSON.stringify(line);
  }
}

export function writePack(c: Coverage): string {
  return `${[...packLines(c)].join('\n')}\n`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown) => v === null || v === undefined || typeof v === 'string';

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PackError(line, `not JSON (${(e as Error).message})`);
  }
}

export function readHeader(text: string): CoverageMeta {
  const v = parseJson(text.replace(/^\uFEFF/, ''), 1);
  if (!isObj(v) || typeof v.backstoryPack !== 'number') throw new PackError(1, 'not a Backstory coverage pack (the first line must be its header)');
  if (v.backstoryPack !== PACK_VERSION) throw new PackError(1, `pack version ${v.backstoryPack} is not one this Backstory reads (${PACK_VERSION})`);
  const c = v.coverage;
  if (!isObj(c)) throw new PackError(1, 'the header has no coverage');
  if (typeof c.id !== 'string' || !/^[\w.:-]{1,120}$/.test(c.id)) throw new PackError(1, 'coverage.id must be 1–120 letters, digits, dots, colons, dashes or underscores');
  if (typeof c.title !== 'string' || !c.title.trim()) throw new PackError(1, 'coverage.title is missing');
  for (const f of ['publisher', 'language', 'source'] as const) if (typeof c[f] !== 'string') throw new PackError(1, `coverage.${f} must be text`);
  for (const f of ['url', 'firstDay', 'lastDay'] as const) if (!optString(c[f])) throw new PackError(1, `coverage.${f} must be text or null`);
  return {
    id: c.id,
    title: c.title,
    publisher: c.publisher as string,
    url: (c.url as string | null) ?? null,
    language: c.language as string,
    firstDay: (c.firstDay as string | null) ?? null,
    lastDay: (c.lastDay as string | null) ?? null,
    source: c.source as string,
  };
}

export function readPost(text: string, line: number, coverage: string): IndexedPost {
  const v = parseJson(text, line);
  if (!isObj(v)) throw new PackError(line, 'a post must be an object');
  if (typeof v.key !== 'string' || !v.key || v.key.length > 300) throw new PackError(line, 'key must be 1–300 characters');
  if (!Number.isInteger(v.position) || (v.position as number) < 1) throw new PackError(line, 'position must be a whole number from 1 (the oldest post)');
  if (!optString(v.title)) throw new PackError(line, 'title must be text or null');
  if (!Array.isArray(v.paragraphs) || !v.paragraphs.every((p) => typeof p === 'string')) throw new PackError(line, 'paragraphs must be a list of text');
  if (!v.title && v.paragraphs.length === 0) throw new PackError(line, 'a post needs a title or a paragraph');
  if (!optString(v.publishedAt) || (typeof v.publishedAt === 'string' && Number.isNaN(Date.parse(v.publishedAt)))) throw new PackError(line, 'publishedAt must be a date or null');
  if (!optString(v.url)) throw new PackError(line, 'url must be text or null');
  if (v.embeds !== undefined && !Array.isArray(v.embeds)) throw new PackError(line, 'embeds must be a list');
  return {
    id: `${coverage}:${v.key}`,
    coverage,
    position: v.position as number,
    title: (v.title as string | null) ?? null,
    paragraphs: v.paragraphs as string[],
    edited: v.edited === true,
    embeds: (v.embeds as EmbedRef[] | undefined) ?? [],
    url: (v.url as string | null) ?? null,
    publishedAt: (v.publishedAt as string | null) ?? null,
  };
}

/** A whole pack held in memory (small packs, tests, the shipped coverage). */
export function readPack(text: string): Coverage {
  const lines = text.split(/\r?\n/);
  const meta = readHeader(lines[0] ?? '');
  const seen = new Set<string>();
  const posts: IndexedPost[] = [];
  lines.slice(1).forEach((l, i) => {
    if (!l.trim()) return;
    const p = readPost(l, i + 2, meta.id);
    if (seen.has(p.id)) return;
    seen.add(p.id);
    posts.push(p);
  });
  posts.sort((a, b) => a.position - b.position);
  return { meta, posts };
}
