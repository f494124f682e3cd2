/**
 * What changed between a page post and its indexed copy, sentence by sentence and word by word
 * (jsdiff's diffWords: kept, tested, and small enough for the worker), and the correction notices
 * the post carries. Each change is `wording`, `substantive`, `added`, `removed` or `notice`.
 */
import { diffWords } from 'diff';
import { sentences } from '../attribution/sentences';
import { lineText, postLines, type MatchIndex } from '../match/match-index';
import type { PostMatch } from '../match/match-post';
import { dice, signature } from '../match/similarity';
import { normalize } from '../text/normalize';
import { classifyChange } from './classify-change';
import type { DiffPart, Correction } from '../types/correction';

const NOTICE =
  /^(?:correction|clarification)\s*[:-]|^(?:this (?:post|article|piece|blog) (?:was|has been) (?:amended|corrected|updated|changed))|^an earlier version of this (?:post|article|blog)|\bwe apologi[sz]e for (?:the|this|any) error/i;

export function findNotices(paragraphs: readonly string[]): Correction[] {
  const seen = new Set<string>();
  const out: Correction[] = [];
  for (const p of paragraphs) {
    const text = normalize(p);
    if (!NOTICE.test(text) || seen.has(text)) continue;
    seen.add(text);
    out.push({ kind: 'notice', before: null, after: text });
  }
  return out;
}

const similar = (a: string, b: string) => dice(signature(a), signature(b));

/** Changes between two versions of one paragraph. */
export function paragraphChanges(before: string, after: string): Correction[] {
  if (before === after) return [];
  const bs = sentences(before);
  const as = sentences(after);
  const usedB = new Set<number>();
  const out: Correction[] = [];
  const pairs: [number, number][] = [];
  as.forEach((s, i) => {
    const exact = bs.findIndex((b, j) => !usedB.has(j) && b === s);
    if (exact >= 0) return void usedB.add(exact);
    let best = -1;
    let score = 0;
    bs.forEach((b, j) => {
      if (usedB.has(j)) return;
      const d = similar(b, s);
      if (d > score) [best, score] = [j, d];
    });
    if (best >= 0 && score >= 0.5) {
      usedB.add(best);
      pairs.push([best, i]);
    } else out.push({ kind: 'added', before: null, after: s });
  });
  bs.forEach((b, j) => {
    if (!usedB.has(j)) out.push({ kind: 'removed', before: b, after: null });
  });
  for (const [j, i] of pairs) {
    const parts: DiffPart[] = diffWords(bs[j], as[i]).map((c) => ({ op: c.added ? '+' : c.removed ? '-' : '=', text: c.value }));
    const removed = parts
      .filter((p) => p.op === '-')
      .map((p) => p.text)
      .join(' ');
    const added = parts
      .filter((p) => p.op === '+')
      .map((p) => p.text)
      .join(' ');
    out.push({ kind: classifyChange(removed, added), before: bs[j], after: as[i], diff: parts });
  }
  return out;
}

/**
 * Corrections of a matched page post against the indexed lines it was aligned to: changed
 * paragraphs, paragraphs the page added, and indexed paragraphs it dropped from the middle.
 */
export function corrections(index: MatchIndex, match: PostMatch, pageParagraphs: readonly string[]): Correction[] {
  // Only an edited post has changes against its copy; notices count everywhere.
  const out: Correction[] = [];
  if (match.status === 'edited') {
    const aligned = match.alignment.filter((a) => a.line !== null).map((a) => a.line!);
    const used = new Set(aligned);
    for (const a of match.alignment) {
      // A correction notice is reported once, as a notice.
      if (a.line === null) {
        if (!NOTICE.test(a.text)) out.push({ kind: 'added', before: null, after: a.text });
      } else if (!a.exact) out.push(...paragraphChanges(lineText(index, a.line), a.text));
    }
    // Indexed paragraphs of the post (and of any span the page covers) that the page lacks: the
    // post is known to be this one, edited, so what it lost counts as removed.
    const own = match.post === null ? [] : postLines(index, match.post);
    const span = [...aligned, ...own];
    for (let id = Math.min(...span); id <= Math.max(...span); id++) {
      if (!used.has(id)) out.push({ kind: 'removed', before: lineText(index, id), after: null });
    }
  }
  return [...out, ...findNotices(pageParagraphs)];
}
