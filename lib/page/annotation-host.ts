/**
 * The `<backstory-annotation>` element (contracts.md §1): one per post, first child of the post
 * element, hosting an open shadow root that holds our UI. It is the only kind of element we add
 * to a post; the page's own elements are never modified.
 */
export const HOST_TAG = 'backstory-annotation';

export function isOurElement(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase().startsWith('backstory-');
}

/** Finds this post's host among its children, or creates and inserts one. */
export function ensureHost(post: Element, key: string, css: string): { host: HTMLElement; root: ShadowRoot; created: boolean } {
  for (const child of post.children) {
    if (child.tagName.toLowerCase() === HOST_TAG && child.getAttribute('data-post-key') === key && child.shadowRoot) {
      return { host: child as HTMLElement, root: child.shadowRoot, created: false };
    }
  }
  const doc = post.ownerDocument;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-post-key', key);
  host.setAttribute('data-status', 'pending');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style, doc.createElement('div'));
  post.insertBefore(host, post.firstChild);
  return { host, root, created: true };
}

/** The element inside the shadow root that the UI renders into. */
export function mountPoint(root: ShadowRoot): Element {
  return root.lastElementChild!;
}

export function setHostStatus(host: Element, status: string, reason?: string): void {
  if (host.getAttribute('data-status') !== status) host.setAttribute('data-status', status);
  if (reason) host.setAttribute('data-reason', reason);
  else host.removeAttribute('data-reason');
}
