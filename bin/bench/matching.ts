/**
 * Matching at scale, in Node (in-memory matching only; storage and cold start belong to the
 * browser): synthetic corpora of 10^3, 10^4, 10^5 posts (or the sizes asked for); a 300-post page
 * of edited copies of each kind plus unrelated posts; recall per edit kind, false duplicates, time
 * per page against the fingerprint floor (the page's text normalised, tokenised and hashed alone),
 * index build rate and memory; against a MiniSearch baseline (top hit on a post's 20 rarest terms)
 * in the same run, up to 10^5 posts.
 */
import MiniSearch from 'minisearch';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import type { IndexedPost } from '../../lib/coverage/types';
import { buildMatchIndex, indexBytes, postLinesText } from '../../lib/match/match-index';
import { matchPost } from '../../lib/match/match-post';
import { concat } from '../../lib/match/typed-arrays';
import { winnowHashes } from '../../lib/match/winnow';
import { lineHashes } from '../../lib/text/word-hashes';
import { normalize, words } from '../../lib/text/normalize';
import { EDIT_KINDS, edit, rng, syntheticCoverage, WordChain, type EditKind } from './corpus';
import { heldBytes, log } from './report';

/** One size's figures (docs/contracts.md §4: fields may be added, never renamed). */
export interface MatchingFigures {
  posts: number;
  warmPageMs: number;
  firstPageMs: number;
  /** Normalising, tokenising and hashing the page's text alone: what no matcher can go below. */
  fingerprintFloorMs: number;
  /** MiniSearch on the same page, or null where it is not built (above 10^5 posts). */
  baselinePageMs: number | null;
  indexBytes: number;
  /** Heap and array buffers the built index holds (measured after garbage collection). */
  heapBytes: number;
  buildPostsPerSecond: number;
  recall: Record<EditKind, number>;
  falseDuplicateRate: number;
  perPostP50Us: number;
  perPostP95Us: number;
}

