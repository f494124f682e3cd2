/**
 * A site adapter: one outlet's live-blog markup. Recognised by the markup itself (the same
 * template serves many hosts, saved pages and test servers), it names the container to watch and
 * reads each post: element, key hints, title, text, times, byline.
 */
import type { DetectorName, PostReading } from '../types';
import { elementKeyHints } from '../post-key';
import { textBlocks } from '../post-text';
import { normalize } from '../../text/normalize';

/**
 * Everything Backstory knows of one outlet's markup lives in its adapter's file: the reader below,
 * and what the popup and the manifest say of the outlet (`AdapterAbout`, a separate export so that
 * the page's script does not carry it). Adding an outlet is its file and its two entries in
 * `sites/index.ts`.
 */
export interface SiteAdapter {
  name: DetectorName;
  /** A selector that only this markup matches: the cheap first test run on every page. */
  signature: string;
  /** The container of the posts when this page carries the adapter's markup, else null. */
  container(doc: Document): Element | null;
  /** The post elements, in document order: cheap, so a page is located before it is read. */
  elements(container: Element): Element[];
  /** One post's reading: the costly part, done a few posts at a time. */
  read(el: Element): PostReading;
}

export interface AdapterAbout {
  name: DetectorName;
  /** Whose markup found the posts, as the popup names it ("found by The Guardian’s live-blog markup"): a name, in every language. */
  publisher: string;
  /** The outlet's older markup, where it has two. */
  markup?: 'older';
  /** The outlet's hosts, where the content script runs by default (lib/hosts/news-hosts.ts; subdomains included). */
  hosts: readonly string[];
}

export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Epoch milliseconds or seconds (as `data-*time` attributes carry them) to ISO. */
export function isoFromEpoch(value: string | null | undefined): string | null {
  if (!value || !/^\d{9,13}$/.test(value.trim())) return null;
  const n = Number(value);
  return new Date(n < 1e11 ? n * 1000 : n).toISOString();
}

export function textOf(el: Element | null | undefined): string | null {
  return el ? normalize(el.textContent ?? '') || null : null;
}

export interface PostParts {
  title?: Element | null;
  /** Elements inside the post that are not its text (meta lines, labels). */
  exclude?: (Element | null | undefined)[];
  publishedAt?: string | null;
  updatedAt?: string | null;
  byline?: (string | null | undefined)[];
  keyHints?: (string | null)[];
}

/** A post reading from the parts an adapter found. */
export function reading(el: Element, parts: PostParts): PostReading {
  const exclude = [parts.title, ...(parts.exclude ?? [])].filter((e): e is Element => !!e);
  return {
    element: el,
    keyHints: [...(parts.keyHints ?? []), ...elementKeyHints(el)],
    title: textOf(parts.title),
    paragraphs: textBlocks(el, exclude),
    publishedAt: parts.publishedAt ?? null,
    updatedAt: parts.updatedAt ?? null,
    byline: [...new Set((parts.byline ?? []).map((b) => normalize(b ?? '')).filter(Boolean))],
  };
}
