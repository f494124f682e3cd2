/**
 * `#:~:text=` fragments (URL Fragment Text Directives) that scroll a browser to a quote. A live blog
 * repeats itself (a summary restating a post, the same wire line twice), so the quote's stored
 * context goes in as `prefix-,` and `,-suffix`: the browser then picks the occurrence the
 * researcher highlighted, not the first one.
 */

/** Words of context kept on each side: enough to tell repeats apart, few enough to survive an edit nearby. */
const CONTEXT_WORDS = 3;

function encodeTerm(s: string): string {
  // '-', ',' and '&' have meaning in a text directive: they must be percent-encoded too.
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

export interface QuoteInContext {
  exact: string;
  /** The text just before and after it, as stored with the highlight (may cut words). */
  prefix?: string;
  suffix?: string;
}

/**
 * Whole words of the context, next to the quote. The stored context is cut at a fixed length, so
 * its far end is often mid-word (dropped); its near end touches the quote: a word part glued to
 * it (the highlight began or ended mid-word) is dropped too, punctuation glued to it (", said") is
 * kept, since a directive's context must follow the quote with nothing but spaces between.
 */
function contextWords(text: string | undefined, side: 'before' | 'after'): string {
  if (!text) return '';
  let words = text.split(/\s+/);
  const far = side === 'before' ? 0 : words.length - 1;
  const near = side === 'before' ? words.length - 1 : 0;
  const glued = (w: string) => /[\p{L}\p{N}]/u.test(w);
  if (words.length > 1 && words[far]) words[far] = '';
  if (words[near] && glued(words[near])) words[near] = '';
  words = words.filter(Boolean);
  return (side === 'before' ? words.slice(-CONTEXT_WORDS) : words.slice(0, CONTEXT_WORDS)).join(' ');
}

export function textFragment(quote: string | QuoteInContext): string {
  const q = typeof quote === 'string' ? { exact: quote } : quote;
  const exact = q.exact.trim();
  const words = exact.split(/\s+/);
  const body =
    exact.length <= 80 || words.length <= 10
      ? encodeTerm(exact)
      : `${encodeTerm(words.slice(0, 5).join(' '))},${encodeTerm(words.slice(-5).join(' '))}`;
  const before = contextWords(q.prefix, 'before');
  const after = contextWords(q.suffix, 'after');
  return `#:~:text=${before ? `${encodeTerm(before)}-,` : ''}${body}${after ? `,-${encodeTerm(after)}` : ''}`;
}

export function linkTo(url: string, quote: string | QuoteInContext): string {
  return `${url.replace(/#.*$/, '')}${textFragment(quote)}`;
}
