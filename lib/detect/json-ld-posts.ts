/**
 * Any page whose JSON-LD declares a LiveBlogPosting: its updates name the posts (by `url` hash or
 * `@id`), the DOM gives their text. Updates with no element on this page are not posts here.
 */
import { hashPart, elementKeyHints } from './post-key';
import { textBlocks } from './post-text';
import { isoOrNull } from './guardian';
import type { LiveBlogUpdate } from './json-ld';
import type { PostReading } from './types';
import { normalize } from '../text/normalize';

function elementFor(doc: Document, u: LiveBlogUpdate): Element | null {
  const ids = [hashPart(u.url), hashPart(u.id), u.id].filter((x): x is string => !!x);
  for (const id of ids) {
    const el = doc.getElementById(id) ?? doc.getElementById(`block-${id}`);
    if (el && el !== doc.body && el !== doc.documentElement) return postElement(el);
  }
  return null;
}

/** An id on a heading names the post around it (BBC's `h3[id]`): annotate the post, not the heading. */
function postElement(el: Element): Element {
  if (/^H[1-6]$/i.test(el.tagName)) return el.closest('article, li, section') ?? el;
  return el;
}

export function readJsonLdPosts(doc: Document, updates: readonly LiveBlogUpdate[]): PostReading[] {
  const seen = new Set<Element>();
  const posts: PostReading[] = [];
  for (const u of updates) {
    const el = elementFor(doc, u);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    const heading = el.querySelector('h1, h2, h3, h4');
    const title = heading ? normalize(heading.textContent ?? '') || null : u.headline;
    const time = el.querySelector('time[datetime]')?.getAttribute('datetime');
    posts.push({
      element: el,
      keyHints: [...elementKeyHints(el), hashPart(u.url), hashPart(u.id)],
      title,
      paragraphs: textBlocks(el, heading ? [heading] : []),
      publishedAt: isoOrNull(time) ?? isoOrNull(u.datePublished),
      updatedAt: isoOrNull(u.dateModified),
      byline: u.authors,
    });
  }
  // Document order, whatever order the JSON-LD listed them in.
  return posts.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
}

/** The nearest element holding every post: what to watch for live changes. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  if (elements.length === 0) return null;
  let anc: Element | null = elements[0].parentElement;
  while (anc && !elements.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}
