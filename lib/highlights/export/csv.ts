/**
 * CSV (RFC 4180): UTF-8 with a byte-order mark (spreadsheets then read Arabic right), every field
 * quoted, quotes doubled, newlines kept inside quotes, CRLF between records, formulas defused.
 */
import type { Highlight } from '../model';

export const CSV_COLUMNS = [
  'id',
  'created',
  'modified',
  'page_url',
  'canonical_url',
  'page_title',
  'publisher',
  'site',
  'post_key',
  'post_title',
  'post_published',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'note',
  'tags',
  'status',
  'first_published_post',
  'first_published_coverage',
  'sources',
  'corrections',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or return before them) as a
 * formula: quoted page text ("=HYPERLINK(…)") must stay text, so such a cell starts with `'`.
 */
const FORMULA = /^[=+\-@\t\r]/;

function field(v: string | number | null | undefined): string {
  const text = typeof v === 'number' ? String(v) : String(v ?? '');
  const safe = typeof v === 'string' && FORMULA.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function row(h: Highlight): (string | number | null)[] {
  const s = h.snapshot;
  return [
    h.id,
    h.createdAt,
    h.modifiedAt,
    h.pageUrl,
    h.canonicalUrl,
    h.pageTitle,
    h.publisher,
    h.site,
    h.postKey,
    s.title,
    s.publishedAt,
    h.exact,
    h.prefix,
    h.suffix,
    h.start,
    h.end,
    h.note,
    h.tags.join('; '),
    s.status,
    s.firstPublished?.postId ?? null,
    s.firstPublished?.coverage ?? null,
    s.sources.map((x) => x.name).join('; '),
    s.corrections.map((c) => `${c.kind}: ${c.before ?? ''} → ${c.after ?? ''}`).join('\n'),
  ];
}

export function toCsv(highlights: readonly Highlight[]): string {
  const lines = [CSV_COLUMNS.map(field).join(','), ...highlights.map((h) => row(h).map(field).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
