/** Turning highlights into a file the browser downloads, in each export format. */
import { toBackup } from '../lib/highlights/backup';
import { toCslJson, toRis } from '../lib/highlights/export/citations';
import { toCsv } from '../lib/highlights/export/csv';
import { toMarkdown } from '../lib/highlights/export/markdown';
import { toAnnotationCollection } from '../lib/highlights/export/web-annotation';
import type { Highlight } from '../lib/highlights/model';
import { t } from '../lib/i18n/t';

export type ExportFormat = 'jsonld' | 'csv' | 'markdown' | 'csl' | 'ris' | 'backup';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonld', 'csv', 'markdown', 'csl', 'ris', 'backup'];

/** Formats go by their own names, in every language; Backstory's backup is a word. */
const FORMAT_NAME: Record<Exclude<ExportFormat, 'backup'>, string> = {
  jsonld: 'Web Annotation',
  csv: 'CSV',
  markdown: 'Markdown',
  csl: 'CSL-JSON',
  ris: 'RIS',
};

export const exportLabel = (f: ExportFormat): string => (f === 'backup' ? t('exportBackup') : FORMAT_NAME[f]);

const FILES: Record<ExportFormat, { ext: string; type: string; make: (h: Highlight[]) => string }> = {
  jsonld: {
    ext: 'jsonld',
    type: 'application/ld+json',
    make: (h) => JSON.stringify(toAnnotationCollection(h, 'Backstory highlights'), null, 2),
  },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8', make: toCsv },
  markdown: { ext: 'md', type: 'text/markdown;charset=utf-8', make: (h) => toMarkdown(h) },
  csl: { ext: 'csl.json', type: 'application/vnd.citationstyles.csl+json', make: (h) => JSON.stringify(toCslJson(h), null, 2) },
  ris: { ext: 'ris', type: 'application/x-research-info-systems', make: (h) => toRis(h) },
  backup: { ext: 'backstory.json', type: 'application/json', make: (h) => toBackup(h) },
};

export function exportFile(format: ExportFormat, highlights: Highlight[]): { name: string; type: string; text: string } {
  const f = FILES[format];
  return { name: `backstory-highlights-${new Date().toISOString().slice(0, 10)}.${f.ext}`, type: f.type, text: f.make(highlights) };
}

export function download(format: ExportFormat, highlights: Highlight[]): void {
  saveFile(exportFile(format, highlights));
}

/** Hands a file to the browser's downloads (extension pages may, without a permission). */
export function saveFile(file: { name: string; type: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: file.name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
