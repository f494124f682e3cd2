/**
 * Backstory's own backup of highlights: JSON that imports back without duplicates. Reading one is
 * strict: every highlight is checked, and the first bad one is named with what is wrong, so a
 * broken file changes nothing.
 */
import type { Highlight } from './model';
import { checkHighlight } from './highlight-schema';
import { isRecord } from '../text/is-record';

export const BACKUP_FORMAT = 'backstory-highlights';
export const BACKUP_VERSION = 1;

export class BackupError extends Error {}

export function toBackup(highlights: readonly Highlight[], exportedAt = new Date().toISOString()): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, highlights }, null, 2)}\n`;
}

function check(cond: unknown, where: string, what: string): asserts cond {
  if (!cond) throw new BackupError(`${where}: ${what}`);
}

/** One highlight of a backup, checked all the way down (highlight-schema.ts). */
export function validateHighlight(v: unknown, where: string): Highlight {
  const r = checkHighlight(v);
  if (!r.ok) throw new BackupError(`${where}: ${r.error}`);
  return r.value;
}

/** The highlights of a backup file, or a BackupError saying what is wrong and where. */
export function parseBackup(text: string): Highlight[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BackupError(`not a Backstory backup: the file is not JSON (${(e as Error).message})`);
  }
  check(isRecord(data) && data.format === BACKUP_FORMAT, 'file', `not a Backstory backup (format must be "${BACKUP_FORMAT}")`);
  check(
    data.version === BACKUP_VERSION,
    'file',
    `backup version ${String(data.version)} is not one this Backstory reads (${BACKUP_VERSION})`,
  );
  check(Array.isArray(data.highlights), 'file', 'highlights must be a list');
  const seen = new Set<string>();
  return (data.highlights as unknown[]).map((h, i) => {
    const valid = validateHighlight(h, `highlight ${i + 1}`);
    check(!seen.has(valid.id), `highlight ${i + 1}`, `id ${valid.id} appears twice in the file`);
    seen.add(valid.id);
    return valid;
  });
}
