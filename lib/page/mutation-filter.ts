/**
 * Which changes to the page are news to the annotator. Only changes to posts, or to the
 * container's own children, are: ads and islands that churn between posts, and our own hosts
 * coming and going, must not make it read the page again.
 */
import { isFurniture } from '../detect/post-text';
import { isOurs } from '../dom/our-elements';

export interface Watched {
  /** The element whose subtree is observed (the posts' container, or the body). */
  container: Node | null;
  /** The post elements last read. */
  posts: WeakSet<Node>;
}

export function concernsPosts(r: MutationRecord, watched: Watched): boolean {
  if (r.type === 'childList') {
    const foreign = (nodes: NodeList) => [...nodes].some((n) => !isOurs(n));
    if (!foreign(r.addedNodes) && !foreign(r.removedNodes) && ![...r.removedNodes].some(isOurs)) return false;
  }
  for (let node: Node | null = r.target; node; node = node.parentNode) {
    if (node.nodeType === 1 && (isOurs(node) || isFurniture(node as Element))) return false;
    if (watched.posts.has(node)) return true;
    // Between posts, only elements coming and going can be news (a post inserted in a wrapper).
    if (node === watched.container) return r.type === 'childList';
  }
  // The container's parent: the container itself was replaced or removed.
  return true;
}