const PAGE = 300;
/** The largest index MiniSearch is built for: above it, its memory and time are out of reach here. */
const BASELINE_MAX = 100_000;
const fmt = (n: number, d = 1) => n.toFixed(d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type PagePost = { title: string | null; paragraphs: string[] };

/** MiniSearch's time for the page: each post's 20 rarest terms, the top hit taken. */
function miniSearchPage(corpus: readonly IndexedPost[], page: readonly PagePost[]): number {
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  mini.addAll(corpus.map((p) => ({ id: p.id, text: [p.title ?? '', ...p.paragraphs].join(' ') })));
  const df = new Map<string, number>();
  for (const p of corpus) for (const w of new Set(words([p.title ?? '', ...p.paragraphs].join(' ')))) df.set(w, (df.get(w) ?? 0) + 1);
  const t = performance.now();
  for (const q of page) {
    const terms = [...new Set(words([q.title ?? '', ...q.paragraphs].join(' ')))]
      .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
      .slice(0, 20);
    void mini.search(terms.join(' '), { combineWith: 'OR' })[0];
  }
  return performance.now() - t;
}

/** The page's text fingerprinted and nothing looked up: median of 8 runs after a first. */
function fingerprintFloor(page: readonly PagePost[]): number {
  const runs: number[] = [];
  for (let run = 0; run < 9; run++) {
    const t = performance.now();
    // matchPost keeps each paragraph's normalised text as well as its hashes.
    for (const q of page)
      winnowHashes(
        concat(
          postLinesText(q).map((line) => {
            normalize(line);
            return lineHashes(line).words;
          }),
        ),
      );
    runs.push(performance.now() - t);
  }
  return median(runs.slice(1));
}

export function matchingAtScale(sizes: number[]): { sizes: MatchingFigures[]; fingerprintMBps: number } {
  const shipped = loadShippedCoverage();
  const chain = new WordChain(shipped.posts.flatMap((p) => p.paragraphs));
  const figures: MatchingFigures[] = [];
  log(
    '\nMatching at scale (Node, in memory; the page matched 9 times: the first run, with the code not yet optimised, and the median of the other 8)\n',
  );
  log(
    '| indexed posts | build (posts/s) | index memory (typed arrays; held) | 300-post page, first run | 300-post page (warm; ÷ fingerprint floor) | per post p50 / p95 | MiniSearch page | ratio | false duplicates | ' +
      EDIT_KINDS.map((k) => `recall ${k}`).join(' | ') +
      ' |',
  );
  log(`|${'---|'.repeat(9 + EDIT_KINDS.length)}`);
  for (const size of sizes) {
    const corpus = syntheticCoverage(`synthetic-${size}`, size, chain, size);
    const t0 = performance.now();
    let index: ReturnType<typeof buildMatchIndex> | null = buildMatchIndex([corpus]);
    const buildMs = performance.now() - t0;

    // The page: for each edit kind 40 posts from the index, plus 60 unrelated posts.
    const r = rng(7 + size);
    const page: { post: PagePost; source: IndexedPost | null; kind: EditKind | 'unrelated' }[] = [];
    for (const kind of EDIT_KINDS) {
      for (let i = 0; i < 40; i++) {
        const src = corpus.posts[Math.floor(r() * corpus.posts.length)];
        page.push({ post: edit(src, kind, chain, r), source: src, kind });
      }
    }
    const unrelated = syntheticCoverage('unrelated', PAGE - page.length, chain, 999_999 + size);
    for (const p of unrelated.posts) page.push({ post: p, source: null, kind: 'unrelated' });

    // A warm worker finished building long ago: its garbage is not the page's to collect.
    heldBytes();
    const runs: number[] = [];
    const per: number[] = [];
    let results: ReturnType<typeof matchPost>[] = [];
    for (let run = 0; run < 9; run++) {
      const t = performance.now();
      results = page.map((q) => {
        const s = performance.now();
        const m = matchPost(index!, q.post);
        per.push(performance.now() - s);
        return m;
      });
      runs.push(performance.now() - t);
    }
    const matched = results.map((m) => (m.post === null ? null : index!.posts[m.post].id));
    const recall = (kind: EditKind) => {
      const items = page.map((q, i) => ({ q, m: results[i], id: matched[i] })).filter((x) => x.q.kind === kind);
      const found = items.filter((x) => x.m.status !== 'unindexed' && x.id === x.q.source!.id);
      return found.length / items.length;
    };
    const falseDup =
      page.map((q, i) => ({ q, m: results[i] })).filter((x) => x.q.kind === 'unrelated' && x.m.status !== 'unindexed').length /
      (PAGE - 40 * EDIT_KINDS.length);
    const floorMs = fingerprintFloor(page.map((q) => q.post));
    const bytes = indexBytes(index);
    // What the index holds: the heap with it, less the heap once it is dropped (its posts are the corpus's).
    const withIndex = heldBytes();
    index = null;
    const heapBytes = withIndex - heldBytes();
    const miniMs =
      size <= BASELINE_MAX
        ? miniSearchPage(
            corpus.posts,
            page.map((q) => q.post),
          )
        : null;

    const pageMs = median(runs.slice(1));
    const sortedPer = [...per].sort((a, b) => a - b);
    const fig: MatchingFigures = {
      posts: size,
      warmPageMs: pageMs,
      firstPageMs: runs[0],
      fingerprintFloorMs: floorMs,
      baselinePageMs: miniMs,
      indexBytes: bytes,
      heapBytes,
      buildPostsPerSecond: Math.round(size / (buildMs / 1000)),
      recall: Object.fromEntries(EDIT_KINDS.map((k) => [k, recall(k)])) as Record<EditKind, number>,
      falseDuplicateRate: falseDup,
      perPostP50Us: median(per) * 1000,
      perPostP95Us: sortedPer[Math.floor(per.length * 0.95)] * 1000,
    };
    figures.push(fig);
    const mb = (n: number) => `${fmt(n / 1_048_576)} MB`;
    log(
      `| ${size.toLocaleString('en')} | ${fig.buildPostsPerSecond.toLocaleString('en')} | ${mb(fig.indexBytes)}; ${mb(heapBytes)} | ${fmt(runs[0])} ms | ${fmt(pageMs)} ms (${fmt(pageMs / floorMs)}× ${fmt(floorMs)} ms) | ${fmt(fig.perPostP50Us, 0)} / ${fmt(fig.perPostP95Us, 0)} µs | ${miniMs === null ? '–' : `${fmt(miniMs)} ms`} | ${miniMs === null ? '–' : `${fmt(miniMs / pageMs)}×`} | ${fmt(falseDup * 100, 2)}% | ` +
        EDIT_KINDS.map((k) => fmt(fig.recall[k], 3)).join(' | ') +
        ' |',
    );
  }
  // Fingerprinting throughput on a large corpus's text.
  const text = syntheticCoverage('fp', 20_000, chain, 42)
    .posts.map((p) => p.paragraphs.join(' '))
    .join('\n');
  const t = performance.now();
  let n = 0;
  for (const chunk of text.split('\n')) n += winnowHashes(lineHashes(chunk).words).length;
  const s = (performance.now() - t) / 1000;
  const fingerprintMBps = text.length / 1_048_576 / s;
  log(
    `\nFingerprinting (fold, tokenise, key and winnow: what indexing a text costs): ${fmt(fingerprintMBps)} MB/s over ${fmt(text.length / 1_048_576)} MB (${n.toLocaleString('en')} fingerprints).`,
  );
  return { sizes: figures, fingerprintMBps };
}
