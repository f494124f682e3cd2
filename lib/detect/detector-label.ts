/** How the popup names the detector that found a page's posts: the adapter's own label, or a generic detector's. */
import { SITE_ABOUT } from './sites';
import type { DetectorName } from './types';

const GENERIC: Record<string, string> = {
  'json-ld': 'the page’s structured data (JSON-LD)',
  microdata: 'the page’s microdata',
  heuristic: 'the page’s layout (timestamped posts)',
};

export function detectorLabel(name: DetectorName): string {
  return SITE_ABOUT.find((a) => a.name === name)?.label ?? GENERIC[name] ?? name;
}
