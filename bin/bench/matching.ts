/**
 * Matching at scale, in Node (in-memory matching only; storage and cold start belong to the
 * browser): synthetic corpora of 10^3, 10^4, 10^5 posts (or the sizes asked for), the real-text
 * posts of bench/real-text.ts indexed beside them; a timed 300-post page of edited copies of each
 * kind plus unrelated posts; recall per edit kind over 200 edited copies a kind, false duplicates
 * over 3,000 unrelated posts, the same on real prose; time
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
import { lineHashes, lineKey } from '../../lib/text/word-hashes';
import { normalize, words } from '../../lib/text/normalize';
import { EDIT_KINDS, edit, rng, syntheticCoverage, WordChain, type EditKind } from './corpus';
import { heldBytes, log, median } from './report';
import { realText, type PagePost } from './real-text';
import type { MatchIndex } from '../../lib/match/match-index';

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
  /** Heap and array buffers the built index holds, its query scratch included (after garbage collection, against before it was built). */
  heapBytes: number;
  buildPostsPerSecond: number;
  /** Over EDITED_PER_KIND edited copies per kind (the timed page's too few to tell 0.99). */
  recall: Record<EditKind, number>;
  /** Over UNRELATED unrelated posts. */
  falseDuplicateRate: number;
  unrelatedPosts: number;
  /** The same on real prose (the shipped coverage and a fixture's posts indexed too), or null without the fixtures. */
  realText: Quality | null;
  perPostP50Us: number;
  perPostP95Us: number;
}

const PAGE = 300;
/** Posts unrelated to the index asked for, to tell a false-duplicate rate of 0.1%. */
const UNRELATED = 3_000;
const EDITED_PER_KIND = 200;

interface Quality {
  recall: Record<EditKind, number>;
  falseDuplicateRate: number;
  edited: number;
  unrelatedPosts: number;
}

/** Recall per edit kind (each source's edited copy found as that source) and false duplicates (an unrelated post not `unindexed`). */
function quality(
  index: MatchIndex,
  sources: readonly IndexedPost[],
  unrelated: readonly PagePost[],
  chain: WordChain,
  seed: number,
): Quality {
  const r = rng(seed);
  const recall = Object.fromEntries(
    EDIT_KINDS.map((kind) => {
      const found = sources.filter((src) => {
        const m = matchPost(index, edit(src, kind, chain, r));
        return m.status !== 'unindexed' && m.post !== null && index.posts[m.post].id === src.id;
      }).length;
      return [kind, found / sources.length];
    }),
  ) as Record<EditKind, number>;
  const duplicates = unrelated.filter((p) => matchPost(index, p).status !== 'unindexed').length;
  return { recall, falseDuplicateRate: duplicates / unrelated.length, edited: sources.length, unrelatedPosts: unrelated.length };
}
/** The largest index MiniSearch is built for: above it, its memory and time are out of reach here. */
const BASELINE_MAX = 100_000;
const fmt = (n: number, d = 1) => n.toFixed(d);

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

