/**
 * Any page whose JSON-LD declares a LiveBlogPosting: its updates name the posts (by `url` hash,
 * `@id`, or failing both their headline), the DOM gives their text. Updates with no element on
 * this page are not posts here (the JSON-LD often lists every page of the blog).
 */
import { hashPart, elementKeyHints } from './post-key';
import { textBlocks } from './post-text';
import { isoOrNull } from './sites/site-adapter';
import { fold } from '../text/normalize';
import type { LiveBlogUpdate } from './json-ld';
import type { PostReading } from './types';
import { normalize } from '../text/normalize';
import { offsetOf } from './times';
import { zoneField } from '../messages/limits';

function elementFor(doc: Document, u: LiveBlogUpdate, headings: () => Map<string, Element>): Element | null {
  const ids = [hashPart(u.url), hashPart(u.id), u.id].filter((x): x is string => !!x);
  for (const id of ids) {
    const el = doc.getElementById(id) ?? doc.getElementById(`block-${id}`);
    if (el && el !== doc.body && el !== doc.documentElement) return postElement(el);
  }
  return (u.headline && headings().get(fold(u.headline))) || null;
}

/**
 * The post around each heading: the largest ancestor that holds no other post's heading, so a
 * bare `<div><h4>…</h4><p>…</p></div>` is found without any class or id to go by.
 */
function widen(headings: Element[]): Map<Element, Element> {
  // How many of the headings each ancestor holds, counted in one walk up from each: linear in
  // headings × depth (asking every ancestor about every other heading was quadratic).
  const held = new Map<Element, number>();
  for (const h of headings) {
    for (let el = h.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) held.set(el, (held.get(el) ?? 0) + 1);
  }
  const out = new Map<Element, Element>();
  for (const h of headings) {
    let el: Element = h;
    while (el.parentElement && el.parentElement.tagName !== 'BODY' && held.get(el.parentElement) === 1) el = el.parentElement;
    out.set(h, el);
  }
  return out;
}

/** Posts by their heading's folded text, for updates with a headline and no id to go by. */
function headingIndex(doc: Document, updates: readonly LiveBlogUpdate[]): () => Map<string, Element> {
  let map: Map<string, Element> | null = null;
  return () => {
    if (map) return map;
    const wanted = new Set(updates.map((u) => (u.headline ? fold(u.headline) : '')).filter((k) => k.length >= 8));
    const found = new Map<string, Element>();
    for (const h of doc.querySelectorAll('h1, h2, h3, h4, h5')) {
      const k = fold(h.textContent ?? '');
      if (wanted.has(k) && !found.has(k)) found.set(k, h);
    }
    const posts = widen([...found.values()]);
    map = new Map([...found].map(([k, h]) => [k, posts.get(h)!]));
    return map;
  };
}

/** An id on a heading names the post around it (BBC's `h3[id]`): annotate the post, not the heading. */
function postElement(el: Element): Element {
  if (/^H[1-6]$/i.test(el.tagName)) return el.closest('article, li, section, [id]:not(h1,h2,h3,h4)') ?? el;
  return el;
}

/**
 * Document order, whatever order the JSON-LD listed them in: one walk over the page's elements
 * (a sort by `compareDocumentPosition` walks up both elements' ancestors per comparison).
 */
function inDocumentOrder(doc: Document, wanted: ReadonlyMap<Element, unknown>): Element[] {
  if (wanted.size < 2) return [...wanted.keys()];
  const out: Element[] = [];
  for (const el of doc.querySelectorAll('*')) if (wanted.has(el)) out.push(el);
  return out;
}

/** Post elements named by the JSON-LD's updates, in document order, each read with its update. */
export function locateJsonLdPosts(
  doc: Document,
  updates: readonly LiveBlogUpdate[],
): { elements: Element[]; read: (el: Element) => PostReading } {
  const byElement = new Map<Element, LiveBlogUpdate>();
  const headings = headingIndex(doc, updates);
  for (const u of updates) {
    const el = elementFor(doc, u, headings);
    if (el && !byElement.has(el)) byElement.set(el, u);
  }
  const elements = inDocumentOrder(doc, byElement);
  return {
    elements,
    read: (el) => {
      const u = byElement.get(el)!;
      const heading = el.querySelector('h1, h2, h3, h4');
      const time = el.querySelector('time[datetime]')?.getAttribute('datetime');
      return {
        element: el,
        keyHints: [...elementKeyHints(el), hashPart(u.url), hashPart(u.id)],
        title: heading ? normalize(heading.textContent ?? '') || null : u.headline,
        paragraphs: textBlocks(el, heading ? [heading] : []),
        publishedAt: isoOrNull(time) ?? isoOrNull(u.datePublished),
        ...zoneField(offsetOf(isoOrNull(time) ? time : u.datePublished)),
        updatedAt: isoOrNull(u.dateModified),
        byline: u.authors,
      };
    },
  };
}

/** The nearest element holding every post: what to watch for live changes. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  if (elements.length === 0) return null;
  let anc: Element | null = elements[0].parentElement;
  while (anc && !elements.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}
