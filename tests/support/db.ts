/** Throwaway Backstory databases for unit tests (fake-indexeddb), deleted after each test. */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { BackstoryDB } from '../../lib/store/db';

let n = 0;
const open: BackstoryDB[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

export function freshDb(): BackstoryDB {
  const db = new BackstoryDB(`test-${n++}-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
