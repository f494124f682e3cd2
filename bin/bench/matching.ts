/**
 * Matching at scale, in Node (in-memory matching only; storage and cold start belong to the
 * browser): synthetic corpora of 10^3, 10^4, 10^5 posts; a 300-post page of edited copies of each
 * kind plus unrelated posts; recall per edit kind, false duplicates, time per page, index build
 * rate and memory; against a MiniSearch baseline (top hit on a post's 20 rarest terms) in the
 * same run.
 */
import MiniSearch from 'minisearch';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import type { IndexedPost } from '../../lib/coverage/types';
import { buildMatchIndex, indexBytes } from '../../lib/match/match-index';
import { matchPost } from '../../lib/match/match-post';
import { winnowHashes } from '../../lib/match/winnow';
import { wordHashes } from '../../lib/text/word-hashes';
import { normalize, words } from '../../lib/text/normalize';
import { EDIT_KINDS, edit, rng, syntheticCoverage, WordChain, type EditKind } from './corpus';

const PAGE = 300;
const fmt = (n: number, d = 1) => n.toFixed(d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function matchingAtScale(sizes: number[]): Promise<void> {
  const shipped = loadShippedCoverage();
  const chain = new WordChain(shipped.posts.flatMap((p) => p.paragraphs));
  console.log(
    '\nMatching at scale (Node, in memory; the page matched 9 times: the first run, with the code not yet optimised, and the median of the other 8)\n',
  );
  console.log(
    '| indexed posts | build (posts/s) | index memory (typed arrays) | 300-post page, first run | 300-post page (warm) | per post p50 / p95 | MiniSearch page | ratio | false duplicates | ' +
      EDIT_KINDS.map((k) => `recall ${k}`).join(' | ') +
      ' |',
  );
  console.log(`|${'---|'.repeat(9 + EDIT_KINDS.length)}`);
  for (const size of sizes) {
    const corpus = syntheticCoverage(`synthetic-${size}`, size, chain, size);
    const t0 = performance.now();
    const index = buildMatchIndex([corpus]);
    const buildMs = performance.now() - t0;
    const heap = indexBytes(index) / 1_048_576;

    // The page: for each edit kind 40 posts from the index, plus 60 unrelated posts.
    const r = rng(7 + size);
    const page: { post: { title: string | null; paragraphs: string[] }; source: IndexedPost | null; kind: EditKind | 'unrelated' }[] = [];
    for (const kind of EDIT_KINDS) {
      for (let i = 0; i < 40; i++) {
        const src = corpus.posts[Math.floor(r() * corpus.posts.length)];
        page.push({ post: edit(src, kind, chain, r), source: src, kind });
      }
    }
    const unrelated = syntheticCoverage('unrelated', PAGE - page.length, chain, 999_999 + size);
    for (const p of unrelated.posts) page.push({ post: p, source: null, kind: 'unrelated' });

    // A warm worker finished building long ago: its garbage is not the page's to collect.
    (globalThis as { gc?: () => void }).gc?.();
    const runs: number[] = [];
    const per: number[] = [];
    let results: ReturnType<typeof matchPost>[] = [];
    for (let run = 0; run < 9; run++) {
      const t = performance.now();
      results = page.map((q) => {
        const s = performance.now();
        const m = matchPost(index, q.post);
        per.push(performance.now() - s);
        return m;
      });
      runs.push(performance.now() - t);
    }
    const recall = (kind: EditKind) => {
      const items = page.map((q, i) => ({ q, m: results[i] })).filter((x) => x.q.kind === kind);
      const found = items.filter((x) => x.m.status !== 'unindexed' && x.m.post !== null && index.posts[x.m.post].id === x.q.source!.id);
      return found.length / items.length;
    };
    const falseDup =
      page.map((q, i) => ({ q, m: results[i] })).filter((x) => x.q.kind === 'unrelated' && x.m.status !== 'unindexed').length /
      (PAGE - 40 * EDIT_KINDS.length);

    // Baseline: MiniSearch, top hit on a post's 20 rarest terms.
    const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
    mini.addAll(corpus.posts.map((p) => ({ id: p.id, text: [p.title ?? '', ...p.paragraphs].join(' ') })));
    const df = new Map<string, number>();
    for (const p of corpus.posts)
      for (const w of new Set(words([p.title ?? '', ...p.paragraphs].join(' ')))) df.set(w, (df.get(w) ?? 0) + 1);
    const tm = performance.now();
    for (const q of page) {
      const terms = [...new Set(words([q.post.title ?? '', ...q.post.paragraphs].join(' ')))]
        .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
        .slice(0, 20);
      void mini.search(terms.join(' '), { combineWith: 'OR' })[0];
    }
    const miniMs = performance.now() - tm;

    const pageMs = median(runs.slice(1));
    console.log(
      `| ${size.toLocaleString('en')} | ${Math.round(size / (buildMs / 1000)).toLocaleString('en')} | ${fmt(heap)} MB | ${fmt(runs[0])} ms | ${fmt(pageMs)} ms | ${fmt(median(per) * 1000, 0)} / ${fmt([...per].sort((a, b) => a - b)[Math.floor(per.length * 0.95)] * 1000, 0)} µs | ${fmt(miniMs)} ms | ${fmt(miniMs / pageMs)}× | ${fmt(falseDup * 100, 2)}% | ` +
        EDIT_KINDS.map((k) => fmt(recall(k), 3)).join(' | ') +
        ' |',
    );
  }
  // Fingerprinting throughput on the largest corpus's text.
  const text = syntheticCoverage('fp', 20_000, chain, 42)
    .posts.map((p) => p.paragraphs.join(' '))
    .join('\n');
  const t = performance.now();
  let n = 0;
  for (const chunk of text.split('\n')) n += winnowHashes(wordHashes(normalize(chunk))).length;
  const s = (performance.now() - t) / 1000;
  console.log(
    `\nFingerprinting (normalise, tokenise, winnow): ${fmt(text.length / 1_048_576 / s)} MB/s over ${fmt(text.length / 1_048_576)} MB (${n.toLocaleString('en')} fingerprints).`,
  );
}
