/**
 * The worker: seeds the shipped coverage into IndexedDB, keeps one match index per worker start
 * (rebuilt from IndexedDB at a cold start), and answers the content scripts and pages.
 */
import { browser } from 'wxt/browser';
import shippedPack from 'virtual:backstory-shipped-pack';
import { Matcher } from '../../lib/annotate/matcher';
import { readPack } from '../../lib/packs/pack-format';
import { SHIPPED_COVERAGE_META } from '../../lib/coverage/shipped';
import { parseWorkerRequest, ProtocolError, type PostVerdict } from '../../lib/messages/protocol';
import { BackstoryDB } from '../../lib/store/db';
import { seedCoverage } from '../../lib/store/coverage-store';
import { loadIndexSource, storeIndexSnapshot } from '../../lib/store/index-store';
import { disableSite, enableSite, restoreUserSites, userSites } from './sites';
import { deleteHighlight, highlightsOfPage, saveHighlight } from '../../lib/store/highlight-store';
import { wireHighlightTriggers } from './highlight-triggers';
import { capturePage } from '../../lib/store/capture-store';

/** How long a verdict answer may spend on details before leaving the rest for a second answer. */
const DETAILS_BUDGET_MS = 100;

export default defineBackground(() => {
  const db = new BackstoryDB();
  let matcher: Promise<Matcher> | null = null;

  const seeded = seedCoverage(db, SHIPPED_COVERAGE_META.id, shippedPack, readPack)
    .then((changed) => {
      if (changed) matcher = null;
    })
    .catch((e) => console.error('Backstory: could not store the shipped coverage', e));

  // The stored index is used when it was built from the coverages as they are; else it is rebuilt
  // here and stored for the next start (not awaited: the page's verdicts do not wait for the write).
  const loadMatcher = async () => {
    const t0 = performance.now();
    const source = await loadIndexSource(db);
    const m = new Matcher(source.coverages, source.snapshot);
    performance.measure(m.rebuilt ? 'backstory:index-build' : 'backstory:index-load', { start: t0 });
    if (m.rebuilt) void storeIndexSnapshot(db, source.stamp, m.snapshot()).catch((e) => console.warn('Backstory: could not store the index', e));
    return m;
  };
  const getMatcher = () =>
    (matcher ??= seeded.then(loadMatcher).catch((e) => {
      matcher = null;
      throw e;
    }));

  wireHighlightTriggers();
  void restoreUserSites().catch((e) => console.warn('Backstory: could not restore the sites you turned on', e));

  // Eviction under storage pressure would silently drop researchers' work.
  void navigator.storage?.persist?.().catch(() => {});

  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener(async (raw: unknown, sender) => {
    let request;
    try {
      request = parseWorkerRequest(raw);
    } catch (e) {
      if (e instanceof ProtocolError) return { error: e.message };
      throw e;
    }
    switch (request.type) {
      case 'match-posts': {
        let m: Matcher;
        try {
          m = await getMatcher();
        } catch (e) {
          const reason = `The index could not be opened (${(e as Error).message}).`;
          return request.posts.map((p): PostVerdict => ({ key: p.key, status: 'error', reason, match: null }));
        }
        // Verdicts at once. Details come with them while they fit in a short budget (a warm worker
        // and a small index: the page then draws each post once); the rest are marked
        // `detailsLater`, and the page asks again with `wait`. A cold worker must first build the
        // details indexes from every post's text, so it answers verdicts alone.
        const started = performance.now();
        const inline = () => request.wait || (m.detailsReady && performance.now() - started < DETAILS_BUDGET_MS);
        return request.posts.map((p): PostVerdict => {
          try {
            const v = m.verdict(p);
            return inline() ? { key: p.key, status: v.status, match: v.match, details: m.details(p, v) } : { key: p.key, status: v.status, match: v.match, detailsLater: true };
          } catch (e) {
            return { key: p.key, status: 'error', reason: `Matching failed (${(e as Error).message}).`, match: null };
          }
        });
      }
      case 'load-module': {
        // The card's or highlighting's code joins the asking frame's content-script world on first use only.
        const tabId = sender.tab?.id;
        if (tabId === undefined) return false;
        const file = ({ card: '/card.js', highlights: '/highlights.js', heuristic: '/heuristic.js' } as const)[request.module];
        await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
        return true;
      }
      case 'highlight-save':
        await saveHighlight(db, request.highlight);
        return true;
      case 'highlight-delete':
        await deleteHighlight(db, request.id);
        return true;
      case 'highlights-of-page':
        return highlightsOfPage(db, request.pageUrl);
      case 'open-library':
        await browser.tabs.create({ url: `${browser.runtime.getURL('/library.html')}${request.highlightId ? `#${encodeURIComponent(request.highlightId)}` : ''}` });
        return true;
      case 'capture': {
        const result = await capturePage(db, request.page);
        matcher = null;
        return result;
      }
      case 'enable-site':
        await enableSite(request.pattern, request.tabId);
        return true;
      case 'disable-site':
        await disableSite(request.pattern);
        return true;
      case 'user-sites':
        return userSites();
      case 'coverages-changed':
        // The Library imported or deleted a coverage: rebuild the index on next use.
        matcher = null;
        return true;
      case 'removed-posts':
        return (await getMatcher()).removedBetween(request.covered);
      case 'open-reader':
        await browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}#${encodeURIComponent(request.postId)}` });
        return true;
      case 'page-summary': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return false;
        await action.setBadgeText({ tabId, text: request.matched ? String(request.matched) : '' });
        await action.setTitle({
          tabId,
          title: request.matched
            ? `Backstory: ${request.matched} of ${request.total} posts are in your index`
            : `Backstory: none of the ${request.total} posts is in your index`,
        });
        return true;
      }
    }
  });
});
