/** Searching every indexed post from the Library: results name their coverage and open in the reader. */
import type { PostHit } from '../lib/search/post-search';

export interface IndexSearchProps {
  query: string;
  hits: PostHit[] | null;
  onQuery: (q: string) => void;
  /** The reader is about to search: the index may start building. */
  onFocus?: () => void;
  onOpen: (postId: string) => void;
}

export function IndexSearch({ query, hits, onQuery, onFocus, onOpen }: IndexSearchProps) {
  return (
    <section class="index-search" aria-label="Search your index">
      <h2>Search your index</h2>
      <label>
        Words in any indexed post{' '}
        <input
          type="search"
          value={query}
          onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
          onFocus={onFocus}
          placeholder="e.g. a name and a place"
        />
      </label>
      {hits && (
        <ol class="hits" aria-live="polite">
          {hits.length === 0 && <li class="muted">No indexed post has these words.</li>}
          {hits.map((h) => (
            <li key={h.postId}>
              <button type="button" class="link" dir="auto" onClick={() => onOpen(h.postId)}>
                {h.title ?? `${h.excerpt.slice(0, 90)}…`}
              </button>{' '}
              <span class="muted small" dir="auto">
                {h.coverageTitle}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
