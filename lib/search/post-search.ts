/**
 * Full-text search over every indexed post, for the Library. MiniSearch (kept, 6 KB) does the
 * ranking (BM25, prefix and fuzzy terms); it is built when first searched, in the Library page only.
 */
import MiniSearch from 'minisearch';
import type { Coverage } from '../coverage/types';
import { fold } from '../text/normalize';

export interface PostHit {
  postId: string;
  coverage: string;
  coverageTitle: string;
  title: string | null;
  excerpt: string;
  score: number;
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
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  private meta = new Map<string, { coverage: string; coverageTitle: string; title: string | null; excerpt: string }>();

  constructor(coverages: readonly Coverage[]) {
    for (const c of coverages) {
      for (const p of c.posts) {
        this.meta.set(p.id, {
          coverage: c.meta.id,
          coverageTitle: c.meta.title,
          title: p.title,
          excerpt: p.paragraphs.join(' ').slice(0, 200),
        });
      }
      this.mini.addAll(c.posts.map((p) => ({ id: p.id, title: p.title ?? '', text: p.paragraphs.join('\n') })));
    }
  }

  search(query: string, limit = 20): PostHit[] {
    if (!query.trim()) return [];
    return this.mini
      .search(query)
      .slice(0, limit)
      .map((r) => ({ postId: String(r.id), score: Math.round(r.score * 100) / 100, ...this.meta.get(String(r.id))! }));
  }
}
