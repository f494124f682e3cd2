/**
 * A page's details at scale, in Node (in memory; the browser's storage is bench/browser-index.ts):
 * an index of N posts in live blogs of BLOG posts each (followed blogs: many blogs, none of 10^5
 * posts), a 300-post page of one blog's newest posts (a third of them edited), and the details of
 * every post (attribution, related posts, later developments, corrections):
 * - cold: a worker started on the stored snapshot (match and related index, cloned as IndexedDB
 *   would), answering the page's verdicts and details;
 * - the same cold start on a snapshot without the related index, which is then built from every
 *   post's text (what every start did before it was stored): the baseline, in the same run;
 * - warm: the same worker, another blog's page.
 */
import { Analyzer } from '../../lib/analysis/analyzer';
import type { PostReader } from '../../lib/analysis/post-texts';
import type { AttributablePost } from '../../lib/attribution/attribute';
import { loadShippedCoverage } from '../../lib/coverage/load-shipped-node';
import type { Coverage } from '../../lib/coverage/types';
import { EDIT_KINDS, edit, rng, syntheticCoverage, WordChain } from './corpus';
import { heldBytes as collectGarbage, log, median } from './report';

export interface DetailsFigures {
  posts: number;
  blogPosts: number;
  /** Worker start on the stored snapshot → the page's verdicts and details. */
  coldMs: number;
  /** Of which the details alone. */
  coldDetailsMs: number;
  /** The same start with the related index built from the texts instead of read (the baseline). */
  rebuildColdMs: number;
  /** A start as the worker's: no post held, texts read (cloned, as IndexedDB gives them) as verdicts and details need them. */
  lazyColdMs: number;
  /** How many posts' texts that start read. */
  lazyPostsRead: number;
  /** The median over `warmPages` pages of other blogs. */
  warmMs: number;
  warmPages: number;
  /** Bytes of the related index's arrays as stored. */
  relatedBytes: number;
  /** Later developments found on the page (a check that the work was done, not a target). */
  updates: number;
}

const PAGE = 300;
const BLOG = 1_000;
const fmt = (n: number, d = 0) => n.toFixed(d);
const WARM_PAGES = 5;

function pageOf(blog: Coverage, chain: WordChain, seed: number): AttributablePost[] {
  const r = rng(seed);
  return blog.posts
    .slice(-PAGE)
    .reverse()
    .map((p, i) => {
      const text = i % 3 === 2 ? edit(p, EDIT_KINDS[1 + (i % (EDIT_KINDS.length - 1))], chain, r) : p;
      return { key: `page-${i}`, title: text.title, paragraphs: [...text.paragraphs], byline: [], publishedAt: null, updatedAt: null };
    });
}

function answer(analyzer: Analyzer, page: readonly AttributablePost[]): { detailsMs: number; updates: number } {
  const verdicts = page.map((p) => analyzer.verdict(p));
  const t = performance.now();
  let updates = 0;
  page.forEach((p, i) => (updates += analyzer.details(p, verdicts[i]).updates.length));
  return { detailsMs: performance.now() - t, updates };
}

/** The posts as a store gives them: copies, of the posts asked for or of whole coverages. */
function memoryReader(blogs: readonly Coverage[]): PostReader {
  const byId = new Map(blogs.flatMap((b) => b.posts.map((p) => [p.id, p])));
  return {
    posts: async (wanted) => structuredClone(wanted.flatMap((w) => byId.get(w.id) ?? [])),
    coverages: async (ids) => structuredClone(blogs.filter((b) => ids.includes(b.meta.id))),
  };
}

function byteSize(x: unknown): number {
  if (ArrayBuffer.isView(x)) return x.byteLength;
  if (Array.isArray(x)) return x.reduce((n: number, v) => n + (typeof v === 'string' ? v.length * 2 : byteSize(v)), 0);
  if (x && typeof x === 'object') return Object.values(x).reduce((n: number, v) => n + byteSize(v), 0);
  return 8;
}

/**
 * An index built and stored, then started from its snapshot (cold) and from its match snapshot
 * alone (the related index rebuilt: the baseline): the analyzers are this function's, dropped
 * once their figures are taken.
 */
