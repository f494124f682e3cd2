/**
 * The Library: every highlight, searchable and filterable (tag, site, date, source cited, status),
 * with counts, a link back to each passage, note and tag editing, exports of what is shown, and
 * import of a backup. A view: the entrypoint does the storage.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../lib/highlights/model';
import { linkTo } from '../lib/highlights/export/text-fragment';
import { EXPORT_FORMATS, exportLabel, type ExportFormat } from './export-files';
import { isStatus, statusShort } from './status-labels';
import { dayText } from './dates';
import { formatNumber, t, tn } from '../lib/i18n/t';

/** Highlights drawn at first, and added by each "Show more": a long Library stays quick to draw. */
export const PAGE_SIZE = 20;

export interface LibraryProps {
  highlights: Highlight[];
  focusId?: string | null;
  /** The last action's outcome; `undo` takes it back (a deletion, for a few seconds). */
  message?: { kind: 'ok' | 'error'; text: string; undo?: () => void } | null;
  /** Saves a highlight: its note and tags as they are typed (`quiet`: said nowhere), or on "Save". */
  onSave: (h: Highlight, quiet?: boolean) => void;
  onDelete: (id: string) => void;
  onExport: (format: ExportFormat, highlights: Highlight[]) => void;
  onImport: (file: File) => void;
}

export interface Filters {
  text: string;
  tag: string;
  site: string;
  source: string;
  status: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { text: '', tag: '', site: '', source: '', status: '', from: '', to: '' };

export function filterHighlights(list: readonly Highlight[], f: Filters): Highlight[] {
  const q = f.text.trim().toLowerCase();
  return list.filter(
    (h) =>
      (!q || `${h.exact}\n${h.note}\n${h.pageTitle}\n${h.snapshot.title ?? ''}`.toLowerCase().includes(q)) &&
      (!f.tag || h.tags.includes(f.tag)) &&
      (!f.site || h.site === f.site) &&
      (!f.source || h.snapshot.sources.some((s) => s.name === f.source)) &&
      (!f.status || h.snapshot.status === f.status) &&
      (!f.from || h.createdAt.slice(0, 10) >= f.from) &&
      (!f.to || h.createdAt.slice(0, 10) <= f.to),
  );
}

const distinct = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));

export function Library({ highlights, focusId, message, onSave, onDelete, onExport, onImport }: LibraryProps) {
  const [f, setF] = useState<Filters>(EMPTY);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = useMemo(() => filterHighlights(highlights, f), [highlights, f]);
  const filter = (next: Filters) => {
    setF(next);
    setLimit(PAGE_SIZE);
  };
  const set = (k: keyof Filters) => (e: Event) => filter({ ...f, [k]: (e.target as HTMLInputElement).value });
  const options = {
    tag: distinct(highlights.flatMap((h) => h.tags)),
    site: distinct(highlights.map((h) => h.site)),
    source: distinct(highlights.flatMap((h) => h.snapshot.sources.map((s) => s.name))),
    status: distinct(highlights.map((h) => h.snapshot.status)),
  };
  // A value as the reader reads it: a status by its name ("Unchanged", not `same`).
  const named = (k: 'tag' | 'site' | 'source' | 'status', o: string) => (k === 'status' && isStatus(o) ? statusShort(o) : o);
  const select = (k: 'tag' | 'site' | 'source' | 'status', label: string) => (
    <label>
      {label}{' '}
      <select value={f[k]} onChange={set(k)}>
        <option value="">{t('filterAll')}</option>
        {options[k].map((o) => (
          <option key={o} value={o}>
            {named(k, o)}
          </option>
        ))}
      </select>
    </label>
  );
  const filtered = Object.values(f).some(Boolean);
  // The highlight the Library was opened on is drawn, however far down the list it is.
  const upTo = Math.max(limit, shown.findIndex((h) => h.id === focusId) + 1);
  return (
    <main class="library">
      <header>
        <h1>{t('libraryTitle')}</h1>
        <p class="muted" role="status" aria-live="polite">
          {t(
            'libraryCounts',
            formatNumber(shown.length),
            tn('highlights', highlights.length),
            tn('pages', distinct(shown.map((h) => h.pageUrl)).length),
            tn('sites', distinct(shown.map((h) => h.site)).length),
          )}
        </p>
        {message && (
          <p class={message.kind === 'error' ? 'error' : 'ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
            {message.undo && (
              <>
                {' '}
                <button type="button" onClick={message.undo}>
                  {t('undo')}
                </button>
              </>
            )}
          </p>
        )}
      </header>
      <section class="filters" aria-label={t('libraryFiltersRegion')}>
        <label>
          {t('librarySearch')} <input type="search" value={f.text} onInput={set('text')} placeholder={t('librarySearchHint')} />
        </label>
        {select('tag', t('filterTag'))}
        {select('site', t('filterSite'))}
        {select('source', t('filterSource'))}
        {select('status', t('filterStatus'))}
        {/* The two dates wrap together, never "To" alone on a line. */}
        <span class="dates">
          <label>
            {t('filterFrom')} <input type="date" value={f.from} onInput={set('from')} />
          </label>
          <label>
            {t('filterTo')} <input type="date" value={f.to} onInput={set('to')} />
          </label>
        </span>
      </section>
      <section class="actions" aria-label={t('libraryActionsRegion')}>
        {EXPORT_FORMATS.map((fmt) => (
          <button key={fmt} type="button" onClick={() => onExport(fmt, shown)} disabled={!shown.length}>
            {t('libraryExport', exportLabel(fmt))}
          </button>
        ))}
        <label class="import">
          {t('libraryImportBackup')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) onImport(file);
              (e.target as HTMLInputElement).value = '';
            }}
          />
        </label>
      </section>
      <ol class="items" aria-label={t('libraryItemsRegion')}>
        {shown.slice(0, upTo).map((h) => (
          <Item key={h.id} h={h} focus={h.id === focusId} onSave={onSave} onDelete={onDelete} />
        ))}
      </ol>
      {shown.length > upTo && (
        <p class="more">
          <button type="button" onClick={() => setLimit(upTo + PAGE_SIZE)}>
            {t('libraryShowMore', formatNumber(Math.min(PAGE_SIZE, shown.length - upTo)), formatNumber(shown.length - upTo))}
          </button>
        </p>
      )}
      {!highlights.length && <p class="empty">{t('libraryEmpty')}</p>}
      {highlights.length > 0 && !shown.length && filtered && (
        <p class="empty">
          {t('libraryNoMatch')}{' '}
          <button type="button" onClick={() => filter(EMPTY)}>
            {t('libraryClearFilters')}
          </button>
        </p>
      )}
    </main>
  );
}

