/**
 * A polite live region for screen readers, in its own `<backstory-announcer>` host (docs/contracts.md
 * §1 allows custom elements named backstory-*). Created on first use only.
 */
import { markOurs } from '../dom/our-elements';

export function createAnnouncer(doc: Document): (message: string) => void {
  const host = markOurs(doc.createElement('backstory-announcer'));
  const root = host.attachShadow({ mode: 'open' });
  const region = doc.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('style', 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap');
  root.append(region);
  doc.body.append(host);
  return (message) => {
    region.textContent = message;
  };
}
