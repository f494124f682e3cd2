/**
 * The hashes of a text's words, as `fnv1a` of each of `words(text)`, without making the words:
 * matching needs only their hashes, and on ASCII text one pass over the characters is several
 * times faster than the Unicode regex, the case fold and a string per word (matching.md: a
 * hand-written tokenizer runs at ~130 MB/s against ~26 MB/s for the regex). Other text takes the
 * exact path through `words`, so both give the same hashes.
 */
import { fnv1a } from './hash';
import { FOLDS, words } from './normalize';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Letters and digits map to their lower case; everything else in ASCII to 0 (not in a word).
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = c;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = c;
for (let c = 65; c <= 90; c++) WORD_CHAR[c] = c + 32;
/** `'`, `-` and `.` join two runs of letters into one word ("it's", "al-Sadr", "u.s"). */
const isJoiner = (c: number) => c === 39 || c === 45 || c === 46;

/**
 * Typographic quotes and dashes (normalize's folds), which news text is full of, and the no-break
 * space fold to one ASCII character each and are left alone by NFKC: text made of them and ASCII
 * stays on the fast path. An ASCII character that normalize folds (the backtick, only in text that
 * also has non-ASCII) sends the text down the exact path.
 */
const FAST_FOLD = new Map<number, number>([[0xa0, 32]]);
const ASCII_FOLDED = new Uint8Array(128);
for (const [ch, to] of Object.entries(FOLDS)) {
  const code = ch.charCodeAt(0);
  if (code < 128) ASCII_FOLDED[code] = 1;
  else if (ch.normalize('NFKC') === ch) FAST_FOLD.set(code, to.charCodeAt(0));
}

/** The ASCII a character folds to, or -1 when only the full normalisation can say. */
function folded(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? (ASCII_FOLDED[code] ? -1 : code) : (FAST_FOLD.get(code) ?? -1);
}

let scratch = new Uint32Array(256);

export function wordHashes(text: string): Uint32Array {
  const n = text.length;
  if (scratch.length < n) scratch = new Uint32Array(n);
  let count = 0;
  let i = 0;
  while (i < n) {
    let code = folded(text, i);
    if (code < 0) return viaWords(text);
    let c = WORD_CHAR[code];
    if (!c) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    for (;;) {
      while (c) {
        h = Math.imul(h ^ c, FNV_PRIME);
        if (++i >= n) break;
        code = folded(text, i);
        if (code < 0) return viaWords(text);
        c = WORD_CHAR[code];
      }
      if (i + 1 < n && isJoiner(code)) {
        const next = folded(text, i + 1);
        if (next < 0) return viaWords(text);
        if (WORD_CHAR[next]) {
          h = Math.imul(h ^ code, FNV_PRIME);
          c = WORD_CHAR[next];
          i++;
          continue;
        }
      }
      break;
    }
    scratch[count++] = h >>> 0;
  }
  return scratch.slice(0, count);
}

/** The hashes of words already made. */
export function hashWords(ws: readonly string[]): Uint32Array {
  const out = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = fnv1a(ws[i]);
  return out;
}

function viaWords(text: string): Uint32Array {
  return hashWords(words(text));
}
