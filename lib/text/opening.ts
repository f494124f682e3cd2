/**
 * The first `length` characters of a text's paragraphs joined by spaces, without joining them all:
 * what an excerpt or a key of the opening reads (done for every post of a page).
 */
export function opening(paragraphs: readonly string[], length: number): string {
  let out = '';
  for (const p of paragraphs) {
    out = out ? `${out} ${p}` : p;
    if (out.length >= length) break;
  }
  return out.slice(0, length);
}
