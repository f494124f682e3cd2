/**
 * Text normalisation shared by matching, diffs and the CLI (docs/contracts.md §0): NFKC, typographic
 * quotes folded to ASCII, dashes to '-', whitespace runs to one space, invisible format characters
 * dropped. `normalize` keeps case (diffs show it); `fold` is the comparison key.
 */
import { isJamo, isMark, isSpace, pairChar } from './units';

// The characters that fold: quotes to ASCII, dashes to '-', and zero-width and bidi controls (they
// change nothing a reader sees, so they must not change a match) to nothing.
/** Characters folded to one ASCII character (quotes, dashes): shared with the fast tokenizer. */
export const FOLDS: Record<string, string> = {};
const TO_APOSTROPHE = '\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4';
const TO_QUOTE = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
const TO_HYPHEN = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const INVISIBLE = '\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD';
for (const c of TO_APOSTROPHE) FOLDS[c] = "'";
for (const c of TO_QUOTE) FOLDS[c] = '"';
for (const c of TO_HYPHEN) FOLDS[c] = '-';
// One replace per target with a fixed replacement: half the time of one replace calling a function
// per match (measured in Chromium on a 300-post page's text).
const REPLACES: [RegExp, string][] = [
  [new RegExp(`[${TO_APOSTROPHE}]`, 'g'), "'"],
  [new RegExp(`[${TO_QUOTE}]`, 'g'), '"'],
  [new RegExp(`[${TO_HYPHEN}]`, 'g'), '-'],
  [new RegExp(`[${INVISIBLE}]`, 'g'), ''],
];
// eslint-disable-next-line no-control-regex -- the ASCII range, NUL included, on purpose
const NON_ASCII = /[^\x00-\x7F]/;
const FOLDS_ANY = new RegExp(`[${TO_APOSTROPHE}${TO_QUOTE}${TO_HYPHEN}${INVISIBLE}]`);

/** Whether `normalize` folds or deletes this character (in text that is not all ASCII). */
export const isFolded = (ch: string): boolean => FOLDS_ANY.test(ch);
const WHITESPACE = /\s+/g;
// Most text is already single-spaced: a test is far cheaper than a replace that changes nothing.
const MESSY_SPACE = /[^\S ]| {2}|^ | $/;

const singleSpaced = (t: string) => (MESSY_SPACE.test(t) ? t.replace(WHITESPACE, ' ').trim() : t);

/** The whole-text path: NFKC of the text, then the folds, then the spaces (the definition itself). */
export function normalizeWhole(text: string): string {
  let t = text;
  if (NON_ASCII.test(t)) {
    t = t.normalize('NFKC');
    if (FOLDS_ANY.test(t)) for (const [re, to] of REPLACES) t = t.replace(re, to);
  }
  return singleSpaced(t);
}

// A UTF-16 unit's class (low 3 bits of its entry; a MAP entry holds the unit it becomes above them).
const UNKNOWN = 0;
/** Written as it stands. */
const KEEP = 1;
/** One other character: what NFKC and the folds make of it (a curly quote, a full-width letter). */
const MAP = 2;
/** Nothing: a zero-width or bidi control. */
const DELETE = 3;
const SPACE = 4;
/** Only the whole-text path can say: NFKC may join it to a neighbour or make several characters of it, or its fold depends on the rest of the text (the ASCII backtick). */
const WHOLE = 5;
/** A high surrogate: its pair is kept when NFKC and the folds leave it as it is. */
const PAIR = 6;

