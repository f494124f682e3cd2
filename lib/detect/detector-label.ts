/** How the popup names the detector that found a page's posts, in the UI's language: the outlet's markup, or a generic detector. */
import { t, type MessageKey } from '../i18n/t';
import { SITE_ABOUT } from './sites';
import type { DetectorName } from './types';

const GENERIC: Record<string, MessageKey> = {
  'json-ld': 'detectorJsonLd',
  microdata: 'detectorMicrodata',
  heuristic: 'detectorHeuristic',
};

export function detectorLabel(name: DetectorName): string {
  const site = SITE_ABOUT.find((a) => a.name === name);
  if (site) return t(site.markup === 'older' ? 'detectorSiteOlder' : 'detectorSite', site.publisher);
  return GENERIC[name] ? t(GENERIC[name]) : name;
}
