/**
 * The popup's view: the page's verdict at the top, then its posts with their status chips.
 * Pure view: the entrypoint loads the state and passes callbacks.
 */
import { useState } from 'preact/hooks';
import { detectorLabel } from '../lib/detect/detector-label';
import type { RemovedPost } from '../lib/analysis/removed-posts';
import type { Highlight } from '../lib/highlights/model';
import { EXPORT_LABEL, type ExportFormat } from './export-files';
import type { PageState, PostStatus } from '../lib/types/post';
import { summaryChips } from './chip-summary';
import { PostDetailsView } from './PostDetailsView';
import { STATUS_ICON, STATUS_LABEL } from './status-labels';

export type PopupModel =
  | { kind: 'loading' }
  /** `offer`: a site the reader may turn Backstory on for (its match pattern). */
  | { kind: 'not-running'; message: string; offer?: string }
  /** `userSite`: the reader turned Backstory on for this site, and may turn it off. */
  | { kind: 'page'; state: PageState; removed?: RemovedPost[]; userSite?: string; highlights?: PageHighlights; notice?: string };

/** This page's highlights; `unattached` ids are those the page could not find again. */
export interface PageHighlights {
  all: Highlight[];
  unattached: string[];
}

export interface PopupProps {
  model: PopupModel;
  onSelect: (key: string) => void;
  onReveal: () => void;
  onOpenPost: (postId: string) => void;
  onEnableSite?: (pattern: string) => void;
  onDisableSite?: (pattern: string) => void;
  onExport?: (format: ExportFormat, highlights: Highlight[]) => void;
  onOpenLibrary?: (highlightId?: string) => void;
  onCapture?: () => void;
}

export function Popup(props: PopupProps) {
  const { model, onOpenLibrary } = props;
  const library = onOpenLibrary && (
    <p>
      <button type="button" class="link" onClick={() => onOpenLibrary()}>
        Open the Library
      </button>
    </p>
  );
  let body;
  switch (model.kind) {
    case 'loading':
      body = (
        <>
          <p class="muted" role="status">
            Reading this page…
          </p>
          {library}
        </>
      );
      break;
    case 'not-running':
      body = (
        <>
          <NotRunning model={model} onEnableSite={props.onEnableSite} />
          {library}
        </>
      );
      break;
    case 'page':
      body = <OnPage {...props} model={model} library={library} />;
      break;
  }
  return (
    <main class="popup">
      <h1>Backstory</h1>
      {body}
    </main>
  );
}

function NotRunning({
  model,
  onEnableSite,
}: {
  model: Extract<PopupModel, { kind: 'not-running' }>;
  onEnableSite?: (pattern: string) => void;
}) {
  return (
    <>
      <p class="empty" role="status">
        {model.message}
      </p>
      {model.offer && onEnableSite && (
        <p>
          <button type="button" class="secondary" onClick={() => onEnableSite(model.offer!)}>
            Run Backstory on this site
          </button>{' '}
          <span class="muted">Your browser will ask to let Backstory read {siteName(model.offer)}.</span>
        </p>
      )}
    </>
  );
}

/** The popup on a page Backstory runs on: its posts, what to do with them, and this page's highlights. */
function OnPage({
  model,
  library,
  onSelect,
  onReveal,
  onOpenPost,
  onDisableSite,
  onExport,
  onOpenLibrary,
  onCapture,
}: PopupProps & { model: Extract<PopupModel, { kind: 'page' }>; library: preact.ComponentChild }) {
  return (
    <>
      <PageView state={model.state} onSelect={onSelect} onReveal={onReveal} onOpenPost={onOpenPost} />
      {model.state.liveBlog && model.state.posts.length > 0 && onCapture && (
        <p class="capture">
          <button type="button" class="secondary" onClick={onCapture}>
            Add this live blog to my index
          </button>
          {model.notice && (
            <span class="muted" role="status">
              {' '}
              {model.notice}
            </span>
          )}
        </p>
      )}
      {model.removed?.length ? <Removed posts={model.removed} onOpenPost={onOpenPost} /> : null}
      {model.highlights?.all.length ? (
        <Highlights list={model.highlights} posts={model.state.posts} onExport={onExport} onOpenLibrary={onOpenLibrary} />
      ) : null}
      {library}
      {model.userSite && onDisableSite && (
        <p class="site">
          <button type="button" class="secondary" onClick={() => onDisableSite(model.userSite!)}>
            Stop on this site
          </button>{' '}
          <span class="muted">You turned Backstory on for {siteName(model.userSite)}.</span>
        </p>
      )}
    </>
  );
}

function count(state: PageState, status: PostStatus): number {
  return state.posts.filter((p) => p.status === status).length;
}

