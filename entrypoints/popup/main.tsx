/** Popup wiring: finds the tab (the active one, or `?tab=<id>` when opened as a page in tests). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BADGE_CSS, CARD_CSS } from '../../components/badge-styles';
import { Popup, type PopupModel } from '../../components/Popup';
import type { RemovedPost } from '../../lib/annotate/removed-posts';
import type { PageState, TabRequest, WorkerRequest } from '../../lib/messages/protocol';

const app = document.getElementById('app')!;
// The popup shows the same chips and cards as the page: one style sheet for both.
document.head.append(Object.assign(document.createElement('style'), { textContent: BADGE_CSS + CARD_CSS }));

async function targetTab(): Promise<number | undefined> {
  const given = new URLSearchParams(location.search).get('tab');
  if (given && /^\d+$/.test(given)) return Number(given);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main() {
  const tabId = await targetTab();
  const ask = (request: TabRequest) => browser.tabs.sendMessage(tabId!, request);
  const show = (model: PopupModel) =>
    render(
      <Popup
        model={model}
        onSelect={(key) => void ask({ type: 'scroll-to-post', key, open: true })}
        onOpenPost={(postId) => void browser.runtime.sendMessage({ type: 'open-reader', postId } satisfies WorkerRequest)}
        onReveal={async () => show({ kind: 'page', state: (await ask({ type: 'reveal-annotations' })) as PageState })}
      />,
      app,
    );
  show({ kind: 'loading' });
  if (tabId === undefined) return show({ kind: 'not-running', message: 'No page to read in this window.' });
  let state: PageState | undefined;
  try {
    state = (await ask({ type: 'get-page-state' })) as PageState | undefined;
  } catch {
    state = undefined;
  }
  if (!state) {
    // No content script answered: not a news site we run on, or a page the browser protects.
    return show({ kind: 'not-running', message: 'Backstory does not run on this page. It reads live blogs on the news sites listed in its settings.' });
  }
  show({ kind: 'page', state });
  const covered = state.posts.flatMap((p) => p.details?.covers ?? []);
  if (covered.length < 2) return;
  const removed = (await browser.runtime.sendMessage({ type: 'removed-posts', covered } satisfies WorkerRequest)) as RemovedPost[];
  if (Array.isArray(removed) && removed.length) show({ kind: 'page', state, removed });
}

void main();