function storedStarts(blogs: readonly Coverage[], page: readonly AttributablePost[], size: number) {
  const built = new Analyzer(blogs);
  answer(built, page);
  // As IndexedDB stores it: a structured clone, read back by a worker that holds the posts.
  const stored = structuredClone(built.snapshot());
  const { related: relatedArrays, ...matchOnly } = stored;
  const revisions = Object.fromEntries(blogs.map((b) => [b.meta.id, 0]));

  let t = performance.now();
  const cold = new Analyzer(blogs, stored, revisions);
  const coldAnswer = answer(cold, page);
  const coldMs = performance.now() - t;
  if (cold.rebuilt) throw new Error(`bench: the stored snapshot of ${size} posts was not taken`);

  t = performance.now();
  answer(new Analyzer(blogs, matchOnly, revisions), page);
  const rebuildColdMs = performance.now() - t;
  return { stored, relatedArrays, coldMs, coldAnswer, rebuildColdMs };
}

export async function detailsAtScale(sizes: number[]): Promise<DetailsFigures[]> {
  const chain = new WordChain(loadShippedCoverage().posts.flatMap((p) => p.paragraphs));
  const out: DetailsFigures[] = [];
  log(`\nA 300-post page's details (attribution, related, later, corrections), blogs of ${BLOG} posts (Node, in memory)\n`);
  log(
    '| indexed posts | cold: start on the snapshot → verdicts + details | of which details | cold, related index rebuilt (before) | rebuilt ÷ stored | cold, no post held: texts read as needed (posts read) | warm, other blogs (median of 5 pages) | related index stored |',
  );
  log('|---|---|---|---|---|---|---|---|');
  for (const size of sizes) {
    const blogs = Array.from({ length: Math.max(1, Math.round(size / BLOG)) }, (_, b) =>
      syntheticCoverage(`blog-${size}-${b}`, Math.min(BLOG, size), chain, 9_000_000 + size + b),
    );
    const page = pageOf(blogs[0], chain, size);
    const { stored, relatedArrays, coldMs, coldAnswer, rebuildColdMs } = storedStarts(blogs, page, size);

    const t = performance.now();
    const heads = blogs.map((b) => ({ id: b.meta.id, meta: b.meta, revision: 0, postCount: b.posts.length }));
    const lazy = await Analyzer.open(heads, structuredClone(stored), memoryReader(blogs));
    await lazy.readForVerdicts(page);
    page.forEach((p) => lazy.verdict(p));
    await lazy.readForDetails();
    const lazyAnswer = answer(lazy, page);
    const lazyColdMs = performance.now() - t;
    if (lazy.rebuilt || lazyAnswer.updates !== coldAnswer.updates)
      throw new Error('bench: the start reading texts as needed answered otherwise');

    // Warm: the worker-like start above, now holding every text, on other blogs' pages; one page
    // is too few to tell a change from noise (±30% here), so the median of WARM_PAGES. What the
    // bench built beside it is collected first: a worker holds one index, not four.
    collectGarbage();
    const others = Array.from({ length: WARM_PAGES }, (_, k) => blogs[Math.max(0, blogs.length - 1 - k)]);
    const warmRuns = others.map((b, k) => answer(lazy, pageOf(b, chain, size + 1 + k)).detailsMs);
    const figures: DetailsFigures = {
      posts: size,
      blogPosts: Math.min(BLOG, size),
      coldMs,
      coldDetailsMs: coldAnswer.detailsMs,
      rebuildColdMs,
      lazyColdMs,
      lazyPostsRead: lazy.texts.postsRead,
      warmMs: median(warmRuns),
      warmPages: WARM_PAGES,
      relatedBytes: byteSize(relatedArrays),
      updates: coldAnswer.updates,
    };
    out.push(figures);
    log(
      `| ${size.toLocaleString('en')} | ${fmt(coldMs)} ms | ${fmt(coldAnswer.detailsMs)} ms | ${fmt(rebuildColdMs)} ms | ${fmt(rebuildColdMs / coldMs, 1)}× | ${fmt(lazyColdMs)} ms (${lazy.texts.postsRead.toLocaleString('en')}) | ${fmt(figures.warmMs)} ms | ${fmt(figures.relatedBytes / 1e6, 1)} MB |`,
    );
  }
  return out;
}
