/**
 * The cheap test every page on a news host gets before anything else of Backstory is loaded:
 * known markup, a LiveBlogPosting in JSON-LD, or enough timestamps for the heuristic to be worth
 * running. Most pages stop here, so this module imports the adapters' signatures only, never the
 * adapters (the content script that carries it is on every article; the rest comes on live blogs).
 */
import { BBC_SIGNATURE } from './sites/bbc';
import { GUARDIAN_SIGNATURE } from './sites/guardian';
import { GUARDIAN_LEGACY_SIGNATURE } from './sites/guardian-legacy';
import { REACH_SIGNATURE } from './sites/reach';
import { REPUBBLICA_SIGNATURE } from './sites/repubblica';
import { MICRODATA_SIGNATURE } from './microdata';

export const LD_SELECTOR = 'script[type="application/ld+json"]';
/** Every site adapter's signature, and microdata's (a test checks none is missing). */
export const SIGNATURES = [
  GUARDIAN_SIGNATURE,
  GUARDIAN_LEGACY_SIGNATURE,
  REACH_SIGNATURE,
  REPUBBLICA_SIGNATURE,
  BBC_SIGNATURE,
  MICRODATA_SIGNATURE,
];
const ANY_SIGNATURE = SIGNATURES.join(', ');
const LIVE_WORDS = /live|ticker|diretta|en direct|en-direct|en vivo|en-vivo|as it happened|minute by minute/i;

export function mayBeLiveBlog(doc: Document): boolean {
  if (doc.querySelector(ANY_SIGNATURE)) return true;
  for (const s of doc.querySelectorAll(LD_SELECTOR)) if ((s.textContent ?? '').includes('LiveBlogPosting')) return true;
  if (doc.querySelectorAll('time').length >= 3) return true;
  // Unknown live pages say so in their address, title or headline.
  const said = `${doc.location?.pathname ?? ''} ${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  return LIVE_WORDS.test(said);
}
