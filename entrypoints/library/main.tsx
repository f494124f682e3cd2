/** Library wiring: highlights from IndexedDB, exports as downloads, backups imported in one transaction. */
import { render } from 'preact';
import { liveQuery } from 'dexie';
import { createStore } from '../../components/store';
import type { Highlight } from '../../lib/highlights/model';
import { readerUrl } from '../../lib/messages/extension-pages';
import { browser } from 'wxt/browser';
import { Library, type LibraryProps } from '../../components/Library';
import { download, saveFile } from '../../components/export-files';
import { BackupError, parseBackup } from '../../lib/highlights/backup';
import { BackstoryDB } from '../../lib/store/db';
import { allHighlights, deleteHighlight, importHighlights, saveHighlight } from '../../lib/store/highlight-store';
import { Coverages, type CoveragesProps, type StorageInfo } from '../../components/Coverages';
import { deleteCoverage, listCoverages, type CoverageInfo } from '../../lib/store/coverage-admin';
import { loadCoverage } from '../../lib/store/coverage-store';
import { importPack, removeAbandonedImports } from '../../lib/store/pack-import';
import { callWorker } from '../../lib/messages/call-worker';
import type { HighlightRequest } from '../../lib/messages/protocol';
import { writePack } from '../../lib/packs/pack-format';
import { PackError } from '../../lib/packs/pack-format';
import { IndexSearch } from '../../components/IndexSearch';
import { PostSearch } from '../../lib/search/post-search';
import { snippet } from '../../lib/search/snippet';
import type { ShownHit } from '../../components/IndexSearch';
import { revisionsOf, storedPosts } from '../../lib/store/index-store';
import { loadCoverages } from '../../lib/store/coverage-store';
import { FollowedBlogs } from '../../components/FollowedBlogs';
import { hourCounts } from '../../lib/coverage/hour-counts';
import { listFollowedBlogs, loadFollowSettings, type FollowedBlogInfo } from '../../lib/store/follow-store';
import type { FollowSettings } from '../../lib/visits/follow-settings';
import { formatNumber, pageInUiLanguage, t, tn } from '../../lib/i18n/t';

const app = document.getElementById('app')!;
pageInUiLanguage(document);
const db = new BackstoryDB();

interface LibraryState {
  message: LibraryProps['message'];
  indexMessage: CoveragesProps['message'];
  importing: CoveragesProps['importing'];
  query: string;
  hits: ShownHit[] | null;
  /** The hits come from the posts indexed so far: the search index is still being built. */
  partial: { indexed: number; total: number } | null;
  /** Coverages shown over time. */
  hours: NonNullable<CoveragesProps['hours']>;
  /** What IndexedDB holds, as last read (null before the first read). */
  stored: {
    highlights: Highlight[];
    coverages: CoverageInfo[];
    storage: StorageInfo | null;
    followed: FollowedBlogInfo[];
    follow: FollowSettings;
  } | null;
}

/** How long a deletion can be undone. */
const UNDO_MS = 10_000;
let undoTimer: ReturnType<typeof setTimeout> | undefined;

const store = createStore<LibraryState>({
  message: null,
  indexMessage: null,
  importing: null,
  query: '',
  hits: null,
  partial: null,
  hours: {},
  stored: null,
});

async function storageInfo(): Promise<StorageInfo | null> {
  if (!navigator.storage?.estimate) return null;
  const e = await navigator.storage.estimate();
  return { usage: e.usage ?? 0, quota: e.quota ?? 0, persisted: (await navigator.storage.persisted?.()) ?? false };
}

/** Built when the reader first goes to search, from every stored coverage; dropped when the coverages change. */
let search: Promise<PostSearch> | null = null;

/** The search index, built once (in chunks: the page stays responsive); User Timing for the bench. */
/** Search hits with the words that matched in context, their posts read from where they are stored. */
async function withSnippets(hits: readonly ShownHit[]): Promise<ShownHit[]> {
  const revisions = revisionsOf(await db.coverages.toArray());
  const wanted = hits.map((h) => ({ id: h.postId, coverage: h.coverage, position: h.position }));
  const posts = new Map((await storedPosts(db).posts(wanted, revisions)).map((p) => [p.id, p]));
  return hits.map((h) => {
    const p = posts.get(h.postId);
    return p ? { ...h, snippet: snippet([...(p.title ? [p.title] : []), ...p.paragraphs], new Set(h.terms)) } : h;
  });
}

