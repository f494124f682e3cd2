/** The popup's list of the page's posts: counts by status, then each post with its chips and details. */
import { useState } from 'preact/hooks';
import { detectorLabel } from '../lib/detect/detector-label';
import type { PageState, PostStatus } from '../lib/types/post';
import { summaryChips } from './chip-summary';
import { PostDetailsView } from './PostDetailsView';
import { sinceLabel, STATUS_ICON, statusLabel } from './status-labels';
import { t, tn } from '../lib/i18n/t';

export interface PopupPostsProps {
  state: PageState;
  onSelect: (key: string) => void;
  onReveal: () => void;
  onOpenPost: (postId: string) => void;
}

function count(state: PageState, status: PostStatus): number {
  return state.posts.filter((p) => p.status === status).length;
}

export function PageView({ state, onSelect, onReveal, onOpenPost }: PopupPostsProps) {
  if (!state.liveBlog)
    return (
      <p class="empty" role="status">
        {t('popupNotLiveBlog')}
      </p>
    );
  const same = count(state, 'same');
  const edited = count(state, 'edited');
  const unindexed = count(state, 'unindexed');
  const pending = count(state, 'pending');
  const errors = count(state, 'error');
  return (
    <>
      <section class="verdict" aria-label={t('popupPageRegion')}>
        <p>
          <strong>{t('popupLiveBlogLead')}</strong>
          {tn('popupWithPosts', state.posts.length)}
          {state.detector ? <span class="muted">{t('popupFoundBy', detectorLabel(state.detector))}</span> : null}.
        </p>
        <ul class="counts" data-testid="counts">
          <li data-count="same">
            {STATUS_ICON.same} {tn('popupCountSame', same)}
          </li>
          <li data-count="edited">
            {STATUS_ICON.edited} {tn('popupCountEdited', edited)}
          </li>
          <li data-count="unindexed">
            {STATUS_ICON.unindexed} {tn('popupCountUnindexed', unindexed)}
          </li>
          {pending > 0 && (
            <li data-count="pending">
              {STATUS_ICON.pending} {tn('popupCountPending', pending)}
            </li>
          )}
          {errors > 0 && (
            <li data-count="error">
              {STATUS_ICON.error} {tn('popupCountError', errors)}
            </li>
          )}
        </ul>
        {same + edited === 0 && pending === 0 && <p class="muted">{t('popupNoneIndexed')}</p>}
        {!state.revealed && (
          <button type="button" class="secondary" onClick={onReveal}>
            {t('popupReveal')}
          </button>
        )}
      </section>
      <ol class="posts" aria-label={t('popupPostsRegion')}>
        {state.posts.map((p) => (
          <PostRow key={p.key} post={p} onSelect={onSelect} onOpenPost={onOpenPost} />
        ))}
      </ol>
    </>
  );
}

function PostRow({
  post: p,
  onSelect,
  onOpenPost,
}: {
  post: PageState['posts'][number];
  onSelect: (k: string) => void;
  onOpenPost: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const chips = summaryChips(p.details);
  return (
    <li>
      <div class="row">
        <button type="button" class="post" onClick={() => onSelect(p.key)} data-post-key={p.key}>
          {p.since === 'new' || p.since === 'changed' ? (
            <span class={`chip s-${p.since}`} data-since={p.since}>
              <span aria-hidden="true">●</span> {sinceLabel(p.since)}
            </span>
          ) : (
            <span class={`chip s-${p.status}`}>
              <span aria-hidden="true">{STATUS_ICON[p.status]}</span> {statusLabel(p.status)}
            </span>
          )}
          <span class="post-title" dir="auto">
            {p.title ?? p.excerpt ?? p.key}
          </span>
        </button>
        {p.details && (
          <button
            type="button"
            class="toggle"
            aria-expanded={open}
            aria-label={t('popupDetailsOf', p.title ?? t('popupThisPost'))}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        )}
      </div>
      {chips.length > 0 && (
        <p class="chip-line">
          {chips.map((c) => (
            <span key={c.label} class={`mini k-${c.kind}`}>
              {c.label}
            </span>
          ))}
        </p>
      )}
      {open && (
        <div class="card">
          <PostDetailsView status={p.status} match={p.match} details={p.details} onOpenPost={onOpenPost} />
        </div>
      )}
    </li>
  );
}
