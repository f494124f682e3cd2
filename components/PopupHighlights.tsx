/** The popup's list of this page's highlights, with exports and a way to the Library. */
import type { Highlight } from '../lib/highlights/model';
import type { PageState } from '../lib/types/post';
import { EXPORT_LABEL, type ExportFormat } from './export-files';

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
    if (!p) return 'The post is no longer on this page.';
    return `The post now reads: “${p.excerpt.slice(0, 120)}${p.excerpt.length > 120 ? '…' : ''}”${p.status === 'edited' ? ' (edited since indexed)' : ''}`;
  };
  return (
    <section class="highlights" aria-label="Highlights on this page">
      <h2>Your highlights on this page ({list.all.length})</h2>
      <ul class="list">
        {list.all.map((h) => (
          <li key={h.id} data-highlight-id={h.id}>
            <q dir="auto">{h.exact.length > 140 ? `${h.exact.slice(0, 140)}…` : h.exact}</q>
            {lost.has(h.id) && (
              <>
                <span class="tag c-substantive"> not found in the post now</span>
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
                  Note and tags
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {onExport && (
        <p class="exports">
          Export:{' '}
          {(Object.keys(EXPORT_LABEL) as ExportFormat[]).map((f) => (
            <button key={f} type="button" class="secondary" onClick={() => onExport(f, list.all)}>
              {EXPORT_LABEL[f]}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
