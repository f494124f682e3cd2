/**
 * The heuristic detector for unknown sites, loaded into a page's content-script world only when
 * no known markup, JSON-LD or microdata finds its posts.
 */
import { heuristicFallback, type Fallback } from '../lib/detect/detect-page';

declare global {
  // eslint-disable-next-line no-var
  var backstoryHeuristic: Fallback | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.backstoryHeuristic ??= heuristicFallback;
});
