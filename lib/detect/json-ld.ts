/**
 * Lenient JSON-LD reading for live blogs: pages ship comments, trailing commas, HTML entities and
 * every nesting schema.org allows. Never throws: a script that cannot be read is skipped.
 */

export interface LiveBlogUpdate {
  id: string | null;
  url: string | null;
  headline: string | null;
  body: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
}

export interface LiveBlogLd {
  url: string | null;
  headline: string | null;
  updates: LiveBlogUpdate[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** Parses JSON that may carry // and /* *\/ comments and trailing commas. */
export function parseLenientJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    /* fall through to the lenient pass */
  }
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else out += c;
  }
  out = out.replace(/,\s*([}\]])/g, '$1');
  try {
    return JSON.parse(out) as Json;
  } catch {
    return undefined;
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  deg: '°',
  times: '×',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
};
// Latin-1 letters with accents: &agrave; &eacute; &ccedil; &ntilde; &ouml; … (lower and upper case).
const ACCENTS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
};
function accented(name: string): string | undefined {
  const m = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil)$/.exec(name);
  return m ? `${m[1]}${ACCENTS[m[2]]}`.normalize('NFC') : undefined;
}

/**
 * Tags to spaces, in one pass: a `/<[^>]*>/g` rescans to the end from every `<` that no `>`
 * closes, so 40,000 of them cost a second (400,000, minutes).
 */
export function stripTags(s: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = s.indexOf('<', at);
    if (open < 0) break;
    const close = s.indexOf('>', open + 1);
    // No tag closes after here: the rest is text.
    if (close < 0) break;
    out += `${s.slice(at, open)} `;
    at = close + 1;
  }
  return at === 0 ? s : out + s.slice(at);
}

/** Decodes HTML entities and strips tags: JSON-LD strings are often HTML-encoded. */
export function decodeHtmlText(s: string): string {
  return stripTags(s).replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? ENTITIES[e.toLowerCase()] ?? accented(e) ?? m;
  });
}

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);
const asArray = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return decodeHtmlText(v).trim() || null;
  if (typeof v === 'number') return String(v);
  if (isObject(v)) return text(v['@value'] ?? v.text ?? v.name ?? v['@id']);
  if (Array.isArray(v)) return text(v[0]);
  return null;
}

function hasType(o: JsonObject, type: string): boolean {
  return asArray(o['@type']).some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`)));
}

/** Every object in a JSON-LD document: top level, arrays and @graph, recursively. */
function* objects(v: Json | undefined, depth = 0): Generator<JsonObject> {
  if (depth > 8) return;
  for (const item of asArray(v)) {
    if (!isObject(item)) continue;
    yield item;
    if (item['@graph']) yield* objects(item['@graph'], depth + 1);
    if (item.mainEntity) yield* objects(item.mainEntity, depth + 1);
  }
}

function authorNames(v: Json | undefined): string[] {
  return asArray(v)
    .map((a) => text(isObject(a) ? a.name : a))
    .filter((n): n is string => !!n);
}

function readUpdate(o: JsonObject): LiveBlogUpdate {
  return {
    id: text(o['@id']),
    url: text(o.url),
    headline: text(o.headline ?? o.name),
    body: text(o.articleBody ?? o.text ?? o.description),
    datePublished: text(o.datePublished),
    dateModified: text(o.dateModified),
    authors: authorNames(o.author),
  };
}

/** Values repeated on every update are the page's, not the post's: drop them (live-blog-markup.md). */
function dropPageLevel(updates: LiveBlogUpdate[]): LiveBlogUpdate[] {
  if (updates.length < 3) return updates;
  const same = <K extends keyof LiveBlogUpdate>(k: K) => updates.every((u) => JSON.stringify(u[k]) === JSON.stringify(updates[0][k]));
  const fields = (['headline', 'datePublished', 'dateModified', 'authors'] as const).filter(same);
  return updates.map((u) => {
    const copy = { ...u };
    for (const f of fields) (copy as Record<string, unknown>)[f] = f === 'authors' ? [] : null;
    return copy;
  });
}

/**
 * JSON-LD larger than this is not read: a live blog's runs to a few hundred kilobytes, and parsing
 * tens of megabytes on the page's main thread is a freeze the page could make us suffer.
 */
export const MAX_LD_CHARS = 8_000_000;

let last: { scripts: readonly string[]; result: LiveBlogLd | null } | null = null;

/**
 * The first LiveBlogPosting of the given JSON-LD script texts, or null. The content script reads
 * the page again on every change of its posts: the same scripts are not parsed twice.
 */
export function readLiveBlogLd(scripts: readonly string[]): LiveBlogLd | null {
  if (last && last.scripts.length === scripts.length && last.scripts.every((s, i) => s === scripts[i])) return last.result;
  const result = parseLiveBlogLd(scripts);
  last = { scripts, result };
  return result;
}

function parseLiveBlogLd(scripts: readonly string[]): LiveBlogLd | null {
  for (const source of scripts) {
    if (source.length > MAX_LD_CHARS) continue;
    for (const o of objects(parseLenientJson(source))) {
      if (!hasType(o, 'LiveBlogPosting')) continue;
      const raw = [o.liveBlogUpdate, o.blogPost, o.blogPosts].flatMap(asArray).filter(isObject);
      return { url: text(o.url), headline: text(o.headline), updates: dropPageLevel(raw.map(readUpdate)) };
    }
  }
  return null;
}
