/**
 * A post's text as one string, with the way back to the DOM: the text nodes under the post element
 * (our own hosts left out), so a selection becomes offsets and offsets become a Range again.
 */
import { isOurs } from '../dom/our-elements';

export interface TextIndex {
  text: string;
  /** Offsets of `ranges` against the text, or null when the range is not inside the post. */
  offsetsOf(range: Range): { start: number; end: number } | null;
  rangeOf(start: number, end: number): Range | null;
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toLowerCase();
        if (isOurs(c) || tag === 'script' || tag === 'style' || tag === 'noscript') continue;
        walk(c);
      }
    }
  };
  walk(root);
  return out;
}

export function indexText(root: Element): TextIndex {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const locate = (node: Node, offset: number): number | null => {
    if (node.nodeType === 3) {
      const i = nodes.indexOf(node as Text);
      return i < 0 ? null : starts[i] + Math.min(offset, (node as Text).data.length);
    }
    // An element boundary: the text before its offset-th child.
    const child = node.childNodes[offset] ?? null;
    let total = 0;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (
        child
          ? child === n || child.contains(n) || (child.compareDocumentPosition(n) & 4) !== 0
          : !node.contains(n) && (node.compareDocumentPosition(n) & 4) !== 0
      ) {
        return starts[i];
      }
      total = starts[i] + n.data.length;
    }
    return root.contains(node) ? total : null;
  };
  return {
    text,
    offsetsOf(range) {
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
      const start = locate(range.startContainer, range.startOffset);
      const end = locate(range.endContainer, range.endOffset);
      return start === null || end === null || end <= start ? null : { start, end };
    },
    rangeOf(start, end) {
      if (start < 0 || end > text.length || end <= start) return null;
      const at = (pos: number, preferNext: boolean) => {
        for (let i = 0; i < nodes.length; i++) {
          const s = starts[i];
          const e = s + nodes[i].data.length;
          if (pos < e || (pos === e && !preferNext) || (pos === e && i === nodes.length - 1)) return { node: nodes[i], offset: pos - s };
        }
        return null;
      };
      const a = at(start, true);
      const b = at(end, false);
      if (!a || !b) return null;
      const r = root.ownerDocument.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      return r;
    },
  };
}
