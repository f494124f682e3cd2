/**
 * Citation manager formats: CSL-JSON (`article-newspaper`) and RIS (`NEWS`), one item per
 * highlight: publisher, title, URL, access date, the post's time, author(s), the quote and note.
 */
import type { Highlight } from '../model';
import { personName, risName } from './person-name';

function dateParts(iso: string | null): { 'date-parts': number[][] } | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
}

export function toCslJson(highlights: readonly Highlight[], accessed = new Date().toISOString()) {
  return highlights.map((h) => {
    const s = h.snapshot;
    const item: Record<string, unknown> = {
      id: h.id,
      type: 'article-newspaper',
      title: s.title ?? h.pageTitle,
      'container-title': h.pageTitle,
      publisher: h.publisher ?? h.site,
      URL: h.canonicalUrl ?? h.pageUrl,
      accessed: dateParts(accessed),
      issued: dateParts(s.publishedAt ?? h.createdAt),
      abstract: h.exact,
    };
    if (s.byline.length) item.author = s.byline.map(personName);
    if (h.note) item.note = h.note;
    if (h.tags.length) item.keyword = h.tags.join(', ');
    return item;
  });
}

const risDate = (iso: string | null) => (iso ? iso.slice(0, 10).replace(/-/g, '/') : '');

export function toRis(highlights: readonly Highlight[], accessed = new Date().toISOString()): string {
  const records = highlights.map((h) => {
    const s = h.snapshot;
    const lines = [
      ['TY', 'NEWS'],
      ['TI', s.title ?? h.pageTitle],
      ['T2', h.pageTitle],
      ['PB', h.publisher ?? h.site],
      ['UR', h.canonicalUrl ?? h.pageUrl],
      ['DA', risDate(s.publishedAt ?? h.createdAt)],
      ['PY', (s.publishedAt ?? h.createdAt).slice(0, 4)],
      ['Y2', risDate(accessed)],
      ...s.byline.map((a) => ['AU', risName(a)]),
      ['AB', h.exact],
      ...(h.note ? [['N1', h.note]] : []),
      ...h.tags.map((t) => ['KW', t]),
      ['ID', h.id],
      ['ER', ''],
    ];
    // RIS is line-based: a newline inside a value would start a bogus tag.
    return lines.map(([tag, v]) => `${tag}  - ${String(v).replace(/\r?\n/g, ' ')}`).join('\r\n');
  });
  return `${records.join('\r\n')}\r\n`;
}
