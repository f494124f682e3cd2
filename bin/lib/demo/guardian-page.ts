/**
 * Renders Guardian-shaped live-blog HTML (dotcom-rendering markup, live-blog-markup.md) from
 * blocks: for the demo page and for end-to-end tests, which write their own post boundaries.
 */
import { parseEmbedAuthorLine } from '../../../lib/coverage/parse';

export interface GuardianBlock {
  /** 24 hex characters, as the Guardian's block ids. */
  id: string;
  title?: string | null;
  /** Trusted HTML of the body elements (build it with `paragraphsHtml`). */
  bodyHtml: string;
  publishedAt: string;
  updatedAt?: string | null;
  byline?: string | null;
  /** Inserted by a live update and not yet revealed. */
  pending?: boolean;
}

export interface GuardianPageOptions {
  title: string;
  url?: string;
  blocks: GuardianBlock[];
  /** Copy the first block into `#pinned-post`, as page 1 does. */
  pinFirst?: boolean;
  /** Script appended to the body (tests simulate live updates with it). */
  script?: string;
  /** Emit the LiveBlogPosting JSON-LD the Guardian ships. */
  jsonLd?: boolean;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Paragraphs as body HTML. A paragraph followed by a social embed's author line
 * (`— Name (@handle) December 7, 2024`) becomes an embedded post, as the Guardian shows tweets.
 */
export function paragraphsHtml(paragraphs: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const next = paragraphs[i + 1];
    const author = next !== undefined ? parseEmbedAuthorLine(next) : null;
    if (author) {
      const dash = next.replace(/\s*[A-Z][a-z]+ \d{1,2}, \d{4}\s*$/, '');
      const date = next.slice(dash.length).trim();
      out.push(
        `<figure class="element-tweet"><blockquote class="twitter-tweet"><p dir="auto">${escapeHtml(paragraphs[i])}</p>` +
          `${escapeHtml(dash)} <a href="#">${escapeHtml(date)}</a></blockquote>` +
          `<figcaption>View on ${escapeHtml(author.platform)}</figcaption></figure>`,
      );
      i++;
    } else if (parseEmbedAuthorLine(paragraphs[i])) {
      out.push(`<figure class="element-tweet"><blockquote class="twitter-tweet">${escapeHtml(paragraphs[i])}</blockquote></figure>`);
    } else {
      out.push(`<p dir="auto">${escapeHtml(paragraphs[i])}</p>`);
    }
  }
  return out.join('\n');
}

function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getUTCHours()).padStart(2, '0')}.${String(d.getUTCMinutes()).padStart(2, '0')} GMT`;
}

export function blockHtml(b: GuardianBlock, withId = true): string {
  const id = withId ? ` id="block-${b.id}"` : '';
  const byline = b.byline
    ? `<div class="dcr-byline"><div><img alt="${escapeHtml(b.byline)}" src="data:,"></div><span>${escapeHtml(b.byline)}</span></div>`
    : '';
  const footer = b.updatedAt
    ? `<footer><div>Updated at&nbsp;<time datetime="${b.updatedAt}">${clock(b.updatedAt)}</time></div><button>Share</button></footer>`
    : '<footer><button>Share</button></footer>';
  return `<article${id} class="block${b.pending ? ' pending' : ''}">
  <header>
    <div><a href="?page=with:block-${b.id}#block-${b.id}"><span><gu-island name="RelativeTime"><time datetime="${b.publishedAt}">${clock(b.publishedAt)}</time></gu-island></span><span>${clock(b.publishedAt)}</span></a></div>
    ${b.title ? `<h2>${escapeHtml(b.title)}</h2>` : ''}
    ${byline}
  </header>
  ${b.bodyHtml}
  ${footer}
</article>`;
}

export function guardianPage(o: GuardianPageOptions): string {
  const parts: string[] = [];
  o.blocks.forEach((b, i) => {
    parts.push(blockHtml(b));
    if (i % 4 === 1) parts.push(`<div class="ad-slot ad-slot--liveblog-inline" id="dfp-ad--inline${i}"><p>Advertisement</p></div>`);
    if (i === 2)
      parts.push(
        '<article><h2>Support our journalism</h2><p>We have a small favour to ask. Readers like you keep us independent.</p></article>',
      );
  });
  const ld =
    o.jsonLd === false
      ? ''
      : `<script type="application/ld+json">${JSON.stringify([
          {
            '@type': 'LiveBlogPosting',
            '@context': 'http://schema.org',
            '@id': o.url ?? 'https://www.theguardian.com/live',
            headline: o.title,
            liveBlogUpdate: o.blocks.map((b) => ({
              '@type': 'BlogPosting',
              '@id': b.id,
              headline: o.title,
              datePublished: o.blocks[o.blocks.length - 1]?.publishedAt,
              articleBody: b.bodyHtml.replace(/<[^>]+>/g, ' ').slice(0, 1000),
            })),
          },
        ]).replace(/</g, '\\u003c')}</script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(o.title)}</title>
${o.url ? `<link rel="canonical" href="${escapeHtml(o.url)}">` : ''}
${ld}
<style>body{font:17px/1.5 Georgia,serif;max-width:680px;margin:0 auto;padding:16px;color:#121212;background:#fff}
article.block{border-top:1px solid #dcdcdc;padding:8px 0 16px}article.block.pending{display:none}
header h2{font:700 20px/1.25 sans-serif;margin:4px 0}.ad-slot{background:#f6f6f6;color:#707070;font:12px sans-serif;padding:24px;text-align:center}
figure.element-tweet blockquote{border-left:3px solid #1d9bf0;margin:0;padding-left:12px;font-family:sans-serif}
figcaption{font:12px sans-serif;color:#707070}time{font:13px sans-serif;color:#707070}
/* The Guardian prints a post's time twice (a live island and a fallback for small screens); one shows. */
article.block header a>span+span{display:none}</style>
</head><body>
<main data-layout="LiveLayout"><h1>${escapeHtml(o.title)}</h1>
<div id="liveblog"><div id="liveblog-body" class="js-liveblog-body">
${o.pinFirst && o.blocks[0] ? `<div id="pinned-post">${blockHtml(o.blocks[0], false)}</div>` : ''}
<div id="top-of-blog"></div>
${parts.join('\n')}
</div><nav id="liveblog-navigation"><a href="?page=2">Older posts</a></nav></div></main>
${o.script ? `<script>${o.script}</script>` : ''}
</body></html>`;
}
