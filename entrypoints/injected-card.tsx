/**
 * The card, loaded into a page's content-script world on first use (the worker injects it when a
 * reader first opens a card), so the page-load script carries no Preact. It registers itself in
 * the content-script world it joins (lib/page/world.ts).
 */
import { render } from 'preact';
import { Card, type CardProps } from '../components/Card';
import { CARD_CSS } from '../components/chip-styles';
import { registerModule } from '../lib/page/world';

export interface CardModule {
  render(mount: Element, props: CardProps): void;
  unmount(mount: Element): void;
}

export default defineUnlistedScript(() => {
  registerModule<CardModule>('card', {
    render(mount, props) {
      const root = mount.getRootNode();
      // The card's styles join the shadow root once, with the first card drawn in it.
      if (root.nodeType === 11 && !(root as ShadowRoot).querySelector('style[data-card]')) {
        const style = mount.ownerDocument.createElement('style');
        style.setAttribute('data-card', '');
        style.textContent = CARD_CSS;
        (root as ShadowRoot).prepend(style);
      }
      render(<Card {...props} />, mount);
    },
    unmount(mount) {
      render(null, mount);
    },
  });
});
