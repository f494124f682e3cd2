/** Reader page wiring: `reader.html#<postId>` opens the coverage holding that post at that post, with its story's timeline. */
import { render } from 'preact';
import { Reader } from '../../components/Reader';
import { CARD_CSS } from '../../components/chip-styles';
import { BackstoryDB } from '../../lib/store/db';
import { loadCoverage } from '../../lib/store/coverage-store';
import { storiesOf } from '../../lib/analysis/story-of';
import type { Coverage } from '../../lib/coverage/types';
import type { LaterPost } from '../../lib/types/post';
import { pageInUiLanguage, t } from '../../lib/i18n/t';

const app = document.getElementById('app')!;
pageInUiLanguage(document);
// The timeline is drawn as in the card: one style sheet for both.
document.head.append(Object.assign(document.createElement('style'), { textContent: CARD_CSS }));

const db = new BackstoryDB();
const openPost = (postId: string) => (location.hash = encodeURIComponent(postId));
/** The last coverage shown and its stories: going from post to post of one blog builds its indexes once. */
let shown: { coverage: Coverage; stories: (postId: string) => LaterPost[] } | null = null;

async function show() {
  const postId = decodeURIComponent(location.hash.slice(1)) || null;
  render(<Reader coverage={null} focusPostId={postId} />, app);
  const coverageId = postId?.slice(0, postId.lastIndexOf(':')) || (await db.coverages.toCollection().first())?.id;
  const coverage = coverageId ? await loadCoverage(db, coverageId) : null;
  // Read again each time (it may have grown); its stories are worked out again only if it did.
  const same = shown && coverage && shown.coverage.meta.id === coverage.meta.id && shown.coverage.posts.length === coverage.posts.length;
  if (coverage && !same) shown = { coverage, stories: storiesOf(coverage) };
  const draw = (story?: LaterPost[]) =>
    render(
      <Reader
        coverage={coverage}
        focusPostId={postId}
        error={coverage ? undefined : t('readerMissing')}
        story={story}
        onOpenPost={openPost}
      />,
      app,
    );
  draw();
  // The posts first; the story's timeline once worked out (a long coverage takes a moment).
  if (coverage && postId && shown) {
    await new Promise((r) => setTimeout(r, 0));
    draw(shown.stories(postId));
  }
}

window.addEventListener('hashchange', () => void show());
void show();
