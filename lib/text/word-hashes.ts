/**
 * What the match index keeps of a line, in one pass over its characters and without making a
 * string: the hashes of its words (`fnv1a` of each of `words(text)`) and its exact key (`fnv1a` of
 * `fold(text)`, docs/contracts.md §0). The regex, the NFKC pass, the lower-cased copy and a string
 * per word cost ~4× the pass itself (matching.md), and this runs on every line indexed and every
 * paragraph of every page.
 *
 * Each UTF-16 unit is classed once, lazily, by the reference functions themselves (`normalize`,
 * `toLowerCase`, the word regex's classes), so the table cannot drift from them. A character is
 * read on its own only where Unicode says its normal form does not depend on its neighbours; text
 * holding one that may compose with what precedes it (a combining mark, a Hangul jamo) or that NFKC
 * rewrites into several characters is normalised whole first. A surrogate pair is classed by its
 * code point (emoji in ~2% of posts sent every one of them down the reference path, a tenth of
 * the fingerprinting time). Anything else irregular (an astral character NFKC or case changes, a
 * lone surrogate, a lower case of two units, final sigma, the ASCII backtick whose fold depends on
 * the rest of the text, the format characters `normalize` deletes) takes the reference path.
 */
import { fnv1a } from './hash';
import { FOLDS, fold, isFolded, keptAsIs, words } from './normalize';
import { isJamo, isMark, isSpace, pairChar } from './units';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A unit's class, in the low 3 bits of its table entry; the code it folds to in the others. */
const UNKNOWN = 0;
const WORD = 1;
/** `'`, `-` and `.`: part of a word between two runs of letters ("it's", "al-Sadr", "u.s"). */
const JOINER = 2;
const OTHER = 3;
const SPACE = 4;
/** Its normal form depends on the text around it, or it is several characters: normalise the text first. */
const RENORMALIZE = 5;
/** Only the reference functions can say. */
const EXACT = 6;
/** A high surrogate: the pair it starts is classed by its code point (`pairClass`). */
const PAIR = 7;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const isSurrogate = (u: number) => u >= 0xd800 && u <= 0xdfff;

/**
 * A unit's class: in text not yet normalised (`normalized` false), or in text NFKC has already
 * rewritten, where each unit is read as the reference reads it after NFKC: folded, deleted,
 * whitespace, lower-cased.
 */
function classOf(u: number, normalized: boolean): number {
  const ch = String.fromCharCode(u);
  if (u >= 0xd800 && u <= 0xdbff) return (u << 3) | PAIR;
  if (u === 0x60 || u === 0x3a3 || isSurrogate(u)) return EXACT;
  if (!normalized) {
    if (isMark(ch) || isJamo(u)) return RENORMALIZE;
    const nf = ch.normalize('NFKC');
    if (nf !== ch) {
      // A compatibility character that is one plain starter (a no-break space, a full-width
      // letter) reads as that character; anything else waits for the whole text's normalisation.
      const v = nf.charCodeAt(0);
      return nf.length === 1 && !isMark(nf) && !isJamo(v) ? classOf(v, true) : RENORMALIZE;
    }
  }
  const folded = FOLDS[ch];
  if (folded) return classOf(folded.charCodeAt(0), true);
  if (isFolded(ch)) return EXACT; // a format character `normalize` deletes
  if (isSpace(ch)) return SPACE;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return EXACT;
  const code = lower.charCodeAt(0);
  if (WORD_CHAR.test(lower)) return (code << 3) | WORD;
  return (code << 3) | (code === 39 || code === 45 || code === 46 ? JOINER : OTHER);
}

// Filled on first sight of each unit; ASCII up front, as nearly every text is mostly ASCII.
const RAW = new Int32Array(0x10000);
const NORMAL = new Int32Array(0x10000);
for (let u = 0; u < 128; u++) {
  RAW[u] = classOf(u, false);
  NORMAL[u] = classOf(u, true);
}

function entry(table: Int32Array, u: number): number {
  const e = table[u];
  return e !== UNKNOWN ? e : (table[u] = classOf(u, table === NORMAL));
}

/**
 * A surrogate pair's class (WORD, OTHER or EXACT), the pair read as it stands: emoji, astral
 * letters and digits that neither NFKC nor case change. Anything else (a math letter NFKC
 * rewrites, a Deseret capital) takes the reference path: they are rare, and the text is exact.
 */
