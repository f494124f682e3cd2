/** The popup's list of this page's highlights, with exports and a way to the Library. */
import type { Highlight } from '../lib/highlights/model';
import type { PageState } from '../lib/types/post';
import { EXPORT_FORMATS, exportLabel } from './export-files';
import { t, tn } from '../lib/i18n/t';

/** This page's highlights; `unattached` ids are those the page could not find again. */
export interface PageHighlights {
  all: Highlight[];
  unattached: string[];
}

export function Highlights({
  list,
  posts,
  onExport,
  onOpenLibrary,
}: {
  list: PageHighlights;
  posts: PageState['posts'];
  onExport?: PopupProps['onExport'];
  onOpenLibrary?: PopupProps['onOpenLibrary'];
}) {
  const lost = new Set(list.unattached);
  /** For a highlight the page lost: what its post says now, or that the post is gone. */
  const now = (key: string) => {
    const p = posts.find((x) => x.key === key);
    if (!p) return t('highlightPostGone');
    const excerpt = `${p.excerpt.slice(0, 120)}${p.excerpt.length > 120 ? '…' : ''}`;
    return t(p.status === 'edited' ? 'highlightPostNowEdited' : 'highlightPostNow', excerpt);
  };
  return (
    <section class="highlights" aria-label={t('highlightsRegion')}>
      <h2>{tn('highlightsOnPage', list.all.length)}</h2>
      <ul class="list">
        {list.all.map((h) => (
          <li key={h.id} data-highlight-id={h.id}>
            <q dir="auto">{h.exact.length > 140 ? `${h.exact.slice(0, 140)}…` : h.exact}</q>
            {lost.has(h.id) && (
              <>
                <span class="tag c-substantive"> {t('highlightLost')}</span>
                <span class="muted lost" dir="auto">
                  {' '}
                  {now(h.postKey)}
                </span>
              </>
            )}
            {h.note && (
              <span class="muted" dir="auto">
                {' '}
                — {h.note.slice(0, 80)}
              </span>
            )}
            {onOpenLibrary && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => onOpenLibrary(h.id)}>
                  {t('highlightNoteAndTags')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {onExport && (
        <p class="exports">
          {t('exportLead')}{' '}
          {EXPORT_FORMATS.map((f) => (
            <button key={f} type="button" class="secondary" onClick={() => onExport(f, list.all)}>
              {exportLabel(f)}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
