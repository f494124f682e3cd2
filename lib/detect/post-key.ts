/**
 * `data-post-key` (docs/contracts.md §1): the first that applies of the post element's id, the id of
 * its first heading or anchor, the hash part of its JSON-LD url / @id, else a hash of title,
 * time and opening text, suffixed -2, -3 on collision. Never the post's position, so keys survive
 * live inserts above.
 */
import { shortHash } from '../text/hash';
import { LIMITS } from '../messages/limits';
import { opening } from '../text/opening';

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

/** Room left in a key for a `-N` suffix, within the worker's limit. */
const KEY_ROOM = LIMITS.keyLength - 8;

/** An id longer than a key may be (a page can make one of any length) is cut and told apart by a hash of the whole. */
function fitted(id: string): string {
  return id.length <= KEY_ROOM ? id : `${id.slice(0, KEY_ROOM - 9)}-${shortHash(id)}`;
}

/**
 * Picks each post's key from its hints, unique on the page: call in document order, one keyer per
 * reading of the page (posts may be read a few at a time).
 */
export class PostKeyer {
  private seen = new Map<string, number>();

  key(p: { keyHints: (string | null)[]; title: string | null; publishedAt: string | null; paragraphs: string[] }): string {
    const base = fitted(
      p.keyHints.find((h): h is string => !!h && h.trim().length > 0)?.trim() ??
        contentKey(p.title, p.publishedAt, opening(p.paragraphs, 200)),
    );
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
