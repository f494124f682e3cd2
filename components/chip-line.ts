/**
 * The one line a post shows inline: its status chip (a button that opens the card) and a few
 * summary chips. Plain DOM rather than Preact: it is drawn on every post of every live blog at
 * page load, where every kilobyte counts; the card, in Preact, loads when first opened.
 */
import type { ChipView } from '../lib/page/annotator';
import { byReader } from '../lib/dom/by-reader';
import { summaryChips } from './chip-summary';
import { reasonShown, sinceLabel, STATUS_ICON, statusLabel } from './status-labels';
import { t, uiDirection, uiLanguage } from '../lib/i18n/t';

export interface CardOpener {
  /** Draws the card for `view` into `mount`; `close` is what Esc or a second click does. */
  open(mount: Element, view: ChipView, close: () => void): void | Promise<void>;
  close(mount: Element): void;
  /** A hint that a card may be opened soon (pointer over, or focus on, a chip). */
  preload?(): void;
}

interface State {
  open: boolean;
  openRequest: number;
  view: ChipView;
}

const states = new WeakMap<Element, State>();

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderChipLine(mount: Element, view: ChipView, card: CardOpener): void {
  const doc = mount.ownerDocument;
  const state = states.get(mount) ?? { open: false, openRequest: 0, view };
  states.set(mount, state);
  state.view = view;
  const chips = summaryChips(view.details);
  // A followed blog stays calm: a post unchanged since the last visit speaks only when it has something to say.
  if (view.quiet || (view.since === 'unchanged' && !chips.length && view.status !== 'error')) {
    if (state.open) card.close(mount.querySelector('.card-mount') ?? mount);
    state.open = false;
    mount.replaceChildren();
    return;
  }
  if (view.openRequest > state.openRequest) state.open = true;
  state.openRequest = view.openRequest;

  const since = view.since === 'new' || view.since === 'changed' ? view.since : null;
  const label = since
    ? sinceLabel(since)
    : view.status === 'error' && view.reason
      ? `${statusLabel('error')}: ${reasonShown(view.reason, view.why)}`
      : statusLabel(view.status);
  let root = mount.querySelector(':scope > .bs');
  if (!root) {
    root = el(doc, 'div', 'bs');
    // Our words are in the UI's language and direction, whatever the page's.
    root.setAttribute('lang', uiLanguage());
    root.setAttribute('dir', uiDirection());
    root.append(el(doc, 'div', 'chips'), el(doc, 'div', 'card-mount'));
    mount.replaceChildren(root);
  }
  const line = root.querySelector('.chips')!;
  const cardMount = root.querySelector('.card-mount')!;
  const chip = el(doc, 'button', `chip s-${since ?? view.status}`);
  chip.type = 'button';
  chip.setAttribute('aria-expanded', String(state.open));
  chip.setAttribute('aria-label', t('chipAriaPrefix', `${label}${chips.length ? `; ${chips.map((c) => c.label).join(', ')}` : ''}`));
  const icon = el(doc, 'span', '', since ? '●' : STATUS_ICON[view.status]);
  icon.setAttribute('aria-hidden', 'true');
  chip.append(icon, el(doc, 'span', '', label));
  const close = () => {
    state.open = false;
    card.close(cardMount);
    const current = line.querySelector('button.chip') as HTMLButtonElement | null;
    current?.setAttribute('aria-expanded', 'false');
    current?.focus();
  };
  chip.addEventListener('click', (e) => {
    if (!byReader(e)) return;
    if (state.open) return close();
    state.open = true;
    chip.setAttribute('aria-expanded', 'true');
    void card.open(cardMount, state.view, close);
  });
  if (card.preload) {
    chip.addEventListener('pointerenter', card.preload, { once: true });
    chip.addEventListener('focus', card.preload, { once: true });
  }
  const minis = chips.map((c) => {
    const m = el(doc, 'span', `mini k-${c.kind}`, c.label);
    m.setAttribute('aria-hidden', 'true');
    return m;
  });
  const hadFocus = line.contains(doc.activeElement) || (mount.getRootNode() as ShadowRoot).activeElement?.classList?.contains('chip');
  line.replaceChildren(chip, ...minis);
  if (hadFocus) chip.focus({ preventScroll: true });
  if (state.open) void card.open(cardMount, view, close);
}
