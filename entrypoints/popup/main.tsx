/** Popup wiring: finds the tab (the active one, or `?tab=<id>` when opened as a page in tests). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CHIP_CSS, CARD_CSS } from '../../components/chip-styles';
import { Popup, type PopupModel } from '../../components/Popup';
import type { PageHighlights } from '../../components/PopupHighlights';
import { download } from '../../components/export-files';
import type { HighlightState } from '../../lib/page/highlighter';
import type { HighlightRequest, TabRequest } from '../../lib/messages/protocol';
import type { PageState } from '../../lib/types/post';
import { callWorker } from '../../lib/messages/call-worker';
import type { CapturedPage } from '../../lib/capture/capture';
import { captureNotice } from '../../components/capture-notice';
import { createStore } from '../../components/store';
import { isDefaultSite, sitePattern } from '../../lib/hosts/site-access';
import { withSite } from '../../lib/visits/follow-settings';
import { unwrapAnswer } from '../../lib/page/answer-requests';
import { pageInUiLanguage, t } from '../../lib/i18n/t';

const app = document.getElementById('app')!;
pageInUiLanguage(document);
// The popup shows the same chips and cards as the page: one style sheet for both.
document.head.append(Object.assign(document.createElement('style'), { textContent: CHIP_CSS + CARD_CSS }));

async function targetTab(): Promise<{ id?: number; url?: string }> {
  const given = new URLSearchParams(location.search).get('tab');
  if (given && /^\d+$/.test(given)) return browser.tabs.get(Number(given)).catch(() => ({ id: Number(given) }));
  // activeTab lets the popup see the address of the page it was opened on.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? {};
}

const send = (message: unknown) => browser.runtime.sendMessage(message);

interface PopupState {
  model: PopupModel;
  /** What the last action did, shown until the popup closes. */
  notice?: string;
}

const store = createStore<PopupState>({ model: { kind: 'loading' } });

async function start() {
  const tab = await targetTab();
  const tabId = tab.id;
  const pattern = sitePattern(tab.url);
  const ask = async (request: TabRequest) => unwrapAnswer(await browser.tabs.sendMessage(tabId!, request));
  const show = (model: PopupModel) => store.set({ model });

  /** Reads the page's state again; says whether any post is still being checked. */
  /** `full`: also the page's highlights and removed posts (the rest of a page still being checked can wait). */
  const refresh = async (full = true): Promise<boolean> => {
    if (tabId === undefined) {
      show({ kind: 'not-running', message: t('popupNoPage') });
      return false;
    }
    let state: PageState | undefined;
    try {
      state = (await ask({ type: 'get-page-state' })) as PageState | undefined;
    } catch {
      state = undefined;
    }
    if (!state) {
      // No content script answered: not a site we run on, or a page the browser protects.
      const offer = pattern && !isDefaultSite(tab.url) ? pattern : undefined;
      show({
        kind: 'not-running',
        message: offer ? t('popupNotOnSiteYet') : t('popupNotOnPage'),
        offer,
      });
      return false;
    }
    const { notice } = store.get();
    const userSite = pattern && (await callWorker(send, 'user-sites').catch((): string[] => [])).includes(pattern) ? pattern : undefined;
    show({ kind: 'page', state, userSite, notice });
    const pending = state.posts.some((p) => p.status === 'pending');
    if (!full && pending) return true;
    const highlights = await pageHighlights(state.url, tabId);
    const covered = state.posts.flatMap((p) => p.details?.covers ?? []);
    const removed = covered.length < 2 ? [] : await callWorker(send, 'removed-posts', { covered }).catch(() => []);
    const visit = (await callWorker(send, 'visit-summary', { tabId }).catch(() => null)) ?? undefined;
    show({ kind: 'page', state, userSite, highlights, removed, notice, visit });
    return pending;
  };

  /** A page Backstory has just started on: read it again until its posts are checked (a few seconds at most). */
  const refreshUntilChecked = async () => {
    for (let tries = 0; await refresh(false); tries++) {
      // Still being checked after ten seconds: show what there is, highlights included.
      if (tries === 40) return void (await refresh());
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  const draw = ({ model }: PopupState) =>
    render(
      <Popup
        model={model}
        onSelect={(key) => void ask({ type: 'scroll-to-post', key, open: true })}
        onOpenPost={(postId) => void callWorker(send, 'open-reader', { postId })}
        onReveal={async () => show({ kind: 'page', state: (await ask({ type: 'reveal-annotations' })) as PageState })}
        onEnableSite={(p) => {
          // Firefox grants only from within the click itself: ask first, before anything awaits.
          void browser.permissions.request({ origins: [p] }).then(async (granted) => {
            if (!granted) return show({ kind: 'not-running', message: t('popupNotGranted'), offer: p });
            await callWorker(send, 'enable-site', { pattern: p, ...(tabId === undefined ? {} : { tabId }) });
            await refreshUntilChecked();
          });
        }}
        onExport={download}
        onCapture={async () => {
          try {
            // The page's answer goes to the worker as it came: the worker checks it like any message.
            const page = await ask({ type: 'capture-page' });
            const r = await callWorker(send, 'capture', { page: page as CapturedPage });
            // Resolves once the page has every post's new verdict.
            await ask({ type: 'rematch' });
            store.set({ notice: captureNotice(r) });
            // Captured blogs are the reader's own work: keep the browser from evicting them.
            void navigator.storage?.persist?.().catch(() => {});
          } catch (e) {
            store.set({ notice: t('captureFailed', (e as Error).message) });
          }
          await refresh();
        }}
        onFollow={async (change) => {
          const site = (store.get().model as { visit?: { site: string } }).visit?.site;
          let settings = await callWorker(send, 'follow-settings');
          if (change.enabled !== undefined) settings = { ...settings, enabled: change.enabled };
          if (change.site !== undefined && site) settings = withSite(settings, site, change.site);
          await callWorker(send, 'set-follow-settings', { settings });
          await refresh();
        }}
        onOpenLibrary={(highlightId) => void callWorker(send, 'open-library', highlightId ? { highlightId } : {})}
        onDisableSite={async (p) => {
          await callWorker(send, 'disable-site', { pattern: p });
          show({ kind: 'not-running', message: t('popupStopped') });
        }}
      />,
      app,
    );
  store.subscribe(draw);
  draw(store.get());
  await refresh();
}

/** The page's highlights from storage, and which of them the page could not find again. */
async function pageHighlights(pageUrl: string, tabId: number): Promise<PageHighlights> {
  const all = await callWorker(send, 'highlights-of-page', { pageUrl }).catch(() => []);
  let unattached: string[] = [];
  try {
    const s = (await browser.tabs.sendMessage(tabId, { type: 'get-highlights' } satisfies HighlightRequest)) as HighlightState | undefined;
    unattached = s?.unattached.map((h) => h.id) ?? [];
  } catch {
    // Highlighting is not loaded in the page: nothing was drawn, nothing found missing.
  }
  return { all, unattached };
}

void start();
