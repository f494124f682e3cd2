/**
 * A page's UI state in one place: set it, and whoever subscribed draws again. The popup and the
 * Library keep what the reader did (messages, a search, an import under way) here; what is stored
 * comes from IndexedDB (Dexie's `liveQuery`), never from module-level variables.
 */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S>): void;
  subscribe(listener: (state: S) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const l of listeners) l(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
