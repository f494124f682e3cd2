/**
 * Where the content script runs by default: news sites that publish live blogs. The list is the
 * whole install-time permission request, so it stays short and documented (README, "Where it runs").
 * Subdomains are included with `*.` because outlets serve live blogs from www., edition. and
 * regional hosts alike. Each site adapter names its outlet's hosts (lib/detect/sites/).
 */
import { SITE_ABOUT } from '../detect/sites';

/** Outlets with no adapter of their own: their live blogs are read from JSON-LD. */
const JSON_LD_OUTLETS: readonly string[] = [
  'aljazeera.com',
  'cnn.com',
  'nytimes.com',
  'reuters.com',
  'apnews.com',
  'news.sky.com',
  'france24.com',
];

export const NEWS_HOSTS: readonly string[] = [...new Set([...SITE_ABOUT.flatMap((a) => a.hosts), ...JSON_LD_OUTLETS])];

export const NEWS_HOST_MATCHES: readonly string[] = NEWS_HOSTS.flatMap((h) => [`https://${h}/*`, `https://*.${h}/*`]);

/** Added only to builds made with BACKSTORY_TEST_HOSTS=1 (docs/contracts.md §3). */
export const TEST_HOST_MATCHES: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];