export function matchingAtScale(sizes: number[]): { sizes: MatchingFigures[]; fingerprintMBps: number; fingerprintFirstPassMBps: number } {
  const shipped = loadShippedCoverage();
  const chain = new WordChain(shipped.posts.flatMap((p) => p.paragraphs));
  const real = realText();
  if ('absent' in real) log(`\n(Real-text recall left out: ${real.absent}.)`);
  const figures: MatchingFigures[] = [];
  const realRows: string[] = [];
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
    const realIndexed = 'absent' in real ? [] : real.indexed;
    // The corpus's texts are strings made by concatenation, which V8 keeps as trees until first
    // read whole and then flattens (~50 MB smaller at 10^5 posts): read first, or the build's
    // reading them would count against the index.
    for (const p of [...corpus.posts, ...realIndexed.flatMap((c) => c.posts)]) for (const t of postLinesText(p)) lineKey(t);
    const withoutIndex = heldBytes();
    const t0 = performance.now();
    let index: ReturnType<typeof buildMatchIndex> | null = buildMatchIndex([corpus, ...realIndexed]);
    const buildMs = performance.now() - t0;

    // The page: for each edit kind 40 posts from the index, plus 60 unrelated posts.
    const r = rng(7 + size);
    // (Its recall is not read: quality() below asks far more posts, untimed.)
    const page: { post: PagePost }[] = [];
    for (const kind of EDIT_KINDS) {
      for (let i = 0; i < 40; i++) page.push({ post: edit(corpus.posts[Math.floor(r() * corpus.posts.length)], kind, chain, r) });
    }
    const unrelated = syntheticCoverage('unrelated', PAGE - page.length, chain, 999_999 + size);
    for (const p of unrelated.posts) page.push({ post: p });

    // A warm worker finished building long ago: its garbage is not the page's to collect.
    heldBytes();
    const runs: number[] = [];
    const per: number[] = [];
    for (let run = 0; run < 9; run++) {
      const t = performance.now();
      for (const q of page) {
        const s = performance.now();
        matchPost(index!, q.post);
        per.push(performance.now() - s);
      }
      runs.push(performance.now() - t);
    }
    const qr = rng(11 + size);
    const sample = Array.from({ length: EDITED_PER_KIND }, () => corpus.posts[Math.floor(qr() * corpus.posts.length)]);
    const synthetic = quality(
      index,
      sample,
      syntheticCoverage('unrelated-many', UNRELATED, chain, 4_999_999 + size).posts,
      chain,
      13 + size,
    );
    const realQuality =
      'absent' in real
        ? null
        : quality(
            index,
            // A post of a title alone has nothing the edit kinds change.
            real.indexed.flatMap((c) => c.posts).filter((p) => p.paragraphs.length > 0),
            real.unrelated,
            chain,
            17 + size,
          );
    const floorMs = fingerprintFloor(page.map((q) => q.post));
    const bytes = indexBytes(index);
    // What the index holds, its query scratch included: the heap with it, less the heap before it
    // was built (its posts are the corpus's). Not the heap once it is dropped: V8 frees large
    // array buffers' memory after the collection that finds them dead, so that read too little.
    const heapBytes = heldBytes() - withoutIndex;
    // eslint-disable-next-line no-useless-assignment -- dropped so that the next size's figures do not hold it
    index = null;
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
      recall: synthetic.recall,
      falseDuplicateRate: synthetic.falseDuplicateRate,
      unrelatedPosts: synthetic.unrelatedPosts,
      realText: realQuality,
      perPostP50Us: median(per) * 1000,
      perPostP95Us: sortedPer[Math.floor(per.length * 0.95)] * 1000,
    };
    figures.push(fig);
    const mb = (n: number) => `${fmt(n / 1_048_576)} MB`;
    log(
      `| ${size.toLocaleString('en')} | ${fig.buildPostsPerSecond.toLocaleString('en')} | ${mb(fig.indexBytes)}; ${mb(heapBytes)} | ${fmt(runs[0])} ms | ${fmt(pageMs)} ms (${fmt(pageMs / floorMs)}× ${fmt(floorMs)} ms) | ${fmt(fig.perPostP50Us, 0)} / ${fmt(fig.perPostP95Us, 0)} µs | ${miniMs === null ? '–' : `${fmt(miniMs)} ms`} | ${miniMs === null ? '–' : `${fmt(miniMs / pageMs)}×`} | ${fmt(fig.falseDuplicateRate * 100, 2)}% of ${UNRELATED.toLocaleString('en')} | ` +
        EDIT_KINDS.map((k) => fmt(fig.recall[k], 3)).join(' | ') +
        ' |',
    );
    if (realQuality)
      realRows.push(
        `| ${size.toLocaleString('en')} | ${realQuality.edited} | ${fmt(realQuality.falseDuplicateRate * 100, 2)}% of ${realQuality.unrelatedPosts} | ${EDIT_KINDS.map((k) => fmt(realQuality.recall[k], 3)).join(' | ')} |`,
      );
  }
  if (realRows.length) {
    log(
      "\nRecall on real prose: the shipped coverage and the Mirror fixture indexed beside the synthetic posts, each edited; la Repubblica fixture's posts (never indexed) as the unrelated ones\n",
    );
    log(`| indexed posts | real posts edited per kind | false duplicates | ${EDIT_KINDS.map((k) => `recall ${k}`).join(' | ')} |`);
    log(`|${'---|'.repeat(3 + EDIT_KINDS.length)}`);
    for (const row of realRows) log(row);
  }
  // Fingerprinting throughput on a large corpus's text: a first pass (the code not yet optimised,
  // the unit tables filling) and the median of three more, what an index build runs at.
  const text = syntheticCoverage('fp', 20_000, chain, 42)
    .posts.map((p) => p.paragraphs.join(' '))
    .join('\n');
  const chunks = text.split('\n');
  const passes: number[] = [];
  let n = 0;
  for (let pass = 0; pass < 4; pass++) {
    const t = performance.now();
    n = 0;
    for (const chunk of chunks) n += winnowHashes(lineHashes(chunk).words).length;
    passes.push(text.length / 1_048_576 / ((performance.now() - t) / 1000));
  }
  const fingerprintFirstPassMBps = passes[0];
  const fingerprintMBps = median(passes.slice(1));
  log(
    `\nFingerprinting (fold, tokenise, key and winnow: what indexing a text costs): ${fmt(fingerprintMBps)} MB/s (median of 3 passes after a first at ${fmt(fingerprintFirstPassMBps)} MB/s) over ${fmt(text.length / 1_048_576)} MB (${n.toLocaleString('en')} fingerprints).`,
  );
  return { sizes: figures, fingerprintMBps, fingerprintFirstPassMBps };
}
