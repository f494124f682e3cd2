/**
 * Coverage packs (docs/coverage-packs.md): JSON Lines, one header line describing the coverage, then
 * one post per line. Written from a coverage, read back line by line with every line checked.
 */
import * as v from 'valibot';
import type { Coverage, CoverageMeta, EmbedRef, IndexedPost } from '../coverage/types';
import { LIMITS, ZONE_MINUTES, zoneField } from '../messages/limits';

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
  /** The post's own time zone where known: minutes east of UTC. */
  publishedOffset?: number;
  url: string | null;
  edited?: boolean;
  embeds?: EmbedRef[];
}

export function* packLines(c: Coverage): Generator<string> {
  yield JSON.stringify({ backstoryPack: PACK_VERSION, coverage: c.meta } satisfies PackHeader);
  for (const p of c.posts) {
    const key = p.id.startsWith(`${c.meta.id}:`) ? p.id.slice(c.meta.id.length + 1) : p.id;
    const line: PackPost = {
      key,
      position: p.position,
      title: p.title,
      paragraphs: p.paragraphs,
      publishedAt: p.publishedAt,
      ...zoneField(p.publishedOffset),
      url: p.url,
      edited: p.edited,
      embeds: p.embeds,
    };
    yield JSON.stringify(line);
  }
}

export function writePack(c: Coverage): string {
  return `${[...packLines(c)].join('\n')}\n`;
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PackError(line, `not JSON (${(e as Error).message})`);
  }
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const optText = (max: number) => v.nullish(text(max), null);
const date = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date'),
);

/** Addresses become links in the reader page: only web addresses (a `javascript:` one would run on a click). */
const webUrl = v.nullish(v.pipe(text(4000), v.regex(/^https?:\/\//i, 'must be a web address (http or https)')), null);

const MetaSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w.:-]{1,120}$/, 'must be 1–120 letters, digits, dots, colons, dashes or underscores')),
  title: v.pipe(
    text(1000),
    v.check((t) => t.trim().length > 0, 'is missing'),
  ),
  publisher: text(300),
  url: webUrl,
  language: text(40),
  firstDay: v.nullish(date, null),
  lastDay: v.nullish(date, null),
  source: text(4000),
});

const HeaderSchema = v.object({ backstoryPack: v.number(), coverage: v.unknown() });

const EmbedSchema = v.object({
  platform: text(100),
  handle: optText(200),
  author: optText(300),
  date: v.nullish(date, null),
  paragraphs: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

// A post's lines are counted in 16 bits by the match index: refuse longer posts here rather than
// let them wrap there (LIMITS is what a page may send, so no indexed post is longer than one).
const PostSchema = v.pipe(
  v.object({
    key: v.pipe(text(300), v.minLength(1, 'must not be empty')),
    position: v.pipe(
      v.number(),
      v.integer('must be a whole number from 1 (the oldest post)'),
      v.minValue(1, 'must be a whole number from 1 (the oldest post)'),
    ),
    title: optText(LIMITS.charsPerParagraph),
    paragraphs: v.pipe(
      v.array(text(LIMITS.charsPerParagraph)),
      v.maxLength(LIMITS.paragraphsPerPost, `has more than ${LIMITS.paragraphsPerPost} paragraphs`),
    ),
    publishedAt: v.nullish(date, null),
    publishedOffset: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(ZONE_MINUTES.min, 'must be a time zone'),
        v.maxValue(ZONE_MINUTES.max, 'must be a time zone'),
      ),
    ),
    url: webUrl,
    edited: v.optional(v.boolean(), false),
    embeds: v.optional(v.pipe(v.array(EmbedSchema), v.maxLength(100)), []),
  }),
  v.check((p) => !!p.title || p.paragraphs.length > 0, 'a post needs a title or a paragraph'),
  v.check(
    (p) => p.embeds.every((e) => e.paragraphs.every((i) => i < p.paragraphs.length)),
    'an embed names a paragraph the post does not have',
  ),
);

function checked<T extends v.GenericSchema>(schema: T, value: unknown, line: number, where: string): v.InferOutput<T> {
  const r = v.safeParse(schema, value);
  if (r.success) return r.output;
  const path = v.getDotPath(r.issues[0]);
  throw new PackError(line, `${where}${path ? `${where ? '.' : ''}${path}` : ''}${where || path ? ': ' : ''}${r.issues[0].message}`);
}

export function readHeader(line: string): CoverageMeta {
  const raw = parseJson(line.replace(/^\uFEFF/, ''), 1);
  const header = v.safeParse(HeaderSchema, raw);
  if (!header.success) throw new PackError(1, 'not a Backstory coverage pack (the first line must be its header)');
  if (header.output.backstoryPack !== PACK_VERSION)
    throw new PackError(1, `pack version ${header.output.backstoryPack} is not one this Backstory reads (${PACK_VERSION})`);
  if (typeof header.output.coverage !== 'object' || header.output.coverage === null) throw new PackError(1, 'the header has no coverage');
  return checked(MetaSchema, header.output.coverage, 1, 'coverage');
}

export function readPost(line: string, at: number, coverage: string): IndexedPost {
  const raw = parseJson(line, at);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new PackError(at, 'a post must be an object');
  const p = checked(PostSchema, raw, at, '');
  return {
    id: `${coverage}:${p.key}`,
    coverage,
    position: p.position,
    title: p.title,
    paragraphs: p.paragraphs,
    edited: p.edited,
    embeds: p.embeds,
    url: p.url,
    publishedAt: p.publishedAt,
    ...zoneField(p.publishedOffset),
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
