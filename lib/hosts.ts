/**
 * Where the content script runs by default: news sites that publish live blogs. The list is the
 * whole install-time permission request, so it stays short and documented (README, "Where it runs").
 * Subdomains are included with `*.` because outlets serve live blogs from www., edition. and
 * regional hosts alike.
 */
export const NEWS_HOSTS: readonly string[] = [
  'theguardian.com',
  'bbc.co.uk',
  'bbc.com',
  // Reach plc titles share one live-blog template.
  'mirror.co.uk',
  'express.co.uk',
  'dailystar.co.uk',
  'manchestereveningnews.co.uk',
  'liverpoolecho.co.uk',
  'birminghammail.co.uk',
  'walesonline.co.uk',
  'chroniclelive.co.uk',
  'dailyrecord.co.uk',
  'irishmirror.ie',
  'repubblica.it',
  'aljazeera.com',
  'cnn.com',
  'nytimes.com',
  'reuters.com',
  'apnews.com',
  'news.sky.com',
  'france24.com',
];

export const NEWS_HOST_MATCHES: readonly string[] = NEWS_HOSTS.flatMap((h) => [
  `https://${h}/*`,
  `https://*.${h}/*`,
]);

/** Added only to builds made with BACKSTORY_TEST_HOSTS=1 (contracts.md §3). */
export const TEST_HOST_MATCHES: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];
