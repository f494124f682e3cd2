/**
 * Text normalisation shared by matching, diffs and the CLI (contracts.md §0): NFKC, typographic
 * quotes folded to ASCII, dashes to '-', whitespace runs to one space, invisible format characters
 * dropped. `normalize` keeps case (diffs show it); `fold` is the comparison key.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Zero-width and bidi controls change nothing a reader sees, so they must not change a match.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const WHITESPACE = /\s+/g;

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** Comparison key: normalised and case-folded. */
export function fold(text: string): string {
  return normalize(text).toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*/gu;

/** Words of a text, case-folded, punctuation dropped: the unit of fingerprints and similarity. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}
