/**
 * Is a word-level change `wording` (spelling, punctuation, a name's spelling, a function word) or
 * `substantive` (a number, a date, a name replaced, a negation, a claim)?
 */

const NEGATION = /^(?:not|no|never|none|nobody|nothing|neither|nor|n't|cannot|without|denied|denies|deny)$/i;
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight)$/i;
const FUNCTION_WORD =
  /^(?:a|an|the|of|to|in|on|at|by|for|with|and|or|but|as|that|this|its|it|is|was|are|were|be|been|has|have|had|from|into|than|then|also|just|very)$/i;

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

const tokens = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu) ?? [];

export function classifyChange(removed: string, added: string): 'wording' | 'substantive' {
  const r = tokens(removed);
  const a = tokens(added);
  const all = [...r, ...a];
  if (all.some((w) => /\d/.test(w))) return 'substantive';
  if (all.some((w) => NEGATION.test(w) || /n't$/i.test(w))) return 'substantive';
  if (all.some((w) => DATE_WORD.test(w))) return 'substantive';
  // Pair words up: a word changed into a near spelling of itself is wording.
  const unpaired = [...r];
  const extra: string[] = [];
  for (const w of a) {
    const i = unpaired.findIndex(
      (x) =>
        x.toLowerCase() === w.toLowerCase() ||
        editDistance(x.toLowerCase(), w.toLowerCase()) <= Math.max(1, Math.floor(Math.min(x.length, w.length) / 3)),
    );
    if (i >= 0) unpaired.splice(i, 1);
    else extra.push(w);
  }
  const content = [...unpaired, ...extra].filter((w) => !FUNCTION_WORD.test(w));
  return content.length === 0 ? 'wording' : 'substantive';
}
