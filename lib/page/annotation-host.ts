/**
 * The `<backstory-annotation>` element (docs/contracts.md §1): one per post, first child of the post
 * element, hosting a shadow root that holds our UI. It is the only kind of element we add to a
 * post; the page's own elements are never modified.
 *
 * Our hosts are known by identity (`markOurs`), and their roots are kept here: in a release build
 * the root is closed, so the page cannot read what it shows, and `host.shadowRoot` is null. A
 * page-made element with our tag and a post's key is not ours and is never reused.
 */
import { isOurs, markOurs } from '../dom/our-elements';

export const HOST_TAG = 'backstory-annotation';

export interface HostOptions {
  /** Release builds: `closed`, and no verdict in the light DOM (docs/contracts.md §1). */
  shadowMode: ShadowRootMode;
  /** Test-host builds write `data-status` and `data-reason` on the host for tests to read. */
  revealStatus: boolean;
}

const roots = new WeakMap<Element, ShadowRoot>();
/** Each post element's host, last made: found without reading the post's children (a wrapper each in our world). */
const hostOfPost = new WeakMap<Element, HTMLElement>();

const isHostFor = (el: Element | null, key: string): el is HTMLElement =>
  !!el && isOurs(el) && roots.has(el) && el.getAttribute('data-post-key') === key;

/**
 * Finds this post's host, or creates and inserts one: first child of the post element, or, for a
 * post with no element of its own (`after`: a ticker's heading), right after it.
 */
export function ensureHost(
  post: Element,
  key: string,
  css: string,
  options: HostOptions,
  after = false,
): { host: HTMLElement; root: ShadowRoot; created: boolean } {
  const known = hostOfPost.get(post) ?? null;
  const existing = after ? post.nextElementSibling : known?.parentNode === post ? known : null;
  if (isHostFor(existing, key)) return { host: existing, root: roots.get(existing)!, created: false };
  const doc = post.ownerDocument;
  const host = markOurs(doc.createElement(HOST_TAG));
  host.setAttribute('data-post-key', key);
  if (options.revealStatus) host.setAttribute('data-status', 'pending');
  const root = host.attachShadow({ mode: options.shadowMode });
  roots.set(host, root);
  if (!adoptSheet(root, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  root.append(doc.createElement('div'));
  if (after) post.after(host);
  else post.insertBefore(host, post.firstChild);
  hostOfPost.set(post, host);
  return { host, root, created: true };
}

const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * One constructed style sheet shared by every host: parsed once, not once per post. Where a
 * content script may not adopt sheets (Firefox's content-script wrappers), a <style> element.
 */
function adoptSheet(root: ShadowRoot, css: string): boolean {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  if (!sheet) return false;
  try {
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    sheets.set(css, null);
    return false;
  }
}

/** The element inside the shadow root that the UI renders into. */
export function mountPoint(root: ShadowRoot): Element {
  return root.lastElementChild!;
}

/** Test-host builds only: the verdict on the host, for tests (docs/contracts.md §1). */
export function setHostStatus(host: Element, options: HostOptions, status: string, reason?: string, since?: string): void {
  if (!options.revealStatus) return;
  if (host.getAttribute('data-status') !== status) host.setAttribute('data-status', status);
  const set = (name: string, value?: string) => (value ? host.setAttribute(name, value) : host.removeAttribute(name));
  set('data-reason', reason);
  set('data-since-last-visit', since);
}
