/**
 * The words a search matched, in context: the first passage of a post holding one of them, cut
 * to a line around it, the matched words marked. Words are told apart and folded as the search
 * index tells them (MiniSearch's tokeniser, `fold`), so what is marked is what matched.
 */
import { fold } from '../text/normalize';

export interface SnippetPart {
  text: string;
  /** A word the search matched. */
  hit: boolean;
}

/** MiniSearch's default word separator: spaces and punctuation, Unicode-wide. */
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** Characters of context kept on each side of the first match. */
const CONTEXT = 60;

export function snippet(paragraphs: readonly string[], terms: ReadonlySet<string>, context = CONTEXT): SnippetPart[] {
  for (const paragraph of paragraphs) {
    const words = wordsOf(paragraph);
    const first = words.find((w) => terms.has(fold(w.text)));
    if (!first) continue;
    const from = cutAt(paragraph, Math.max(0, first.start - context), 'start');
    const to = cutAt(paragraph, Math.min(paragraph.length, first.end + context), 'end');
    const parts: SnippetPart[] = [];
    let at = from;
    for (const w of words) {
      if (w.start < from || w.end > to || !terms.has(fold(w.text))) continue;
      if (w.start > at) parts.push({ text: paragraph.slice(at, w.start), hit: false });
      parts.push({ text: w.text, hit: true });
      at = w.end;
    }
    if (to > at) parts.push({ text: paragraph.slice(at, to), hit: false });
    if (from > 0) parts.unshift({ text: '…', hit: false });
    if (to < paragraph.length) parts.push({ text: '…', hit: false });
    return parts;
  }
  return [];
}

function wordsOf(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const sep = new RegExp(SEPARATOR.source, 'gu');
  let start = 0;
  for (const m of text.matchAll(sep)) {
    if (m.index > start) out.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start, end: text.length });
  return out;
}

/** A cut moved to the nearest space inside the kept part, so that no word is cut in two. */
function cutAt(text: string, at: number, side: 'start' | 'end'): number {
  if (at <= 0 || at >= text.length) return at;
  if (side === 'start') {
    const space = text.indexOf(' ', at);
    return space < 0 ? at : space + 1;
  }
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}
