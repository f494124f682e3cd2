/**
 * Full-text search over every indexed post, for the Library. MiniSearch (kept, 6 KB) does the
 * ranking (BM25, prefix and fuzzy terms); it is built in the Library page only, in chunks that
 * leave the page responsive (`building`), when the reader first goes to search.
 */
import MiniSearch from 'minisearch';
import type { Coverage } from '../coverage/types';
import { fold } from '../text/normalize';
import { opening } from '../text/opening';

/** Words nearly every post holds, in the languages coverages come in most: a query is read without them. */
const QUERY_STOP = new Set(
  (
    'a an and the of in on at to for by with from is are was were be it its as that this or not but he she they we you i ' +
    'le la les de des du et un une en à il elle ils est sont al el del los las y o que'
  ).split(' '),
);

/** Posts indexed per task while building. */
const CHUNK = 1000;

export interface PostHit {
  postId: string;
  coverage: string;
  coverageTitle: string;
  /** Its place in its coverage: where its text is read from, for its snippet. */
  position: number;
  title: string | null;
  excerpt: string;
  score: number;
  /** The words of the post that matched (folded, as indexed). */
  terms: string[];
}

interface Doc {
  id: string;
  title: string;
  text: string;
}

export class PostSearch {
  private mini = new MiniSearch<Doc>({
    fields: ['title', 'text'],
    processTerm: (t) => fold(t) || null,
    // Search as you type must stay fast at 10^5 posts: a word of three letters or less taken as
    // a prefix ("str", "men") or a short word taken fuzzily expands to thousands of words, so the
    // word being typed is a prefix from four letters, a word is forgiven a typo from six, and the
    // commonest words of a query are dropped (nearly every post has them).
    searchOptions: {
      boost: { title: 2 },
      processTerm: (t) => {
        const f = fold(t);
        return !f || QUERY_STOP.has(f) ? null : f;
      },
      prefix: (term, i, terms) => term.length >= 4 && i === terms.length - 1,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
      combineWith: 'AND',
    },
  });
  private meta = new Map<string, { coverage: string; coverageTitle: string; position: number; title: string | null; excerpt: string }>();

  constructor(coverages: readonly Coverage[]) {
    for (const c of coverages) this.mini.addAll(this.docs(c));
    this.indexed = this.total = coverages.reduce((n, c) => n + c.posts.length, 0);
  }

  /** Posts indexed so far, and in all: a search asked while it builds covers the first ones. */
  indexed = 0;
  total = 0;
  /** Settles once every post is indexed. */
  ready: Promise<void> = Promise.resolve();

  /**
   * Starts indexing a thousand posts at a time, yielding between chunks: 10^5 posts take seconds,
   * not a frozen page, and the search answers at once from the posts indexed so far (`indexed`
   * of `total`), so the first keystroke never waits for the whole build.
   */
  static building(coverages: readonly Coverage[]): PostSearch {
    const s = new PostSearch([]);
    s.total = coverages.reduce((n, c) => n + c.posts.length, 0);
    s.ready = (async () => {
      for (const c of coverages) {
        const docs = s.docs(c);
        for (let i = 0; i < docs.length; i += CHUNK) {
          s.mini.addAll(docs.slice(i, i + CHUNK));
          s.indexed += Math.min(CHUNK, docs.length - i);
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
    })();
    return s;
  }

  get complete(): boolean {
    return this.indexed >= this.total;
  }

  private docs(c: Coverage): Doc[] {
    return c.posts.map((p) => {
      this.meta.set(p.id, {
        coverage: c.meta.id,
        coverageTitle: c.meta.title,
        position: p.position,
        title: p.title,
        excerpt: opening(p.paragraphs, 200),
      });
      return { id: p.id, title: p.title ?? '', text: p.paragraphs.join('\n') };
    });
  }

  search(query: string, limit = 20): PostHit[] {
    if (!query.trim()) return [];
    return this.mini
      .search(query)
      .slice(0, limit)
      .map((r) => ({ postId: String(r.id), score: Math.round(r.score * 100) / 100, terms: r.terms, ...this.meta.get(String(r.id))! }));
  }
}
