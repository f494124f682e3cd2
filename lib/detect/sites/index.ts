/** Site adapters in the order they are tried: most specific markup first. */
import { bbc } from './bbc';
import { guardian } from './guardian';
import { guardianLegacy } from './guardian-legacy';
import { reach } from './reach';
import { repubblica } from './repubblica';
import type { SiteAdapter } from './site-adapter';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [guardian, guardianLegacy, reach, repubblica, bbc];
