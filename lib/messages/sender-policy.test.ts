import { describe, expect, it } from 'vitest';
import { documentOf, refusal, senderKind } from './sender-policy';
import { parseWorkerRequest } from './worker-requests';
import { highlight as sampleHighlight } from '../../tests/support/highlights';

const BASE = 'chrome-extension://abcdef/';
const popup = { url: `${BASE}popup.html` };
const library = { url: `${BASE}library.html`, tab: { id: 4 } };
const page = { url: 'https://news.example/live/blog#block-3', tab: { id: 7 } };
const ask = (message: unknown, sender: { url?: string; tab?: { id?: number } }) => refusal(parseWorkerRequest(message), sender, BASE);

describe('sender policy', () => {
  it('tells extension pages from content scripts by address, not by tab', () => {
    expect(senderKind(popup, BASE)).toBe('extension');
    expect(senderKind(library, BASE)).toBe('extension');
    expect(senderKind(page, BASE)).toBe('page');
    expect(senderKind({ url: 'https://x.example/' }, BASE)).toBeNull();
    // A page whose address merely contains the extension's is still a page.
    expect(senderKind({ url: `https://evil.example/?${BASE}`, tab: { id: 1 } }, BASE)).toBe('page');
  });

  it.each([
    [
      'capture',
      {
        type: 'capture',
        page: { url: 'https://news.example/live/blog', canonicalUrl: null, title: 't', publisher: null, language: null, posts: [] },
      },
    ],
    ['disable a site', { type: 'disable-site', pattern: 'https://news.example/*' }],
    ['enable a site', { type: 'enable-site', pattern: 'https://evil.example/*' }],
    ['force a rebuild', { type: 'coverages-changed' }],
    ['list the sites', { type: 'user-sites' }],
    // A page must not learn what the reader follows, nor wipe or stop it.
    ['read what changed since the last visit of any tab', { type: 'visit-summary', tabId: 3 }],
    ['read the following settings', { type: 'follow-settings' }],
    ['turn following off', { type: 'set-follow-settings', settings: { enabled: false, offSites: [], retentionDays: 90 } }],
    ['forget every followed blog', { type: 'forget-blogs' }],
  ])('refuses a content script that asks to %s, and lets the extension’s pages', (_what, message) => {
    expect(ask(message, page)).toMatch(/not a call a page may make/);
    expect(ask(message, popup)).toBeNull();
  });

  it('lets a content script speak only for its own page', () => {
    expect(ask({ type: 'match-posts', posts: [] }, page)).toBeNull();
    expect(ask({ type: 'highlights-of-page', pageUrl: 'https://news.example/live/blog' }, page)).toBeNull();
    expect(ask({ type: 'highlights-of-page', pageUrl: 'https://bank.example/notes' }, page)).toMatch(/own page/);
    const mine = { ...sampleHighlight(), pageUrl: 'https://news.example/live/blog#block-9' };
    expect(ask({ type: 'highlight-save', highlight: mine }, page)).toBeNull();
    expect(ask({ type: 'highlight-save', highlight: { ...mine, pageUrl: 'https://other.example/' } }, page)).toMatch(/own page/);
    // The popup reads the highlights of the tab it opened on.
    expect(ask({ type: 'highlights-of-page', pageUrl: 'https://bank.example/notes' }, popup)).toBeNull();
  });

  it('refuses a sender it cannot place', () => {
    expect(ask({ type: 'match-posts', posts: [] }, {})).toBe('unknown sender');
  });

  it('compares pages without their fragment', () => {
    expect(documentOf('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
  });
});
