/**
 * A post's text as a reader sees it (docs/contracts.md §0): block by block, skipping what is not the
 * post's words (times, bylines, buttons, captions, embed chrome, ads, the elements Backstory inserted). Works on any
 * DOM (the browser's, or linkedom in the CLI): no layout, no innerText.
 */
import { normalize } from '../text/normalize';
import { isOurs } from '../dom/our-elements';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SVG',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'CANVAS',
  'FIGCAPTION',
  'TIME',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'LABEL',
  'OBJECT',
  'EMBED',
  'SOURCE',
  'MENU',
  'DIALOG',
]);

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'PRE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TD',
  'TH',
  'MAIN',
  'ADDRESS',
  'HR',
  'DETAILS',
  'SUMMARY',
  'CENTER',
  'GU-ISLAND',
]);

/** Elements that are page furniture, not prose, whatever tag they use. */
const FURNITURE =
  /(?:^|[\s_-])(?:ad-slot|ad|ads|advert|share|social-share|byline|caption|credit|meta|newsletter|related|promo|appeal|contributions|submeta)(?:$|[\s_-])/i;

/** Ads, share bars, captions and the like, by their class names. */
export function isFurniture(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && FURNITURE.test(cls);
}

function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // Our own hosts by identity, never by name: a page's <backstory-x> is page text like any other.
  if (SKIP.has(tag) || isOurs(el)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return isFurniture(el);
}

/** Blocks of text inside `root`, in document order, each normalised; empty blocks dropped. */
export function textBlocks(root: Element, exclude: readonly Element[] = []): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    const text = normalize(inline);
    if (text) out.push(text);
    inline = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        inline += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (exclude.includes(el) || isSkipped(el)) continue;
      const tag = el.tagName.toUpperCase();
      // An element holding no element has nothing to skip: its text in one native call, without
      // a wrapper made for each of its text nodes in our world (most of a post's paragraphs).
      const leaf = el.firstElementChild === null;
      if (tag === 'BR') {
        inline += ' ';
      } else if (BLOCK.has(tag)) {
        flush();
        if (leaf) inline = el.textContent ?? '';
        else walk(el);
        flush();
      } else if (leaf) {
        inline += el.textContent ?? '';
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
