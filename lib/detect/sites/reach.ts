/**
 * Reach plc titles (Mirror, Express, Daily Star, regional titles): Mirror-style
 * `div.live-event-entry[id][data-post-time=<ms>]` with `time`, `mark` (author or "KEY EVENT") and
 * `.entry-content h3`; Express-style `div.live-events__entry[id^=live-][data-sort-time=<s>]`.
 */
import { isoFromEpoch, reading, type AdapterAbout, type SiteAdapter } from './site-adapter';

const ENTRY = '.live-event-entry[id][data-post-time], .live-events__entry[id^="live-"][data-sort-time]';
export const REACH_SIGNATURE = ENTRY;
const LABELS = /^(?:key event|pinned|breaking|update)$/i;

export const reach: SiteAdapter = {
  name: 'reach',
  signature: REACH_SIGNATURE,
  container: (doc) => doc.querySelector(ENTRY)?.parentElement ?? null,
  elements: (container) => [...container.querySelectorAll(`:scope > :is(${ENTRY})`)],
  read: (el) => {
    const info = el.querySelector('.entry-info, .live-events__entry-info, header');
    const marks = [...el.querySelectorAll('.entry-info mark, .live-events__author, [rel="author"]')].map(
      (m) => m.textContent?.trim() ?? '',
    );
    return reading(el, {
      title: el.querySelector('.entry-content h3, .entry-content h2, .live-events__entry-title, h3'),
      exclude: [info],
      publishedAt: isoFromEpoch(el.getAttribute('data-post-time') ?? el.getAttribute('data-sort-time')),
      updatedAt: isoFromEpoch(el.getAttribute('data-last-modified-time')),
      byline: marks.filter((m) => m && !LABELS.test(m)),
    });
  },
};

/** What the popup and the manifest know of this outlet (kept apart: the page's script never loads it). */
export const reachAbout: AdapterAbout = {
  name: 'reach',
  publisher: 'Reach (Mirror, Express …)',
  hosts: [
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
  ],
};
