/**
 * The heuristic detector for unknown sites, loaded into a page's content-script world only when
 * no known markup, JSON-LD or microdata finds its posts.
 */
import { heuristicFallback } from '../lib/detect/detect-page';
import { registerModule } from '../lib/page/world';

export default defineUnlistedScript(() => {
  registerModule('heuristic', heuristicFallback);
});
