/**
 * The fallback for unknown sites. Two shapes:
 *  - repeated sibling posts: the parent with the most children of one shape (tag and classes) that
 *    each carry a timestamp and real text, at least three, times mostly in order;
 *  - tickers: headings that open with a time ("14.05 Uhr: …") followed by paragraphs.
 * It returns nothing on articles, home pages and teaser lists (items that are mostly links).
 */
import { isoOrNull, isoFromEpoch, reading, textOf } from './sites/site-adapter';
import { textBlocks } from './post-text';
import { shortHash } from '../text/hash';
import type { PostReading } from './types';

const CLOCK = /^\s*(?:\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h|gmt|bst|cet|cest|et|edt|est)?|\d{1,2}\s*(?:am|pm))\s*$/i;
const TICKER_HEAD = /^\s*(\d{1,2})[.:](\d{2})\s*(?:uhr|h)?\s*[:\-–—|]\s*\S/i;
const MIN_POSTS = 3;
const MIN_TEXT = 40;

function shape(el: Element): string {
  return `${el.tagName}.${[...el.classList].sort().join('.')}`;
}

/** Elements that carry a post's time: time elements, data-*time* attributes, short clock texts. */
function timeMarks(root: Element): Element[] {
  const out = [...root.querySelectorAll('time, [data-post-time], [data-sort-time], [data-timestamp], [data-time]')];
  for (const el of root.querySelectorAll('span, div, p, small, strong, b, a')) {
    if (el.childElementCount === 0 && (el.textContent ?? '').length <= 16 && CLOCK.test(el.textContent ?? '')) out.push(el);
  }
  return out;
}

function linkShare(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length || 1;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / total;
}

/**
 * The page's own date and zone, for posts that show only a clock time: from its article metadata,
 * JSON-LD or first datetime, as "2024-12-08" and an offset like "+01:00" (or "Z").
 */
export function pageDate(doc: Document): { day: string; zone: string } | null {
  const candidates = [
    doc
      .querySelector('meta[property="article:published_time"], meta[property="article:modified_time"], meta[itemprop="datePublished"]')
      ?.getAttribute('content'),
    /"date(?:Published|Modified)"\s*:\s*"([^"]+)"/.exec(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '')?.[1],
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const m = c && /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/.exec(c.trim());
    if (m) return { day: m[1], zone: m[2] ? m[2].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z' };
  }
  return null;
}

/**
 * Clock times ("14.05", "5:02pm") on the page's date and in its zone. A live blog reads newest
 * first, so a time later than the post above it is from the day before.
 */
export function datedTimes(minutes: (number | null)[], page: { day: string; zone: string } | null): (string | null)[] {
  if (!page) return minutes.map(() => null);
  let dayStart = Date.parse(`${page.day}T00:00:00${page.zone}`);
  let previous: number | null = null;
  return minutes.map((m) => {
    if (m === null || Number.isNaN(dayStart)) return null;
    let t = dayStart + m * 60_000;
    if (previous !== null && t > previous) {
      dayStart -= 86_400_000;
      t -= 86_400_000;
    }
    previous = t;
    return new Date(t).toISOString();
  });
}

function clockMinutes(text: string): number | null {
  const m = /(\d{1,2})[.:](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]) % 24;
  const pm = m[3] && m[3][0].toLowerCase() === 'p';
  if (m[3]) h = (h % 12) + (pm ? 12 : 0);
  return h * 60 + Number(m[2]);
}

function timeOf(el: Element): { iso: string | null; minutes: number | null } {
  const t = el.querySelector('time[datetime]')?.getAttribute('datetime');
  const attr = ['data-post-time', 'data-sort-time', 'data-timestamp', 'data-time']
    .map((a) => el.getAttribute(a) ?? el.querySelector(`[${a}]`)?.getAttribute(a))
    .find(Boolean);
  const iso = isoOrNull(t) ?? isoFromEpoch(attr);
  if (iso) return { iso, minutes: Date.parse(iso) / 60000 };
  for (const mark of timeMarks(el)) {
    const minutes = clockMinutes(mark.textContent ?? '');
    if (minutes !== null) return { iso: null, minutes };
  }
  return { iso: null, minutes: null };
}

function mostlyOrdered(values: number[]): boolean {
  if (values.length < 2) return true;
  let down = 0;
  let up = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i] <= values[i - 1]) down++;
    if (values[i] >= values[i - 1]) up++;
  }
  // Clock times wrap at midnight once in a day-long blog: allow a little disorder.
  return Math.max(down, up) / (values.length - 1) >= 0.7;
}

/** A short bold line opening the post ("<strong>Minister resigns</strong>"): its title. */
function leadIn(el: Element, skip: Element[]): Element | null {
  for (const child of el.children) {
    if (skip.some((s) => child === s || child.contains(s))) continue;
    const text = (child.textContent ?? '').trim();
    if (!text) continue;
    return /^(?:STRONG|B|HEADER)$/.test(child.tagName) && text.length <= 150 ? child : null;
  }
  return null;
}

export interface Found {
  container: Element;
  elements: Element[];
  read: (el: Element) => PostReading;
}

