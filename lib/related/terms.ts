/**
 * Terms for relatedness: case-folded words without stop words, possessives and plural -s, and
 * Arabic folded (no diacritics or tatweel, one alef, ya and ta marbuta unified).
 */
import { fold, normalize, wordsOfFolded } from '../text/normalize';

const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to ' +
    'too under until up very was we were what when where which while who whom why will with would you your yours said says say ' +
    "told according reported reports report its it's one two three new year years day days time hours week per cent percent " +
    'latest live update updates here us blog post posts would could may might just like well still yet since earlier later ' +
    "there's we're they're he's she's don't didn't can't won't saturday sunday monday tuesday wednesday thursday friday " +
    'في من على إلى عن مع هذا هذه التي الذي و أو ثم لا ما قد كان'
  ).split(/\s+/),
);

const ARABIC = /[\u0600-\u06FF]/;

function foldArabic(w: string): string {
  if (!ARABIC.test(w)) return w;
  return w
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

/**
 * A light English stemmer: possessives, plurals, and the -ing / -ed of verbs, so that "boarding"
 * meets "boarded" and "planes" meets "plane" ("intervening", "intervened" → "interven"). Words
 * of other scripts pass through.
 */
function stem(w: string): string {
  let t = w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
  if (t.length > 5 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us')) t = t.slice(0, -1);
  if (t.length > 6 && t.endsWith('ing')) t = t.slice(0, -3);
  else if (t.length > 5 && t.endsWith('ed') && !t.endsWith('eed')) t = t.slice(0, -2);
  return t;
}

/** A folded word as a term, or null for a stop word, a number or a word under three letters. */
function term(raw: string): string | null {
  const w = stem(foldArabic(raw));
  if (w.length < 3 || STOP.has(w)) return null;
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d+$/.test(w) ? null : w;
}

/** A token of normalised text (quotes are ASCII there): a letter or digit, then those, apostrophes, dots and hyphens. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu;
const UPPER_START = /^\p{Lu}/u;
const ENDS_SENTENCE = (c: string | undefined) => c === '.' || c === '!' || c === '?' || c === ':';

// eslint-disable-next-line no-control-regex -- the ASCII range, NUL included, on purpose
const NON_ASCII = /[^\x00-\x7F]/;

/** TOKEN's matches in normalised text, each with where it starts. */
export function tokens(t: string): Iterable<[string, number]> {
  return NON_ASCII.test(t) ? unicodeTokens(t) : asciiTokens(t);
}

function* unicodeTokens(t: string): Generator<[string, number]> {
  for (const m of t.matchAll(TOKEN)) yield [m[0], m.index];
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** TOKEN's matches in ASCII text, by a loop over its characters rather than the Unicode pattern. */
function* asciiTokens(t: string): Generator<[string, number]> {
  for (let i = 0; i < t.length;) {
    if (!isAlnum(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (let c = t.charCodeAt(j); j < t.length && (isAlnum(c) || c === 39 || c === 46 || c === 45); c = t.charCodeAt(++j));
    yield [t.slice(i, j), i];
    i = j;
  }
}

/**
 * Terms with the weight relatedness gives them: a name (a capitalised word not opening its
 * sentence: a person, a place, an organisation) says more of what a post is about than a common
 * word, so it counts twice. The text is normalised once, each token folded alone.
 */
export function weightedTerms(text: string): [string, number][] {
  const out: [string, number][] = [];
  const t = normalize(text);
  let sentenceStart = true;
  for (const [token, i] of tokens(t)) {
    let raw = token;
    while (raw.endsWith('.')) raw = raw.slice(0, -1);
    // Sentence-ending punctuation just before the word, or before the one space ahead of it.
    // (Normalised text holds no whitespace but single spaces.)
    if (ENDS_SENTENCE(t[i - 1]) || (i > 1 && t[i - 1] === ' ' && ENDS_SENTENCE(t[i - 2]))) sentenceStart = true;
    const first = raw.charCodeAt(0);
    const upper = first < 128 ? first >= 65 && first <= 90 : UPPER_START.test(raw);
    const name = !sentenceStart && upper && raw !== raw.toUpperCase();
    sentenceStart = false;
    const lower = raw.toLowerCase();
    // Most tokens are one word already: splitting them again is most of the cost.
    const one = lower.length === raw.length && !/['.-]/.test(lower);
    for (const w of one ? [lower] : wordsOfFolded(lower)) {
      const x = term(w);
      if (x !== null) out.push([x, name ? 2 : 1]);
    }
  }
  return out;
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOfFolded(fold(text))) {
    const x = term(w);
    if (x !== null) out.push(x);
  }
  return out;
}