function searchIndex(): Promise<PostSearch> {
  if (search) return search;
  const t0 = performance.now();
  // A build that fails (a damaged post) is started again at the next search, unless the coverages
  // changed meanwhile and a newer one has taken its place.
  const forget = () => {
    if (search === mine) search = null;
  };
  const mine: Promise<PostSearch> = loadCoverages(db).then((c) => {
    const s = PostSearch.building(c);
    s.ready.then(() => void performance.measure('backstory:library-search-build', { start: t0 }), forget);
    return s;
  });
  mine.catch(forget);
  return (search = mine);
}

/** Shows a query's hits from what is indexed so far; asked again once the whole index is built. */
async function showHits(index: PostSearch, q: string): Promise<void> {
  const t0 = performance.now();
  const hits = q.trim() ? index.search(q) : null;
  performance.measure('backstory:library-search', { start: t0 });
  // A later keystroke may have changed the query meanwhile: its own search will answer.
  if (store.get().query !== q) return;
  const complete = index.complete;
  store.set({ hits, partial: hits && !complete ? { indexed: index.indexed, total: index.total } : null });
  if (!complete)
    index.ready.then(
      () => void (store.get().query === q && showHits(index, q)),
      () => {},
    );
  // Then the words that matched, in context: the hits' texts read from the store.
  if (hits?.length) {
    const shown = await withSnippets(hits).catch(() => hits);
    if (store.get().query === q && store.get().hits === hits) store.set({ hits: shown });
  }
}
let searchTimer: ReturnType<typeof setTimeout> | undefined;

const send = (m: unknown) => browser.runtime.sendMessage(m);

const coveragesChanged = () => {
  search = null;
  return callWorker(send, 'coverages-changed').catch(() => {});
};

// Forgetting goes through the worker: it also stops a visit of that blog still open in a tab.
// The Library's button has asked the reader already (ConfirmButton).
const forget = async (blogIds?: string[]) => {
  const n = await callWorker(send, 'forget-blogs', blogIds ? { blogIds } : {}).catch(() => -1);
  store.set({
    indexMessage: n < 0 ? { kind: 'error', text: t('forgetFailed') } : { kind: 'ok', text: tn('forgotten', n) },
  });
};

const openPost = (postId: string) => browser.tabs.create({ url: readerUrl(browser.runtime.getURL('/'), postId) });