/** Reads repeated posts; clock-only times are dated from the page (computed once, for all posts). */
function repeatedReader(doc: Document, items: Element[]): (el: Element) => PostReading {
  let dated: Map<Element, string | null> | null = null;
  return (el) => {
    const marks = timeMarks(el);
    const title = el.querySelector('h1, h2, h3, h4, h5') ?? leadIn(el, marks);
    const own = timeOf(el);
    if (!own.iso && !dated) {
      const times = datedTimes(
        items.map((i) => timeOf(i).minutes),
        pageDate(doc),
      );
      dated = new Map(items.map((i, n) => [i, times[n]]));
    }
    return reading(el, { title, exclude: marks, publishedAt: own.iso ?? dated?.get(el) ?? null });
  };
}

/** A page that says it is a live blog (microdata or JSON-LD) even when its entries carry no markup of their own. */
function marksLiveBlog(doc: Document): boolean {
  if (doc.querySelector('[itemtype*="LiveBlogPosting"]')) return true;
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) => (s.textContent ?? '').includes('LiveBlogPosting'));
}

/** Share of a container's entries that must carry a time for its untimed ones to count, where the page does not say it is a live blog. */
const TIMED_SHARE = 0.4;

/**
 * Repeated sibling posts with timestamps. Many blogs time only some entries (the first of an
 * hour, the key events): once the timed entries show what a post looks like, every sibling of that
 * shape with text of its own is a post too. Teaser lists stay out (mostly links), and on a page
 * that does not say it is a live blog most entries must carry a time.
 */
export function repeatedPosts(doc: Document): Found | null {
  const groups = new Map<Element, Map<string, Set<Element>>>();
  for (const mark of timeMarks(doc.body ?? doc.documentElement)) {
    let child: Element | null = mark;
    for (let depth = 0; child && child.parentElement && depth < 7; depth++, child = child.parentElement) {
      const parent = child.parentElement;
      const byShape = groups.get(parent) ?? new Map<string, Set<Element>>();
      groups.set(parent, byShape);
      const key = shape(child);
      byShape.set(key, (byShape.get(key) ?? new Set()).add(child));
    }
  }
  let best: { parent: Element; items: Element[]; shape: string } | null = null;
  for (const [parent, byShape] of groups) {
    for (const [, set] of byShape) {
      if (set.size < MIN_POSTS || (best && set.size <= best.items.length)) continue;
      const items = [...set];
      // Posts carry text of their own; teaser lists are mostly links.
      const texty = items.filter((el) => (el.textContent ?? '').trim().length >= MIN_TEXT && linkShare(el) < 0.5);
      if (texty.length < Math.max(MIN_POSTS, items.length * 0.6)) continue;
      const times = texty.map((el) => timeOf(el).minutes).filter((m): m is number => m !== null);
      if (times.length < MIN_POSTS || !mostlyOrdered(times)) continue;
      best = { parent, items: texty, shape: shape(items[0]) };
    }
  }
  if (!best) return null;
  const found = best;
  const siblings = [...found.parent.children].filter(
    (el) => shape(el) === found.shape && (el.textContent ?? '').trim().length >= MIN_TEXT && linkShare(el) < 0.5,
  );
  const elements =
    siblings.length > found.items.length && (marksLiveBlog(doc) || found.items.length >= siblings.length * TIMED_SHARE)
      ? siblings
      : found.items;
  return { container: found.parent, elements, read: repeatedReader(doc, elements) };
}

function readTickerPost(head: Element, publishedAt: string | null): PostReading {
  const body: string[] = [];
  for (let el = head.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^H[1-6]$/.test(el.tagName)) break;
    body.push(...textBlocks(el));
  }
  const title = textOf(head);
  return {
    element: head,
    keyHints: [head.getAttribute('id') || null, `ticker-${shortHash(`${title}\n${body.join(' ').slice(0, 100)}`)}`],
    title,
    paragraphs: body,
    publishedAt,
    updatedAt: null,
    byline: [],
    hostAfter: true,
  };
}

/** Tickers: a time-prefixed heading, then the paragraphs until the next heading. */
export function tickerPosts(doc: Document): Found | null {
  const heads = [...doc.querySelectorAll('h2, h3, h4')].filter((h) => TICKER_HEAD.test(h.textContent ?? ''));
  if (heads.length < MIN_POSTS) return null;
  const parent = heads[0].parentElement;
  if (!parent || heads.some((h) => h.parentElement !== parent)) return null;
  // Headings with next to nothing under them are a list of times, not posts.
  const texty = heads.filter((h) => {
    let n = 0;
    for (let el = h.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling)
      n += (el.textContent ?? '').trim().length;
    return n >= MIN_TEXT;
  });
  if (texty.length < MIN_POSTS) return null;
  const times = datedTimes(
    heads.map((h) => clockMinutes(h.textContent ?? '')),
    pageDate(doc),
  );
  const timeOfHead = new Map(heads.map((h, i) => [h, times[i]]));
  return { container: parent, elements: heads, read: (h) => readTickerPost(h, timeOfHead.get(h) ?? null) };
}
