/** Library wiring: highlights from IndexedDB, exports as downloads, backups imported in one transaction. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Library, type LibraryProps } from '../../components/Library';
import { download } from '../../components/export-files';
import { BackupError, parseBackup } from '../../lib/annotations/backup';
import { BackstoryDB } from '../../lib/store/db';
import { allHighlights, deleteHighlight, importHighlights, saveHighlight } from '../../lib/store/highlight-store';

const app = document.getElementById('app')!;
const db = new BackstoryDB();
let message: LibraryProps['message'] = null;

async function show() {
  const highlights = await allHighlights(db);
  const focusId = decodeURIComponent(location.hash.slice(1)) || null;
  render(
    <Library
      highlights={highlights}
      focusId={focusId}
      message={message}
      onSave={async (h) => {
        await saveHighlight(db, h);
        // The page showing it, if open, learns the new note and tags (it never shows the note itself).
        for (const tab of await browser.tabs.query({})) {
          if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'highlight-updated', highlight: h }).catch(() => {});
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
    />,
    app,
  );
  if (focusId) document.getElementById(`h-${focusId}`)?.focus();
}

void show();
