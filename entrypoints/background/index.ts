/**
 * The worker: seeds the shipped coverage into IndexedDB, keeps one live match index (live-index.ts),
 * follows the blogs the reader opens (following.ts), and answers the content scripts and the
 * extension's pages. Every message is checked for its shape (worker-requests.ts) and for who may
 * send it (sender-policy.ts), and every answer is a `Result`.
 */
import { browser } from 'wxt/browser';
import shippedPack from 'virtual:backstory-shipped-pack';
import type { Analyzer } from '../../lib/analysis/analyzer';
import { answerAllWith, answerPosts } from '../../lib/analysis/answer-posts';
import { readPack } from '../../lib/packs/pack-format';
import { SHIPPED_COVERAGE_META } from '../../lib/coverage/shipped';
import type { Result, WorkerCall, WorkerCalls } from '../../lib/messages/protocol';
import { parseWorkerRequest, ProtocolError, type ArrivedRequest } from '../../lib/messages/worker-requests';
import { documentOf, pageOf, refusal, type Sender } from '../../lib/messages/sender-policy';
import { BackstoryDB } from '../../lib/store/db';
import { seedCoverage } from '../../lib/store/coverage-store';
import { removeAbandonedImports } from '../../lib/store/pack-import';
import type { Standing } from '../../lib/visits/visit-tracker';
import { wireFollowing } from './following';
import { wireLiveIndex } from './live-index';
import { disableSite, enableSite, restoreUserSites, userSites } from './sites';
import {
  deleteHighlight,
  deleteHighlightOfPage,
  highlightsOfPage,
  saveHighlight,
  saveHighlightOfPage,
} from '../../lib/store/highlight-store';
import { wireHighlightTriggers } from './highlight-triggers';
import { capturePage } from '../../lib/store/capture-store';
import { toolbarTitle } from '../../components/toolbar-title';
import { libraryUrl, readerUrl } from '../../lib/messages/extension-pages';
import { because } from '../../lib/messages/reasons';

/** One handler per call; `fromPage` is the asking content script's page, null for the extension's own pages. */
type Handlers = {
  [K in WorkerCall]: (
    request: Extract<ArrivedRequest, { type: K }>,
    sender: Sender & { frameId?: number },
    fromPage: string | null,
  ) => Promise<WorkerCalls[K]['reply']>;
};

