/**
 * What the one-pass readers of text (`normalize`, `lineHashes`) ask of a single UTF-16 unit or
 * surrogate pair before they trust reading it alone: whether NFKC may join it to a neighbour.
 */

const MARK = /^\p{M}$/u;
const SPACE = /^\s$/;

/** A combining mark: NFKC may join it to what precedes it. */
export const isMark = (ch: string): boolean => MARK.test(ch);

/** A Hangul jamo: NFKC may join it into a syllable with its neighbours. */
export const isJamo = (u: number): boolean => (u >= 0x1100 && u <= 0x11ff) || (u >= 0xa960 && u <= 0xa97f) || (u >= 0xd7b0 && u <= 0xd7ff);

/** Whitespace as `\s` reads it. */
export const isSpace = (ch: string): boolean => SPACE.test(ch);

/** The character a high and a low surrogate make. */
export const pairChar = (hi: number, lo: number): string => String.fromCodePoint(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