function draw(state: LibraryState): void {
  if (!state.stored) return;
  const { highlights, coverages, storage, followed, follow } = state.stored;
  const focusId = decodeURIComponent(location.hash.slice(1)) || null;
  render(
    <>
      <Library
        highlights={highlights}
        focusId={focusId}
        message={state.message}
        onSave={async (h, quiet) => {
          try {
            // Through the worker, which outlives this page: a note saved as the Library closes
            // (pagehide) is written even though the page is gone before the write ends.
            await callWorker(send, 'highlight-save', { highlight: h });
          } catch (e) {
            store.set({ message: { kind: 'error', text: t('noteNotSaved', (e as Error).message) } });
            return;
          }
          // The page showing it, if open, learns the new note and tags (it never shows the note itself).
          for (const tab of await browser.tabs.query({})) {
            if (tab.id !== undefined)
              browser.tabs.sendMessage(tab.id, { type: 'highlight-updated', highlight: h } satisfies HighlightRequest).catch(() => {});
          }
          if (!quiet) store.set({ message: { kind: 'ok', text: t('saved') } });
        }}
        onDelete={async (id) => {
          const gone = highlights.find((h) => h.id === id);
          await deleteHighlight(db, id);
          if (!gone) return store.set({ message: { kind: 'ok', text: t('deleted') } });
          // Undone by writing it back as it was (same id: its page draws it again on its next visit).
          const message: LibraryProps['message'] = {
            kind: 'ok',
            text: t('highlightDeleted'),
            undo: () => {
              clearTimeout(undoTimer);
              void saveHighlight(db, gone).then(
                () => store.set({ message: { kind: 'ok', text: t('highlightRestored') } }),
                (e) => store.set({ message: { kind: 'error', text: t('restoreFailed', (e as Error).message) } }),
              );
            },
          };
          store.set({ message });
          clearTimeout(undoTimer);
          undoTimer = setTimeout(() => {
            if (store.get().message === message) store.set({ message: { kind: 'ok', text: t('highlightDeleted') } });
          }, UNDO_MS);
        }}
        onExport={download}
        onImport={async (file) => {
          try {
            const r = await importHighlights(db, parseBackup(await file.text()));
            store.set({
              message: { kind: 'ok', text: t('backupImported', formatNumber(r.added), formatNumber(r.updated), formatNumber(r.unchanged)) },
            });
          } catch (e) {
            store.set({
              message: { kind: 'error', text: t('nothingImported', e instanceof BackupError ? e.message : (e as Error).message) },
            });
          }
        }}
      />
      <IndexSearch
        query={state.query}
        hits={state.hits}
        partial={state.partial}
        onOpen={(id) => void openPost(id)}
        onFocus={() => void searchIndex().catch(() => null)}
        onQuery={(q) => {
          store.set({ query: q });
          clearTimeout(searchTimer);
          searchTimer = setTimeout(async () => void showHits(await searchIndex(), q), 200);
        }}
      />
      <Coverages
        coverages={coverages}
        storage={storage}
        importing={state.importing}
        message={state.indexMessage}
        hours={state.hours}
        onHours={async (id) => {
          const { [id]: shown, ...rest } = store.get().hours;
          if (shown) return store.set({ hours: rest });
          store.set({ hours: { ...rest, [id]: 'loading' } });
          // Read when asked for: the Library draws without reading any coverage's posts.
          const c = await loadCoverage(db, id).catch(() => null);
          if (id in store.get().hours) store.set({ hours: { ...store.get().hours, [id]: hourCounts(c?.posts ?? []) } });
        }}
        onOpen={async (id) => {
          const newest = (await loadCoverage(db, id))?.posts.at(-1);
          if (newest) await openPost(newest.id);
        }}
        onExport={async (id) => {
          const c = await loadCoverage(db, id);
          if (!c) return;
          saveFile({ name: `${id}.jsonl`, type: 'application/jsonl', text: writePack(c) });
        }}
        onDelete={async (id) => {
          try {
            await deleteCoverage(db, id);
            store.set({ indexMessage: { kind: 'ok', text: t('coverageDeleted') } });
            await coveragesChanged();
          } catch (e) {
            store.set({ indexMessage: { kind: 'error', text: (e as Error).message } });
          }
        }}
        onPersist={async () => {
          const granted = (await navigator.storage?.persist?.()) ?? false;
          store.set({
            indexMessage: granted ? { kind: 'ok', text: t('persistGranted') } : { kind: 'error', text: t('persistDeclined') },
          });
        }}
        onImport={async (file) => {
          store.set({ importing: { lines: 0, bytes: 0, total: file.size } });
          try {
            const r = await importPack(
              db,
              file.stream(),
              (p) => store.set({ importing: { ...p, total: file.size } }),
              async (existing) => confirm(t('packReplace', existing.title)),
            );
            store.set({
              indexMessage: {
                kind: 'ok',
                text: r.repeated
                  ? t('packImportedRepeats', r.title, tn('posts', r.posts), formatNumber(r.repeated))
                  : t('packImported', r.title, tn('posts', r.posts)),
              },
            });
            await coveragesChanged();
          } catch (e) {
            store.set({
              indexMessage: { kind: 'error', text: t('nothingImported', e instanceof PackError ? e.message : (e as Error).message) },
            });
          }
          store.set({ importing: null });
        }}
      />
      <FollowedBlogs
        blogs={followed}
        retentionDays={follow.retentionDays}
        enabled={follow.enabled}
        onForget={(b) => void forget([b.blogId])}
        onForgetAll={() => void forget()}
        onRetention={async (retentionDays) => {
          await callWorker(send, 'set-follow-settings', { settings: { ...follow, retentionDays } });
          store.set({ indexMessage: { kind: 'ok', text: t('retentionSaved') } });
        }}
      />
    </>,
    app,
  );
  if (focusId) document.getElementById(`h-${focusId}`)?.focus();
}

store.subscribe(draw);
// What is stored is read again whenever it changes, here, in another tab or in the worker.
liveQuery(async () => ({
  highlights: await allHighlights(db),
  coverages: await listCoverages(db),
  followed: await listFollowedBlogs(db),
  follow: await loadFollowSettings(db),
})).subscribe({
  next: async (read) => {
    // Coverages changed elsewhere (a capture from the popup, an import in another tab): search them as they are now.
    const shape = (cs: CoverageInfo[]) => cs.map((c) => `${c.id}:${c.posts}`).join(',');
    const before = store.get().stored?.coverages;
    if (before && shape(before) !== shape(read.coverages)) search = null;
    store.set({ stored: { ...read, storage: await storageInfo() } });
    // The Library drawn with what is stored: the bench reads this mark's time from navigation.
    if (!performance.getEntriesByName('backstory:library-drawn').length) performance.mark('backstory:library-drawn');
  },
  error: (e) => store.set({ message: { kind: 'error', text: t('libraryUnreadable', (e as Error).message) } }),
});
window.addEventListener('hashchange', () => draw(store.get()));

// Researchers' highlights and captures live here: ask the browser not to evict them (a worker cannot ask).
void navigator.storage?.persist?.().catch(() => false);
void removeAbandonedImports(db).catch(() => 0);
