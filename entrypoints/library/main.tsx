/** Library wiring: highlights from IndexedDB, exports as downloads, backups imported in one transaction. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Library, type LibraryProps } from '../../components/Library';
import { download, saveFile } from '../../components/export-files';
import { BackupError, parseBackup } from '../../lib/highlights/backup';
import { BackstoryDB } from '../../lib/store/db';
import { allHighlights, deleteHighlight, importHighlights, saveHighlight } from '../../lib/store/highlight-store';
import { Coverages, type CoveragesProps, type StorageInfo } from '../../components/Coverages';
import { deleteCoverage, listCoverages } from '../../lib/store/coverage-admin';
import { loadCoverage } from '../../lib/store/coverage-store';
import { importPack, removeAbandonedImports } from '../../lib/store/pack-import';
import { callWorker } from '../../lib/messages/call-worker';
import type { HighlightRequest } from '../../lib/messages/protocol';
import { writePack } from '../../lib/packs/pack-format';
import { PackError } from '../../lib/packs/pack-format';
import { IndexSearch } from '../../components/IndexSearch';
import { PostSearch, type PostHit } from '../../lib/search/post-search';
import { loadCoverages } from '../../lib/store/coverage-store';

const app = document.getElementById('app')!;
const db = new BackstoryDB();
let message: LibraryProps['message'] = null;
let indexMessage: CoveragesProps['message'] = null;
let importing: CoveragesProps['importing'] = null;

async function storageInfo(): Promise<StorageInfo | null> {
  if (!navigator.storage?.estimate) return null;
  const e = await navigator.storage.estimate();
  return { usage: e.usage ?? 0, quota: e.quota ?? 0, persisted: (await navigator.storage.persisted?.()) ?? false };
}

const coveragesChanged = () => {
  search = null;
  return callWorker((m) => browser.runtime.sendMessage(m), 'coverages-changed').catch(() => {});
};

/** Built on the first search, from every stored coverage. */
let search: Promise<PostSearch> | null = null;
let query = '';
let hits: PostHit[] | null = null;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
const openPost = (postId: string) =>
  browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}#${encodeURIComponent(postId)}` });

/** Each render reads storage; only the latest may draw, or an older read could undo a newer one. */
let generation = 0;

async function show() {
  const mine = ++generation;
  const highlights = await allHighlights(db);
  const [coverages, storage] = await Promise.all([listCoverages(db), storageInfo()]);
  if (mine !== generation) return;
  const focusId = decodeURIComponent(location.hash.slice(1)) || null;
  render(
    <>
      <Library
        highlights={highlights}
        focusId={focusId}
        message={message}
        onSave={async (h) => {
          await saveHighlight(db, h);
          // The page showing it, if open, learns the new note and tags (it never shows the note itself).
          for (const tab of await browser.tabs.query({})) {
            if (tab.id !== undefined)
              browser.tabs.sendMessage(tab.id, { type: 'highlight-updated', highlight: h } satisfies HighlightRequest).catch(() => {});
          }
          message = { kind: 'ok', text: 'Saved.' };
          void show();
        }}
        onDelete={async (id) => {
          await deleteHighlight(db, id);
          message = { kind: 'ok', text: 'Deleted.' };
          void show();
        }}
        onExport={download}
        onImport={async (file) => {
          try {
            const r = await importHighlights(db, parseBackup(await file.text()));
            message = { kind: 'ok', text: `Imported: ${r.added} new, ${r.updated} updated, ${r.unchanged} already here.` };
          } catch (e) {
            message = { kind: 'error', text: `Nothing was imported: ${e instanceof BackupError ? e.message : (e as Error).message}` };
          }
          void show();
        }}
      />
      <IndexSearch
        query={query}
        hits={hits}
        onOpen={(id) => void openPost(id)}
        onQuery={(q) => {
          query = q;
          clearTimeout(searchTimer);
          searchTimer = setTimeout(async () => {
            search ??= loadCoverages(db).then((c) => new PostSearch(c));
            hits = q.trim() ? (await search).search(q) : null;
            void show();
          }, 200);
          void show();
        }}
      />
      <Coverages
        coverages={coverages}
        storage={storage}
        importing={importing}
        message={indexMessage}
        onOpen={async (id) => {
          const c = await loadCoverage(db, id);
          const newest = c?.posts.at(-1);
          if (newest) await browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}#${encodeURIComponent(newest.id)}` });
        }}
        onExport={async (id) => {
          const c = await loadCoverage(db, id);
          if (!c) return;
          saveFile({ name: `${id}.jsonl`, type: 'application/jsonl', text: writePack(c) });
        }}
        onDelete={async (id) => {
          try {
            await deleteCoverage(db, id);
            indexMessage = { kind: 'ok', text: 'Deleted. Your highlights were kept.' };
            await coveragesChanged();
          } catch (e) {
            indexMessage = { kind: 'error', text: (e as Error).message };
          }
          void show();
        }}
        onPersist={async () => {
          const granted = (await navigator.storage?.persist?.()) ?? false;
          indexMessage = granted
            ? { kind: 'ok', text: 'Your index is now kept persistently.' }
            : { kind: 'error', text: 'The browser declined to keep the index persistently.' };
          void show();
        }}
        onImport={async (file) => {
          importing = { lines: 0, bytes: 0, total: file.size };
          void show();
          try {
            const r = await importPack(
              db,
              file.stream(),
              (p) => {
                importing = { ...p, total: file.size };
                void show();
              },
              async (existing) => confirm(`This pack would replace “${existing.title}”, which you added from its page. Replace it?`),
            );
            indexMessage = {
              kind: 'ok',
              text: `Imported “${r.title}”: ${r.posts} posts${r.repeated ? ` (${r.repeated} repeated in the file, imported once)` : ''}.`,
            };
            await coveragesChanged();
          } catch (e) {
            indexMessage = { kind: 'error', text: `Nothing was imported: ${e instanceof PackError ? e.message : (e as Error).message}` };
          }
          importing = null;
          void show();
        }}
      />
    </>,
    app,
  );
  if (focusId) document.getElementById(`h-${focusId}`)?.focus();
}

// Researchers' highlights and captures live here: ask the browser not to evict them (a worker cannot ask).
void navigator.storage?.persist?.().catch(() => false);
void removeAbandonedImports(db).catch(() => 0);
void show();
