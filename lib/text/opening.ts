/**
 * A text's paragraphs joined by spaces only as far as `length` characters: what an excerpt or a
 * key of the opening reads, without a copy of the whole post (done for every post of a page).
 */
export function opening(paragraphs: readonly string[], length: number): string {
  let out = '';
  for (const p of paragraphs) {
    out = out ? `${out} ${p}` : p;
    if (out.length >= length) break;
  }
  return out;
}
