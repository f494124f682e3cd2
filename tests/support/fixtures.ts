/**
 * The shared real-page fixtures (`../shared/fixtures`, never committed here: they are other
 * publishers' pages). Absent on a clone elsewhere: tests that need them skip, saying why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { escapeHtml, guardianPage, type GuardianBlock } from '../../bin/lib/demo/guardian-page';

export const FIXTURES_DIR = process.env.BACKSTORY_FIXTURES ?? resolve(import.meta.dirname, '../../../shared/fixtures');
export const FIXTURES_ABSENT = existsSync(FIXTURES_DIR) ? null : `shared fixtures not found at ${FIXTURES_DIR}`;

export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

export function readFixture(name: string): string {
  const bytes = readFileSync(fixturePath(name));
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

interface FeElement {
  _type: string;
  html?: string;
  url?: string;
  media?: { allImages?: { url: string }[] };
  data?: { caption?: string; alt?: string };
  title?: string;
}

interface FeBlock {
  id: string;
  title?: string;
  elements: FeElement[];
  blockFirstPublished?: number;
  blockLastUpdated?: number;
  contributors?: { name: string }[];
}

interface FeArticle {
  headline: string;
  webURL?: string;
  canonicalUrl?: string;
  blocks: FeBlock[];
  linkedData?: unknown[];
}

/** The Guardian page data of the Mars-landing live blog, read as data (its import line dropped). */
export function marsArticle(): FeArticle {
  const source = readFixture('guardian-fe-mars-landing-live-2021-02-19.ts')
    .replace(/^import type[^\n]*\n/m, '')
    .replace(/export const Live\s*:\s*\w+\s*=/, 'return ');
  return new Function(source)() as FeArticle;
}

function elementHtml(e: FeElement): string {
  const kind = e._type.split('.').pop();
  switch (kind) {
    case 'TextBlockElement':
    case 'BlockquoteBlockElement':
    case 'TweetBlockElement':
      return e.html ?? '';
    case 'ImageBlockElement':
      return `<figure><img src="data:," alt="${escapeHtml(e.data?.alt ?? '')}"><figcaption>${escapeHtml(e.data?.caption ?? '')}</figcaption></figure>`;
    default:
      return `<figure><iframe title="${escapeHtml(e.title ?? 'video')}" src="about:blank"></iframe><figcaption>${escapeHtml(e.title ?? '')}</figcaption></figure>`;
  }
}

/** The Mars blog's blocks rendered to today's Guardian markup (live-blog-markup.md), with its JSON-LD. */
export function marsBlocks(): GuardianBlock[] {
  return marsArticle().blocks.map((b) => ({
    id: b.id,
    title: b.title || null,
    bodyHtml: b.elements.map(elementHtml).join('\n'),
    publishedAt: new Date(b.blockFirstPublished ?? 0).toISOString(),
    updatedAt: b.blockLastUpdated && b.blockLastUpdated !== b.blockFirstPublished ? new Date(b.blockLastUpdated).toISOString() : null,
    byline: b.contributors?.[0]?.name ?? null,
  }));
}

export function marsPageHtml(): string {
  const a = marsArticle();
  return guardianPage({ title: a.headline, url: a.webURL ?? a.canonicalUrl, blocks: marsBlocks(), pinFirst: true });
}