function PageView({ state, onSelect, onReveal, onOpenPost }: Omit<PopupProps, 'model'> & { state: PageState }) {
  if (!state.liveBlog)
    return (
      <p class="empty" role="status">
        This page is not a live blog.
      </p>
    );
  const same = count(state, 'same');
  const edited = count(state, 'edited');
  const unindexed = count(state, 'unindexed');
  const pending = count(state, 'pending');
  const errors = count(state, 'error');
  return (
    <>
      <section class="verdict" aria-label="This page">
        <p>
          <strong>A live blog</strong> with {state.posts.length} post{state.posts.length === 1 ? '' : 's'}
          {state.detector ? <span class="muted">, found by {detectorLabel(state.detector)}</span> : null}.
        </p>
        <ul class="counts" data-testid="counts">
          <li data-count="same">
            {STATUS_ICON.same} {same} unchanged
          </li>
          <li data-count="edited">
            {STATUS_ICON.edited} {edited} edited
          </li>
          <li data-count="unindexed">
            {STATUS_ICON.unindexed} {unindexed} new (not in the index)
          </li>
          {pending > 0 && (
            <li data-count="pending">
              {STATUS_ICON.pending} {pending} being checked
            </li>
          )}
          {errors > 0 && (
            <li data-count="error">
              {STATUS_ICON.error} {errors} could not be checked
            </li>
          )}
        </ul>
        {same + edited === 0 && pending === 0 && <p class="muted">None of this page’s posts is in your index.</p>}
        {!state.revealed && (
          <button type="button" class="secondary" onClick={onReveal}>
            Show Backstory’s marks on this page
          </button>
        )}
      </section>
      <ol class="posts" aria-label="Posts on this page">
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
          <span class={`chip s-${p.status}`}>
            <span aria-hidden="true">{STATUS_ICON[p.status]}</span> {STATUS_LABEL[p.status]}
          </span>
          <span class="post-title" dir="auto">
            {p.title ?? p.excerpt ?? p.key}
          </span>
        </button>
        {p.details && (
          <button
            type="button"
            class="toggle"
            aria-expanded={open}
            aria-label={`Details of ${p.title ?? 'this post'}`}
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

function Removed({ posts, onOpenPost }: { posts: RemovedPost[]; onOpenPost: (id: string) => void }) {
  return (
    <section class="removed" aria-label="Removed from the page">
      <h2>Removed from the page</h2>
      <p class="muted">
        {posts.length} indexed post{posts.length === 1 ? ' is' : 's are'} missing between the posts this page shows.
      </p>
      <ul class="list">
        {posts.map((p) => (
          <li key={p.postId}>
            <button type="button" class="link" dir="auto" onClick={() => onOpenPost(p.postId)}>
              {p.title ?? `${p.excerpt.slice(0, 90)}…`}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function siteName(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
}

function Highlights({
  list,
  posts,
  onExport,
  onOpenLibrary,
}: {
  list: PageHighlights;
  posts: PageState['posts'];
  onExport?: PopupProps['onExport'];
  onOpenLibrary?: PopupProps['onOpenLibrary'];
}) {
  const lost = new Set(list.unattached);
  /** For a highlight the page lost: what its post says now, or that the post is gone. */
  const now = (key: string) => {
    const p = posts.find((x) => x.key === key);
    if (!p) return 'The post is no longer on this page.';
    return `The post now reads: “${p.excerpt.slice(0, 120)}${p.excerpt.length > 120 ? '…' : ''}”${p.status === 'edited' ? ' (edited since indexed)' : ''}`;
  };
  return (
    <section class="highlights" aria-label="Highlights on this page">
      <h2>Your highlights on this page ({list.all.length})</h2>
      <ul class="list">
        {list.all.map((h) => (
          <li key={h.id} data-highlight-id={h.id}>
            <q dir="auto">{h.exact.length > 140 ? `${h.exact.slice(0, 140)}…` : h.exact}</q>
            {lost.has(h.id) && (
              <>
                <span class="tag c-substantive"> not found in the post now</span>
                <span class="muted lost" dir="auto">
                  {' '}
                  {now(h.postKey)}
                </span>
              </>
            )}
            {h.note && (
              <span class="muted" dir="auto">
                {' '}
                — {h.note.slice(0, 80)}
              </span>
            )}
            {onOpenLibrary && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => onOpenLibrary(h.id)}>
                  Note and tags
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {onExport && (
        <p class="exports">
          Export:{' '}
          {(Object.keys(EXPORT_LABEL) as ExportFormat[]).map((f) => (
            <button key={f} type="button" class="secondary" onClick={() => onExport(f, list.all)}>
              {EXPORT_LABEL[f]}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
