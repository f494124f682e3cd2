/**
 * State shared by Backstory's scripts in one page's content-script world: whether an annotator
 * runs, and the modules injected on first use. Kept under registered symbols, never under names
 * on `globalThis`: in Chromium's isolated world an element `id="backstoryRunning"` in the page
 * shows through as `window.backstoryRunning`, and a named global would be the page's to forge.
 */
const slot = (name: string) => Symbol.for(`backstory.${name}`);
type Slots = Record<symbol, unknown>;

/** The module registered under `name`, if it is ours. */
export function worldModule<T>(name: string): T | undefined {
  const g = globalThis as unknown as Slots;
  return Object.hasOwn(g, slot(name)) ? (g[slot(name)] as T) : undefined;
}

/** Registers a module once per world (a second injection keeps the first). */
export function registerModule<T>(name: string, module: T): void {
  const g = globalThis as unknown as Slots;
  if (!Object.hasOwn(g, slot(name))) g[slot(name)] = module;
}

/** True the first time it is called in this world: one annotator per page. */
export function claimWorld(): boolean {
  const g = globalThis as unknown as Slots;
  if (Object.hasOwn(g, slot('running'))) return false;
  g[slot('running')] = true;
  return true;
}