/** How long typing may pause before a note or its tags are saved: what is typed is never only on screen for long. */
export const NOTE_SAVE_MS = 400;

function Item({
  h,
  focus,
  onSave,
  onDelete,
}: {
  h: Highlight;
  focus: boolean;
  onSave: (h: Highlight, quiet?: boolean) => void;
  onDelete: (id: string) => void;
}) {
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(h.tags.join(', '));
  // Read by the timer and by the flush when the Library closes, which outlive this render.
  const typed = useRef({ note, tags });
  typed.current = { note, tags };
  const latest = useRef({ h, onSave });
  latest.current = { h, onSave };
  const [, savedAgain] = useState(0);
  const mounted = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stored = useRef({ note: h.note, tags: h.tags.join(', ') });
  const withTyped = (): Highlight => ({
    ...latest.current.h,
    note: typed.current.note,
    tags: [
      ...new Set(
        typed.current.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ],
    modifiedAt: new Date().toISOString(),
  });
  const save = (quiet: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const now = typed.current;
    if (now.note === stored.current.note && now.tags === stored.current.tags) return;
    stored.current = { ...now };
    latest.current.onSave(withTyped(), quiet);
    if (mounted.current) savedAgain((n) => n + 1);
  };
  // Saved as it is typed, once typing pauses, and at once when the field is left or the Library
  // hidden or closed: a note is never lost to a re-render, a closed tab or a forgotten "Save".
  const typing = (set: (v: string) => void) => (e: Event) => {
    set((e.target as HTMLInputElement).value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save(true), NOTE_SAVE_MS);
  };
  useEffect(() => {
    const flush = () => timer.current !== undefined && save(true);
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      mounted.current = false;
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);
  const dirty = note !== stored.current.note || tags !== stored.current.tags;
  return (
    <li class={focus ? 'item focus' : 'item'} id={`h-${h.id}`} tabIndex={-1}>
      <blockquote dir="auto">{h.exact}</blockquote>
      <p class="muted">
        <a href={linkTo(h.pageUrl, h)} target="_blank" rel="noreferrer" dir="auto">
          {h.snapshot.title ?? h.pageTitle}
        </a>{' '}
        · {h.publisher ?? h.site} · {isStatus(h.snapshot.status) ? statusShort(h.snapshot.status) : h.snapshot.status}
        {h.snapshot.sources.length ? ` · ${h.snapshot.sources.map((s) => s.name).join(', ')}` : ''} · {dayText(h.createdAt)}
      </p>
      <label>
        {t('itemNote')} <textarea dir="auto" value={note} onInput={typing(setNote)} onBlur={() => save(true)} rows={2} />
      </label>
      <label>
        {t('itemTags')} <input value={tags} onInput={typing(setTags)} onBlur={() => save(true)} placeholder={t('itemTagsHint')} />
      </label>
      <p class="row">
        <button type="button" onClick={() => save(false)} disabled={!dirty}>
          {t('save')}
        </button>
        <button type="button" class="danger" onClick={() => onDelete(h.id)}>
          {t('delete')}
        </button>
      </p>
    </li>
  );
}
