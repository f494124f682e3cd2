/**
 * Searching every indexed post from the Library: each result names its coverage, shows the words
 * that matched in their context (once its text is read), and opens in the reader.
 */
import type { PostHit } from '../lib/search/post-search';
import type { SnippetPart } from '../lib/search/snippet';
import { formatNumber, t, tn } from '../lib/i18n/t';

/** Hits the search gives at most: a full list is "the best" ones. */
const BEST = 20;

export type ShownHit = PostHit & { snippet?: SnippetPart[] };

export interface IndexSearchProps {
  query: string;
  hits: ShownHit[] | null;
  onQuery: (q: string) => void;
  /** The reader is about to search: the index may start building. */
  onFocus?: () => void;
  /** While the index is being built: how many posts the hits come from, of how many. */
  partial?: { indexed: number; total: number } | null;
  onOpen: (postId: string) => void;
}

export function IndexSearch({ query, hits, onQuery, onFocus, onOpen, partial }: IndexSearchProps) {
  return (
    <section class="index-search" aria-label={t('searchIndexTitle')}>
      <h2>{t('searchIndexTitle')}</h2>
      <label>
        {t('searchIndexLabel')}{' '}
        <input
          type="search"
          value={query}
          onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
          onFocus={onFocus}
          placeholder={t('searchIndexHint')}
        />
      </label>
      {hits && (
        <ol class="hits" aria-live="polite">
          {hits.length === 0 ? (
            <li class="muted">{t('searchNoHits')}</li>
          ) : (
            <li class="muted small count">
              {hits.length === BEST ? t('searchBest', formatNumber(BEST)) : t('searchHits', tn('posts', hits.length))}
            </li>
          )}
          {partial && <li class="muted small partial">{t('searchPartial', formatNumber(partial.indexed), tn('posts', partial.total))}</li>}
          {hits.map((h) => (
            <li key={h.postId}>
              <button type="button" class="link" dir="auto" onClick={() => onOpen(h.postId)}>
                {h.title ?? `${h.excerpt.slice(0, 90)}…`}
              </button>{' '}
              <span class="muted small" dir="auto">
                {h.coverageTitle}
              </span>
              {h.snippet?.length ? (
                <p class="snippet small" dir="auto">
                  {h.snippet.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
