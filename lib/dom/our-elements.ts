/**
 * The elements Backstory itself inserted into a page (annotation hosts, the toolbar, the
 * announcer). Kept by identity, never recognised by name: a page may create a `<backstory-…>`
 * element of its own to hide words from the matcher or mutations from the annotator.
 *
 * The set lives on the content-script world's global under a registered symbol, so the scripts
 * injected later into the same world (highlighting) see the elements the first one inserted; a
 * page can reach neither that global nor a symbol-keyed property through its own markup.
 */
const KEY = Symbol.for('backstory.ourElements');

function ours(): WeakSet<Node> {
  const g = globalThis as unknown as Record<symbol, WeakSet<Node> | undefined>;
  return (g[KEY] ??= new WeakSet<Node>());
}

export function markOurs<T extends Element>(el: T): T {
  ours().add(el);
  return el;
}

export function isOurs(node: Node): boolean {
  return ours().has(node);
}