/** A unit's class, read off the definition's own functions (NFKC, the fold table, `\s`), so the two cannot drift. */
function classOf(u: number): number {
  if (u === 0x60) return WHOLE;
  if (u >= 0xd800 && u <= 0xdbff) return PAIR;
  if (u >= 0xdc00 && u <= 0xdfff) return WHOLE;
  const ch = String.fromCharCode(u);
  if (isMark(ch) || isJamo(u)) return WHOLE;
  const nf = ch.normalize('NFKC');
  if (nf.length !== 1 || isMark(nf) || isJamo(nf.charCodeAt(0))) return WHOLE;
  const folded = FOLDS[nf];
  if (folded) return (folded.charCodeAt(0) << 3) | MAP;
  if (isFolded(nf)) return DELETE;
  if (isSpace(nf)) return SPACE;
  return nf === ch ? KEEP : (nf.charCodeAt(0) << 3) | MAP;
}

const CLASSES = new Int32Array(0x10000);
function entry(u: number): number {
  const e = CLASSES[u];
  return e !== UNKNOWN ? e : (CLASSES[u] = classOf(u));
}
/** Whether `normalize` leaves this character (a surrogate pair's) as it stands, whatever is around it. */
export const keptAsIs = (ch: string): boolean => ch.normalize('NFKC') === ch && !isMark(ch) && !isFolded(ch) && !isSpace(ch);

const STABLE_PAIRS = new Map<number, boolean>();
function stablePair(hi: number, lo: number): boolean {
  const key = (hi << 16) | lo;
  let stable = STABLE_PAIRS.get(key);
  if (stable === undefined) STABLE_PAIRS.set(key, (stable = keptAsIs(pairChar(hi, lo))));
  return stable;
}

/**
 * Called on every text block of every post at page load, on every indexed line a match reads and
 * on every paragraph an analysis reads: one pass over the units, each classed once, copying
 * nothing when nothing changes and slices between the changes when something does. Text holding
 * a unit only the whole-text path can say takes it (combining marks, jamo, characters NFKC
 * expands, the backtick): the result is that path's in every case (tested on every BMP unit).
 * The whole-text path read ~60 MB/s (NFKC copies, four replaces, a space pattern).
 */
export function normalize(text: string): string {
  // ASCII text (most of it, in English) has nothing to fold: two native pattern tests beat the loop.
  if (!NON_ASCII.test(text)) return singleSpaced(text);
  const n = text.length;
  let out = '';
  // text[from, i) is written as it stands, once a change ends it.
  let from = 0;
  let started = false;
  // 1: a space was written last (in the pending slice or already out); 0: anything else.
  let gap = 0;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    const e = entry(u);
    const kind = e & 7;
    if (kind === KEEP) {
      gap = 0;
      started = true;
    } else if (kind === SPACE) {
      if (!started || gap === 1) {
        // Leading, or a run's second and later: dropped.
        out += text.slice(from, i);
        from = i + 1;
      } else if (u !== 0x20) {
        out += text.slice(from, i) + ' ';
        from = i + 1;
        gap = 1;
      } else gap = 1;
    } else if (kind === MAP) {
      out += text.slice(from, i) + String.fromCharCode(e >>> 3);
      from = i + 1;
      gap = 0;
      started = true;
    } else if (kind === DELETE) {
      out += text.slice(from, i);
      from = i + 1;
    } else if (kind === PAIR) {
      const lo = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (!(lo >= 0xdc00 && lo <= 0xdfff && stablePair(u, lo))) return normalizeWhole(text);
      i++;
      gap = 0;
      started = true;
    } else return normalizeWhole(text);
  }
  if (from === 0 && out === '' && gap === 0) return text;
  if (gap === 1) {
    // A space written last is trailing: it goes, from the pending slice or from what is out.
    if (from < n) return out + text.slice(from, n - 1);
    return out.slice(0, -1);
  }
  return out + text.slice(from);
}

/** Comparison key: normalised and case-folded. */
export function fold(text: string): string {
  return normalize(text).toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*/gu;

/** Words of a text, case-folded, punctuation dropped: the unit of fingerprints and similarity. */
export function words(text: string): string[] {
  return wordsOfFolded(fold(text));
}

/** Words of a text already folded (`fold`): for callers that fold once and split many times. */
export function wordsOfFolded(folded: string): string[] {
  return folded.match(WORD) ?? [];
}
