/** Sizes as a reader reads them ("76 GB", not "77670 MB"), in the UI's language ("76,5 Go" in French). */
import { uiFormat } from '../lib/i18n/t';

export function sizeText(bytes: number): string {
  const mb = bytes / 1_048_576;
  const [value, unit] = mb >= 1024 ? [mb / 1024, 'gigabyte'] : [mb, 'megabyte'];
  const digits = value >= 10 ? 0 : 1;
  return uiFormat(
    `${unit}.${digits}`,
    (lang) => new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: digits, minimumFractionDigits: digits }),
  ).format(value);
}
