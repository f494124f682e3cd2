/**
 * Site adapters in the order they are tried (most specific markup first), and what each says of
 * its outlet, in the same order (a test checks). Two lists, so that the page's script, which needs
 * only the adapters, does not carry the outlets' labels and hosts.
 */
import { bbc, bbcAbout } from './bbc';
import { guardian, guardianAbout } from './guardian';
import { guardianLegacy, guardianLegacyAbout } from './guardian-legacy';
import { reach, reachAbout } from './reach';
import { repubblica, repubblicaAbout } from './repubblica';
import type { AdapterAbout, SiteAdapter } from './site-adapter';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [guardian, guardianLegacy, reach, repubblica, bbc];
export const SITE_ABOUT: readonly AdapterAbout[] = [guardianAbout, guardianLegacyAbout, reachAbout, repubblicaAbout, bbcAbout];