const PAIRS = new Map<number, number>();
function pairClass(hi: number, lo: number): number {
  const key = (hi << 16) | lo;
  let c = PAIRS.get(key);
  if (c === undefined) {
    const ch = pairChar(hi, lo);
    c = !keptAsIs(ch) || ch.toLowerCase() !== ch ? EXACT : WORD_CHAR.test(ch) ? WORD : OTHER;
    PAIRS.set(key, c);
  }
  return c;
}

export interface LineHashes {
  /** `fnv1a(fold(text))`: the exact table's key. */
  key: number;
  /** `fnv1a` of each word of `words(text)`. */
  words: Uint32Array;
  /** Whether the text normalises to nothing. */
  empty: boolean;
}

let scratch = new Uint32Array(256);

/** The line's hashes; 'renormalize' where it must be NFKC'd first, null where only the reference can say. */
function pass(text: string, table: Int32Array, copy: boolean): LineHashes | 'renormalize' | null {
  const n = text.length;
  if (scratch.length < n) scratch = new Uint32Array(n);
  let count = 0;
  let key = FNV_OFFSET;
  let started = false;
  let pendingSpace = false;
  // The word being read: 0 none, 1 in letters, 2 just after a joiner that may continue it; `h`
  // its hash so far, `word` its hash up to its last letter (what a word ending here hashes to).
  let state = 0;
  let h = 0;
  let word = 0;
  for (let i = 0; i < n; i++) {
    const e = entry(table, text.charCodeAt(i));
    const kind = e & 7;
    if (kind === SPACE) {
      if (started) pendingSpace = true;
      if (state) scratch[count++] = word >>> 0;
      state = 0;
      continue;
    }
    if (kind >= RENORMALIZE) {
      if (kind !== PAIR) return kind === RENORMALIZE ? 'renormalize' : null;
      const lo = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const pair = lo >= 0xdc00 && lo <= 0xdfff ? pairClass(e >>> 3, lo) : EXACT;
      if (pair === EXACT) return null;
      // Both units go into the key and, in a word, into its hash, as fnv1a reads the folded string.
      if (pendingSpace) {
        key = Math.imul(key ^ 32, FNV_PRIME);
        pendingSpace = false;
      }
      key = Math.imul(Math.imul(key ^ (e >>> 3), FNV_PRIME) ^ lo, FNV_PRIME);
      started = true;
      i++;
      if (pair === WORD) {
        if (state === 0) h = FNV_OFFSET;
        word = h = Math.imul(Math.imul(h ^ (e >>> 3), FNV_PRIME) ^ lo, FNV_PRIME);
        state = 1;
      } else {
        if (state) scratch[count++] = word >>> 0;
        state = 0;
      }
      continue;
    }
    const code = e >>> 3;
    if (pendingSpace) {
      key = Math.imul(key ^ 32, FNV_PRIME);
      pendingSpace = false;
    }
    key = Math.imul(key ^ code, FNV_PRIME);
    started = true;
    if (kind === WORD) {
      if (state === 0) h = FNV_OFFSET;
      word = h = Math.imul(h ^ code, FNV_PRIME);
      state = 1;
    } else if (kind === JOINER && state === 1) {
      h = Math.imul(h ^ code, FNV_PRIME);
      state = 2;
    } else {
      if (state) scratch[count++] = word >>> 0;
      state = 0;
    }
  }
  if (state) scratch[count++] = word >>> 0;
  return { key: key >>> 0, words: copy ? scratch.slice(0, count) : scratch.subarray(0, count), empty: !started };
}

/** The reference: what the pass must equal. */
function viaWords(text: string): LineHashes {
  const folded = fold(text);
  return { key: fnv1a(folded), words: hashWords(words(text)), empty: folded.length === 0 };
}

function hashesOf(text: string, copy: boolean): LineHashes {
  const raw = pass(text, RAW, copy);
  if (raw !== 'renormalize') return raw ?? viaWords(text);
  const normal = pass(text.normalize('NFKC'), NORMAL, copy);
  return normal !== 'renormalize' && normal !== null ? normal : viaWords(text);
}

export function lineHashes(text: string): LineHashes {
  return hashesOf(text, true);
}

/** The text's exact key alone (`lineHashes(text).key`), its word hashes not copied. */
export function lineKey(text: string): number {
  return hashesOf(text, false).key;
}

/**
 * The hashes of the text's words, as a view of a buffer the next call (of this or `lineHashes`)
 * reuses: for a caller that reads them at once (a signature is made of every index line a match
 * reads; a copy of each was garbage as soon as it was read).
 */
export function wordHashes(text: string): Uint32Array {
  return hashesOf(text, false).words;
}

/** The hashes of words already made. */
export function hashWords(ws: readonly string[]): Uint32Array {
  const out = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = fnv1a(ws[i]);
  return out;
}
