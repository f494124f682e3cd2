/**
 * Code the worker injects into this page's content-script world on first use (the annotator on a
 * live blog, then the card, highlighting and the heuristic when needed). Each registers itself in
 * the world (world.ts); one load at a time per module, and a failed load may be asked for again.
 */
import type { LazyModule } from '../messages/protocol';
import { callWorker, type Send } from '../messages/call-worker';
import { worldModule } from './world';

export type LoadModule = <T>(module: LazyModule) => Promise<T>;

export function moduleLoader(send: Send): LoadModule {
  const loads = new Map<LazyModule, Promise<unknown>>();
  return <T>(module: LazyModule): Promise<T> => {
    let p = loads.get(module) as Promise<T> | undefined;
    if (!p) {
      p = (async () => {
        if (!worldModule<T>(module)) await callWorker(send, 'load-module', { module });
        const m = worldModule<T>(module);
        if (!m) throw new Error(`the ${module} could not be loaded`);
        return m;
      })();
      p.catch(() => loads.delete(module));
      loads.set(module, p);
    }
    return p;
  };
}
