/**
 * Pages shaped like other outlets' live blogs and like pages that are not live blogs, written
 * from live-blog-markup.md (no capture of these is in the shared fixtures). Text is our own.
 */
const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

const STORIES = [
  ['Talks resume in the capital', 'Negotiators returned to the table on Monday morning after a weekend of shelling, officials said.'],
  ['Convoy reaches the border', 'A convoy of forty trucks carrying flour and medicine reached the crossing before dawn.'],
  ['Minister resigns', 'The interior minister resigned in a short statement read on state television, citing ill health.'],
  ['Crowds gather in the square', 'Thousands of people gathered in the central square, waving flags and singing.'],
];

export function bbcWorldServicePage(): string {
  const items = STORIES.map(
    ([t, b], i) => `<li><article><header><h3 id="asset:${1000 + i}-abc"><span>${t}</span></h3>
    <time datetime="2024-12-08T1${4 - i}:00:00Z">1${4 - i}:00</time></header><p>${b}</p><button>Share</button></article></li>`,
  ).join('');
  return page(
    `<main><h1>Live: events as they happen</h1><ol role="list">${items}</ol></main>`,
    ld({
      '@type': 'LiveBlogPosting',
      liveBlogUpdate: STORIES.map(([t], i) => ({ '@id': `https://www.bbc.com/x/live#post-asset:${1000 + i}-abc`, headline: t })),
    }),
  );
}

export function bbcNewsPage(): string {
  const posts = STORIES.map(
    ([t, b], i) => `<li><article data-testid="content-post"><h3>${t}</h3><time datetime="2024-12-08T0${9 - i}:15:00Z">0${9 - i}:15</time>
    <div data-testid="byline">By <span data-testid="byline-name">Jo Reporter</span></div><p>${b}</p></article></li>`,
  ).join('');
  return page(`<main><ol>${posts}</ol></main>`);
}

export function expressPage(): string {
  const entries = STORIES.map(
    ([t, b], i) => `<div class="live-events__entry" id="live-${500 + i}" data-sort-time="${1733650000 - i * 600}">
    <div class="live-events__entry-info"><time>1${2 - i}:00</time><span class="live-events__author">Sam Writer</span></div>
    <h3 class="live-events__entry-title">${t}</h3><p>${b}</p></div>`,
  ).join('');
  return page(`<div class="live-events">${entries}</div>`);
}

export function guardianLegacyPage(): string {
  const blocks = STORIES.map(
    ([t, b], i) => `<div id="block-5a${i}" class="block" itemprop="liveBlogUpdate" itemscope data-block-contributor="Lee Blogger">
    <p class="block-time"><time datetime="2016-05-0${i + 1}T10:00:00+0100">10.00 BST</time></p><h2 class="block-title">${t}</h2>
    <div class="block-elements"><p>${b}</p></div></div>`,
  ).join('');
  return page(`<div class="js-liveblog-body">${blocks}</div>`);
}

export function microdataPage(): string {
  const items = STORIES.map(
    ([t, b], i) => `<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">
    <h2 itemprop="headline">${t}</h2><span itemprop="datePublished" content="2024-12-08T0${i}:00:00Z">0${i}:00</span><div itemprop="articleBody"><p>${b}</p></div></div>`,
  ).join('');
  return page(
    `<div itemscope itemtype="https://schema.org/LiveBlogPosting">${items}</div>`,
    '<script type="application/ld+json">{ "@type": "LiveBlogPosting", // comments break JSON\n }</script>',
  );
}

export function jsonLdByHeadlinePage(): string {
  const posts = STORIES.map(([t, b]) => `<div class="entry"><h4>${t}</h4><p>${b}</p></div>`).join('');
  return page(
    `<div class="feed">${posts}</div>`,
    ld({
      '@type': 'LiveBlogPosting',
      liveBlogUpdate: STORIES.map(([t, b], i) => ({ headline: t, articleBody: b, datePublished: `2024-12-08T0${i}:30:00Z` })),
    }),
  );
}

export function unknownLivePage(): string {
  const posts = STORIES.map(
    ([t, b], i) => `<div class="update-card"><span class="stamp">1${5 - i}:4${i}</span><strong>${t}</strong><p>${b}</p></div>`,
  ).join('');
  return page(
    `<header><nav><a href="/">Home</a></nav></header><h1>Election night: follow it live</h1><section class="stream">${posts}</section><footer>© News</footer>`,
  );
}

export function tickerPage(): string {
  const parts = STORIES.map(([t, b], i) => `<h2>1${4 - i}.0${i} Uhr: ${t}</h2><p>${b}</p><p>Weitere Details folgen in Kürze.</p>`).join('');
  return page(
    `<article><h1>Liveticker</h1>${parts}</article>`,
    '<meta property="article:published_time" content="2024-12-08T09:00:00+01:00">',
  );
}

export function articlePage(): string {
  return page(
    `<article><h1>A long read</h1><time datetime="2024-12-08T10:00:00Z">8 December</time>${STORIES.map(([, b]) => `<p>${b}</p>`).join('')}</article>`,
    ld({ '@type': 'NewsArticle', headline: 'A long read' }),
  );
}

export function homePage(): string {
  const teasers = STORIES.concat(STORIES)
    .map(
      ([t], i) =>
        `<li class="teaser"><time datetime="2024-12-08T1${i}:00:00Z">1${i}:00</time><a href="/story/${i}">${t}: everything you need to know about it today</a></li>`,
    )
    .join('');
  return page(`<main><h1>Front page</h1><ul class="teasers">${teasers}</ul></main>`);
}

export function teaserListPage(): string {
  const teasers = STORIES.concat(STORIES)
    .map(
      ([t], i) =>
        `<div class="card"><span class="stamp">1${i}:00</span><a href="/story/${i}">${t}: the latest on this developing story, live</a></div>`,
    )
    .join('');
  return page(`<main><h1>Live coverage: all our live blogs</h1><div class="grid">${teasers}</div></main>`);
}

/** A live blog that marks only its container (microdata): entries are plain siblings, and only some carry a time. */
export function containerOnlyPage(): string {
  const entries = STORIES.concat(STORIES.map(([t, b]) => [`${t}, again`, `${b} More followed later.`] as [string, string]))
    .map(
      ([t, b], i) =>
        `<div class="entry">${i % 3 === 0 ? `<time datetime="2024-12-08T1${9 - i}:00:00Z">1${9 - i}:00</time>` : ''}<h3>${t}</h3><p>${b}</p></div>`,
    )
    .join('');
  return page(`<main itemscope itemtype="https://schema.org/LiveBlogPosting"><h1>Live</h1><div class="entries">${entries}</div></main>`);
}

/** An article with a sidebar of timed teasers and untimed ones of the same shape: no posts. */
export function articleWithSidebarPage(): string {
  const teasers = STORIES.concat(STORIES)
    .map(
      ([t], i) =>
        `<div class="teaser">${i % 3 === 0 ? `<time datetime="2024-12-08T1${i}:00:00Z">1${i}:00</time>` : ''}<a href="/story/${i}">${t}: everything you need to know about it today</a></div>`,
    )
    .join('');
  return page(
    `<article><h1>A long read</h1><time datetime="2024-12-08T10:00:00Z">8 December</time>${STORIES.map(([, b]) => `<p>${b}</p>`).join('')}</article><aside>${teasers}</aside>`,
    ld({ '@type': 'NewsArticle', headline: 'A long read' }),
  );
}
