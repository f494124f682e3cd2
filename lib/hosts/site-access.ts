/**
 * Which sites Backstory runs on: the default news hosts (granted at install), and any other site
 * the reader turns it on for from the popup (an optional host permission, asked for then).
 */
import { NEWS_HOSTS } from './news-hosts';

/** The match pattern for a page's site ("https://example.com/*"), or null for pages no extension may run on. */
export function sitePattern(url: string | undefined | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** Is this page on one of the default news hosts (or their subdomains)? */
export function isDefaultSite(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return NEWS_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
}

/** The id under which the content script is registered for a site the reader turned on. */
export function scriptId(pattern: string): string {
  return `site:${pattern}`;
}
