/** Counts and sizes as a reader reads them ("1 page", "3 pages"; "76 GB", not "77670 MB"). */

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function sizeText(bytes: number): string {
  const mb = bytes / 1_048_576;
  if (mb >= 1024) return `${(mb / 1024).toFixed(mb >= 10_240 ? 0 : 1)} GB`;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}
