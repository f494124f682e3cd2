/**
 * The shipped coverage as a pack whose posts carry times (the shipped text has none): a post every
 * seven minutes from the blog's first morning, so the Library can draw it over time in the
 * end-to-end tests. Its ids are its own, so it sits beside the shipped coverage.
 */
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { writePack } from '../../lib/packs/pack-format';
import type { Coverage } from '../../lib/coverage/types';

export function timedCoveragePack(id = 'timed-copy'): { id: string; title: string; pack: string } {
  const shipped = loadShippedCoverage();
  const start = Date.parse(`${shipped.meta.firstDay}T06:00:00Z`);
  const c: Coverage = {
    meta: { ...shipped.meta, id, title: `${shipped.meta.title} (timed copy)` },
    posts: shipped.posts.map((p, i) => ({
      ...p,
      id: `${id}:${p.position}`,
      coverage: id,
      publishedAt: new Date(start + i * 7 * 60_000).toISOString(),
    })),
  };
  return { id, title: c.meta.title, pack: writePack(c) };
}
