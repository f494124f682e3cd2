import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { SIGNATURES, mayBeLiveBlog } from './may-be-live-blog';
import { SITE_ADAPTERS } from './sites';
import { MICRODATA_SIGNATURE } from './microdata';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('the check every page gets', () => {
  it('knows every site adapter’s signature, and microdata’s', () => {
    expect(SIGNATURES).toEqual([...SITE_ADAPTERS.map((a) => a.signature), MICRODATA_SIGNATURE]);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.name, a.signature] as const))('finds %s markup', (_name, signature) => {
    // The simplest element each signature matches, inside an otherwise empty page.
    const html = signature
      .split(',')[0]
      .trim()
      .split(/\s+/)
      .reduceRight((inner, sel) => {
        const tag = /^[a-z]+/.exec(sel)?.[0] ?? 'div';
        const id = /#([\w-]+)/.exec(sel)?.[1];
        const classes = [...sel.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
        const attrs = [...sel.matchAll(/\[([\w-]+)(?:[~^]?="([^"]*)")?\]/g)].map(([, k, v]) => ` ${k}="${v ?? '1'}"`).join('');
        return `<${tag}${id ? ` id="${id}"` : ''}${classes.length ? ` class="${classes.join(' ')}"` : ''}${attrs}>${inner}</${tag}>`;
      }, 'text');
    const d = doc(`<html><body>${html}</body></html>`);
    expect(d.querySelector(signature)).not.toBeNull();
    expect(mayBeLiveBlog(d)).toBe(true);
  });

  it('finds a LiveBlogPosting in JSON-LD, and live words in the title', () => {
    expect(
      mayBeLiveBlog(doc('<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting"}</script></head><body></body></html>')),
    ).toBe(true);
    expect(mayBeLiveBlog(doc('<html><head><title>Election night – as it happened</title></head><body></body></html>'))).toBe(true);
  });

  it('rules out an ordinary article', () => {
    expect(mayBeLiveBlog(doc('<html><head><title>A review</title></head><body><h1>A review</h1><time>1 May</time></body></html>'))).toBe(
      false,
    );
  });
});
