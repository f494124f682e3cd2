/**
 * Taking new posts into the index (a 300-post visit, a capture, an import) without a rebuild:
 * appended beside the built tables, at a cost proportional to what was added, against a full
 * rebuild of the same index in the same run; then folding the appended posts into the tables
 * (what storing the snapshot does), and a check that the appended posts match.
 */
import { Analyzer } from '../../lib/analysis/analyzer';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import { buildMatchIndex, mergeTail } from '../../lib/match/match-index';
import { syntheticCoverage, WordChain } from './corpus';
import { log } from './report';

export interface AppendFigures {
  posts: number;
  appendFirstMs: number;
  appendMs: number;
  rebuildMs: number;
  mergeMs: number;
  found: number;
  appended: number;
}

const VISIT = 300;
const fmt = (n: number, d = 1) => n.toFixed(d);

export function appendAtScale(sizes: number[]): AppendFigures[] {
  const out: AppendFigures[] = [];
  const chain = new WordChain(loadShippedCoverage().posts.flatMap((p) => p.paragraphs));
  log('\nTaking a 300-post visit into the index (Node, in memory)\n');
  log(
    '| indexed posts | append 300 posts (first, second) | full rebuild | rebuild ÷ append | merge into tables | appended posts found `same` |',
  );
  log('|---|---|---|---|---|---|');
  for (const size of sizes) {
    const base = syntheticCoverage(`base-${size}`, size, chain, size);
    const analyzer = new Analyzer([base]);
    const visit = (n: number) => syntheticCoverage(`visit-${size}-${n}`, VISIT, chain, 7_000_000 + size + n);
    const first = visit(1);
    let t = performance.now();
    analyzer.add(first, 0);
    const firstMs = performance.now() - t;
    const second = visit(2);
    t = performance.now();
    analyzer.add(second, 0);
    const secondMs = performance.now() - t;
    t = performance.now();
    buildMatchIndex([base, first, second]);
    const rebuildMs = performance.now() - t;
    t = performance.now();
    mergeTail(analyzer.index);
    const mergeMs = performance.now() - t;
    const found = [...first.posts, ...second.posts].filter((p) => analyzer.verdict(p).match?.postId === p.id).length;
    out.push({ posts: size, appendFirstMs: firstMs, appendMs: secondMs, rebuildMs, mergeMs, found, appended: 2 * VISIT });
    log(
      `| ${size.toLocaleString('en')} | ${fmt(firstMs)} ms, ${fmt(secondMs)} ms | ${fmt(rebuildMs, 0)} ms | ${fmt(rebuildMs / secondMs, 0)}× | ${fmt(mergeMs)} ms | ${found} of ${2 * VISIT} |`,
    );
  }
  return out;
}
