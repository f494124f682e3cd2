/** Reader page wiring: `reader.html#<postId>` opens the coverage holding that post at that post. */
import { render } from 'preact';
import { Reader } from '../../components/Reader';
import { BackstoryDB } from '../../lib/store/db';
import { loadCoverage } from '../../lib/store/coverage-store';
import { pageInUiLanguage, t } from '../../lib/i18n/t';

const app = document.getElementById('app')!;
pageInUiLanguage(document);

async function show() {
  const postId = decodeURIComponent(location.hash.slice(1)) || null;
  render(<Reader coverage={null} focusPostId={postId} />, app);
  const db = new BackstoryDB();
  const coverageId = postId?.slice(0, postId.lastIndexOf(':')) || (await db.coverages.toCollection().first())?.id;
  const coverage = coverageId ? await loadCoverage(db, coverageId) : null;
  render(<Reader coverage={coverage} focusPostId={postId} error={coverage ? undefined : t('readerMissing')} />, app);
}

window.addEventListener('hashchange', () => void show());
void show();
