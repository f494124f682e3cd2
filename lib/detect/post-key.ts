/**
 * `data-post-key` (contracts.md §1): the first that applies of the post element's id, the id of
 * its first heading or anchor, the hash part of its JSON-LD url / @id, else a hash of title,
 * time and opening text, suffixed -2, -3 on collision. Never the post's position, so keys survive
 * live inserts above.
 */
import { shortHash } from '../text/hash';

export function elementKeyHints(element: Element): (string | null)[] {
  const anchor = element.querySelector('h1[id], h2[id], h3[id], h4[id], a[id], [id]:is(h1,h2,h3,h4) a, a[name]');
  return [element.getAttribute('id') || null, anchor?.getAttribute('id') || anchor?.getAttribute('name') || null];
}

export function hashPart(urlOrId: string | null | undefined): string | null {
  if (!urlOrId) return null;
  const at = urlOrId.indexOf('#');
  return at >= 0 && at < urlOrId.length - 1 ? decodeURIComponentSafe(urlOrId.slice(at + 1)) : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function contentKey(title: string | null, publishedAt: string | null, text: string): string {
  return `post-${shortHash(`${title ?? ''}\n${publishedAt ?? ''}\n${text.slice(0, 100)}`)}`;
}

/** Picks each post's key from its hints, making keys unique on the page in document order. */
export function assignKeys(
  posts: { keyHints: (string | null)[]; title: string | null; publishedAt: string | null; paragraphs: string[] }[],
): string[] {
  const seen = new Map<string, number>();
  return posts.map((p) => {
    const base =
      p.keyHints.find((h): h is string => !!h && h.trim().length > 0)?.trim() ??
      contentKey(p.title, p.publishedAt, p.paragraphs.join(' '));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
