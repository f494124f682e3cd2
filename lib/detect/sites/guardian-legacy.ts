/**
 * Legacy, AMP and archived Guardian live blogs: `div.block[id^="block-"]` with `.block-time
 * time[datetime]`, `.block-title`, `.block-elements` and `data-block-contributor`.
 */
import { isoOrNull, reading, type AdapterAbout, type SiteAdapter } from './site-adapter';

const BLOCKS = '.block[id^="block-"]';
export const GUARDIAN_LEGACY_SIGNATURE = `${BLOCKS} .block-elements`;

export const guardianLegacy: SiteAdapter = {
  name: 'guardian-legacy',
  signature: GUARDIAN_LEGACY_SIGNATURE,
  container: (doc) => {
    const first = doc.querySelector(`${GUARDIAN_LEGACY_SIGNATURE}, ${BLOCKS}[itemprop="liveBlogUpdate"]`)?.closest(BLOCKS);
    return first?.parentElement ?? null;
  },
  elements: (container) => [...container.querySelectorAll(`:scope > ${BLOCKS}`)],
  read: (el) => {
    const time = el.querySelector('.block-time time[datetime], time[datetime]');
    return reading(el, {
      title: el.querySelector('.block-title'),
      exclude: [el.querySelector('.block-time'), el.querySelector('.block-footer'), el.querySelector('.block-share')],
      publishedAt: isoOrNull(time?.getAttribute('datetime')),
      updatedAt: isoOrNull(el.querySelector('.block-footer time[datetime], .updated-time time[datetime]')?.getAttribute('datetime')),
      byline: [el.getAttribute('data-block-contributor')],
    });
  },
};

/** What the popup and the manifest know of this outlet (kept apart: the page's script never loads it). */
export const guardianLegacyAbout: AdapterAbout = {
  name: 'guardian-legacy',
  publisher: 'The Guardian',
  markup: 'older',
  hosts: [] /* served from the hosts of `guardian` */,
};
