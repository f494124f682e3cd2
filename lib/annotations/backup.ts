/**
 * Backstory's own backup of highlights: JSON that imports back without duplicates. Reading one is
 * strict: every highlight is checked, and the first bad one is named with what is wrong, so a
 * broken file changes nothing.
 */
import type { Highlight, PostSnapshot } from './model';

export const BACKUP_FORMAT = 'backstory-highlights';
export const BACKUP_VERSION = 1;

export class BackupError extends Error {}

export function toBackup(highlights: readonly Highlight[], exportedAt = new Date().toISOString()): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, highlights }, null, 2)}\n`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(cond: unknown, where: string, what: string): asserts cond {
  if (!cond) throw new BackupError(`${where}: ${what}`);
}

const STRING_FIELDS = ['id', 'createdAt', 'modifiedAt', 'pageUrl', 'pageTitle', 'site', 'postKey', 'exact', 'prefix', 'suffix', 'note'] as const;

export function validateHighlight(v: unknown, where: string): Highlight {
  check(isObj(v), where, 'is not an object');
  for (const f of STRING_FIELDS) check(typeof v[f] === 'string', where, `${f} must be text`);
  check((v.id as string).length > 0 && (v.id as string).length <= 200, where, 'id must be 1–200 characters');
  check(!Number.isNaN(Date.parse(v.createdAt as string)), where, 'createdAt is not a date');
  check(v.canonicalUrl === null || typeof v.canonicalUrl === 'string', where, 'canonicalUrl must be text or null');
  check(v.publisher === null || v.publisher === undefined || typeof v.publisher === 'string', where, 'publisher must be text or null');
  check(Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.end as number) >= (v.start as number), where, 'start and end must be offsets, start ≤ end');
  check(Array.isArray(v.tags) && v.tags.every((t) => typeof t === 'string'), where, 'tags must be a list of text');
  check((v.exact as string).length > 0, where, 'exact (the quote) is empty');
  const s = v.snapshot;
  check(isObj(s), where, 'snapshot is missing');
  check(typeof s.status === 'string', where, 'snapshot.status must be text');
  check(Array.isArray(s.sources) && Array.isArray(s.corrections) && Array.isArray(s.byline), where, 'snapshot lists are missing');
  return {
    id: v.id as string,
    createdAt: v.createdAt as string,
    modifiedAt: v.modifiedAt as string,
    pageUrl: v.pageUrl as string,
    canonicalUrl: (v.canonicalUrl as string | null) ?? null,
    pageTitle: v.pageTitle as string,
    site: v.site as string,
    publisher: (v.publisher as string | null | undefined) ?? null,
    postKey: v.postKey as string,
    exact: v.exact as string,
    prefix: v.prefix as string,
    suffix: v.suffix as string,
    start: v.start as number,
    end: v.end as number,
    note: v.note as string,
    tags: v.tags as string[],
    snapshot: s as unknown as PostSnapshot,
  };
}

/** The highlights of a backup file, or a BackupError saying what is wrong and where. */
export function parseBackup(text: string): Highlight[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BackupError(`not a Backstory backup: the file is not JSON (${(e as Error).message})`);
  }
  check(isObj(data) && data.format === BACKUP_FORMAT, 'file', `not a Backstory backup (format must be "${BACKUP_FORMAT}")`);
  check(data.version === BACKUP_VERSION, 'file', `backup version ${String(data.version)} is not one this Backstory reads (${BACKUP_VERSION})`);
  check(Array.isArray(data.highlights), 'file', 'highlights must be a list');
  const seen = new Set<string>();
  return (data.highlights as unknown[]).map((h, i) => {
    const valid = validateHighlight(h, `highlight ${i + 1}`);
    check(!seen.has(valid.id), `highlight ${i + 1}`, `id ${valid.id} appears twice in the file`);
    seen.add(valid.id);
    return valid;
  });
}
