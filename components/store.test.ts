import { describe, expect, it } from 'vitest';
import { createStore } from './store';

describe('createStore', () => {
  it('merges what is set and tells every subscriber, until it unsubscribes', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen: unknown[] = [];
    const stop = store.subscribe((s) => seen.push(s));
    store.set({ a: 2 });
    stop();
    store.set({ b: 'y' });
    expect(seen).toEqual([{ a: 2, b: 'x' }]);
    expect(store.get()).toEqual({ a: 2, b: 'y' });
  });
});