export default defineBackground(() => {
  const db = new BackstoryDB();
  const seeded = seedCoverage(db, SHIPPED_COVERAGE_META.id, shippedPack, readPack)
    .then((changed) => {
      if (changed) index.reset();
    })
    .catch((e) => console.error('Backstory: could not store the shipped coverage', e));
  const index = wireLiveIndex(db, seeded);
  const getAnalyzer = index.get;
  void removeAbandonedImports(db).catch((e) => console.warn('Backstory: could not clear an abandoned import', e));

  const following = wireFollowing(
    db,
    () => index.sync(),
    async (posts) => {
      const m = await getAnalyzer();
      await m.readForVerdicts(posts);
      return (post) => m.verdict(post).status !== 'unindexed';
    },
  );

  wireHighlightTriggers();
  void restoreUserSites().catch((e) => console.warn('Backstory: could not restore the sites you turned on', e));

  const action = browser.action ?? browser.browserAction;
  const extensionBase = browser.runtime.getURL('/');
  const tabOf = (sender: Sender) => {
    if (sender.tab?.id === undefined) throw new Error('this call needs a tab');
    return sender.tab.id;
  };
  const openTab = async (url: string) => void (await browser.tabs.create({ url }));

  const handlers: Handlers = {
    'match-posts': async (request, sender, fromPage) => {
      // The blog's last visit, if it has just ended (a reload), is in the index before this one is matched.
      if (fromPage !== null) await following.settled(fromPage);
      let current: Analyzer;
      try {
        current = await getAnalyzer();
      } catch (e) {
        return answerAllWith(request.posts, because('indexUnopened', (e as Error).message));
      }
      const posts = request.posts.flatMap((a) => ('post' in a ? [a.post] : []));
      try {
        await index.readFor(current, posts, request.wait);
      } catch (e) {
        return answerAllWith(request.posts, because('textsUnread', (e as Error).message));
      }
      const verdicts = answerPosts(current, request.posts, { wait: request.wait });
      index.used(current);
      // A content script's posts are a visit of the blog it shows: each post says what changed since
      // the last one. A second ask for details (`wait`) repeats posts the visit already holds.
      if (fromPage !== null && sender.tab?.id !== undefined) {
        const standings = await following
          .observe(sender.tab.id, { url: fromPage, title: sender.tab.title }, posts, request.wait)
          .catch((e): Map<string, Standing> => {
            console.warn('Backstory: could not record this visit', e);
            return new Map();
          });
        for (const v of verdicts) {
          const s = standings.get(v.key);
          if (!s) continue;
          v.sinceLastVisit = s.since;
          if (s.versions && v.details) v.details.versions = s.versions;
        }
      }
      return verdicts;
    },
    'load-module': async (request, sender) => {
      // The annotator (on a page that may be a live blog), the card's or highlighting's code joins
      // the asking frame's content-script world on first use only.
      const file = (
        {
          annotator: '/injected-annotator.js',
          card: '/injected-card.js',
          highlights: '/injected-highlights.js',
          heuristic: '/injected-heuristic.js',
        } as const
      )[request.module];
      await browser.scripting.executeScript({ target: { tabId: tabOf(sender), frameIds: [sender.frameId ?? 0] }, files: [file] });
      return true;
    },
    'highlight-save': async (request, _sender, fromPage) => {
      if (fromPage === null) await saveHighlight(db, request.highlight);
      else if (!(await saveHighlightOfPage(db, request.highlight, fromPage, documentOf)))
        throw new Error('that highlight belongs to another page');
      return true;
    },
    'highlight-delete': async (request, _sender, fromPage) => {
      if (fromPage === null) await deleteHighlight(db, request.id);
      else if (!(await deleteHighlightOfPage(db, request.id, fromPage, documentOf))) throw new Error('no such highlight on this page');
      return true;
    },
    'highlights-of-page': (request) => highlightsOfPage(db, request.pageUrl),
    'open-library': (request) => openTab(libraryUrl(extensionBase, request.highlightId)).then(() => true),
    'open-reader': (request) => openTab(readerUrl(extensionBase, request.postId)).then(() => true),
    capture: async (request) => {
      const result = await capturePage(db, request.page);
      // The captured posts join the live index; nothing is rebuilt.
      await index.sync();
      return result;
    },
    'enable-site': async (request) => {
      await enableSite(request.pattern, request.tabId);
      return true;
    },
    'disable-site': async (request) => {
      await disableSite(request.pattern);
      return true;
    },
    'user-sites': () => userSites(),
    'coverages-changed': async () => {
      // The Library imported or deleted a coverage: an import is appended, a deletion rebuilds at next use.
      await index.sync();
      return true;
    },
    'removed-posts': async (request) => (await getAnalyzer()).removedBetween(request.covered),
    'visit-summary': (request) => following.summary(request.tabId),
    'follow-settings': () => following.settings(),
    'set-follow-settings': (request) => following.setSettings(request.settings).then(() => true as const),
    'forget-blogs': (request) => following.forget(request.blogIds),
    'page-summary': async (request, sender) => {
      const tabId = tabOf(sender);
      await action.setBadgeText({ tabId, text: request.matched ? String(request.matched) : '' });
      await action.setTitle({ tabId, title: toolbarTitle(request.matched, request.total) });
      return true;
    },
  };

  browser.runtime.onMessage.addListener(async (raw: unknown, sender): Promise<Result<unknown>> => {
    let request: ArrivedRequest;
    try {
      request = parseWorkerRequest(raw);
    } catch (e) {
      if (e instanceof ProtocolError) return { ok: false, error: `Backstory could not read that request (${e.message}).` };
      throw e;
    }
    const refused = refusal(request, sender, extensionBase);
    if (refused) return { ok: false, error: `Refused: ${refused}.` };
    const fromPage = pageOf(sender, extensionBase);
    try {
      // The handler is the one for this request's type (TypeScript cannot follow that through the union).
      const handler = handlers[request.type] as (r: ArrivedRequest, s: typeof sender, p: string | null) => Promise<unknown>;
      return { ok: true, value: await handler(request, sender, fromPage) };
    } catch (e) {
      return { ok: false, error: String((e as Error)?.message ?? e) };
    }
  });
});
