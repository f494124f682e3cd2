import { describe, expect, it } from 'vitest';
import { isDefaultSite, scriptId, sitePattern } from './site-access';

describe('site access', () => {
  it('makes a match pattern for http(s) pages only', () => {
    expect(sitePattern('https://www.example.com/live/2024?x=1#y')).toBe('https://www.example.com/*');
    expect(sitePattern('http://127.0.0.2:8080/page')).toBe('http://127.0.0.2/*');
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('about:blank')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
    expect(sitePattern(undefined)).toBeNull();
  });

  it('knows the default news hosts, subdomains included, and nothing that only ends like them', () => {
    expect(isDefaultSite('https://www.theguardian.com/world/live/x')).toBe(true);
    expect(isDefaultSite('https://edition.cnn.com/live')).toBe(true);
    expect(isDefaultSite('https://nottheguardian.com/')).toBe(false);
    expect(isDefaultSite('https://example.org/')).toBe(false);
  });

  it('names registrations by site', () => {
    expect(scriptId('https://example.com/*')).toBe('site:https://example.com/*');
  });
});
