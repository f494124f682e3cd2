/**
 * The popup's view: the page's verdict at the top, then its posts with their status chips.
 * Pure view: the entrypoint loads the state and passes callbacks.
 */
import type { RemovedPost } from '../lib/analysis/removed-posts';
import type { Highlight } from '../lib/highlights/model';
import type { ExportFormat } from './export-files';
import type { PageState, VisitSummary } from '../lib/types/post';
import { FollowPanel, type FollowPanelProps } from './FollowPanel';
import { PageView } from './PopupPosts';
import { Removed } from './RemovedPosts';
import { Highlights, type PageHighlights } from './PopupHighlights';
import { t } from '../lib/i18n/t';

export type PopupModel =
  | { kind: 'loading' }
  /** `offer`: a site the reader may turn Backstory on for (its match pattern). */
  | { kind: 'not-running'; message: string; offer?: string }
  /** `userSite`: the reader turned Backstory on for this site, and may turn it off. */
  | {
      kind: 'page';
      state: PageState;
      removed?: RemovedPost[];
      userSite?: string;
      highlights?: PageHighlights;
      notice?: string;
      /** The blog followed across visits (absent until read). */
      visit?: VisitSummary;
    };

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
  onFollow?: FollowPanelProps['onFollow'];
}

export function Popup(props: PopupProps) {
  const { model, onOpenLibrary } = props;
  const library = onOpenLibrary && (
    <p>
      <button type="button" class="link" onClick={() => onOpenLibrary()}>
        {t('popupOpenLibrary')}
      </button>
    </p>
  );
  let body;
  switch (model.kind) {
    case 'loading':
      body = (
        <>
          <p class="muted" role="status">
            {t('popupReading')}
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
            {t('popupRunOnSite')}
          </button>{' '}
          <span class="muted">{t('popupWillAsk', siteName(model.offer))}</span>
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
  onFollow,
}: PopupProps & { model: Extract<PopupModel, { kind: 'page' }>; library: preact.ComponentChild }) {
  return (
    <>
      {model.visit && <FollowPanel summary={model.visit} liveBlog={model.state.liveBlog} onFollow={onFollow} />}
      <PageView state={model.state} onSelect={onSelect} onReveal={onReveal} onOpenPost={onOpenPost} />
      {model.state.liveBlog && model.state.posts.length > 0 && onCapture && (
        <p class="capture">
          <button type="button" class="secondary" onClick={onCapture}>
            {t('popupAddBlog')}
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
            {t('popupStopOnSite')}
          </button>{' '}
          <span class="muted">{t('popupTurnedOn', siteName(model.userSite))}</span>
        </p>
      )}
    </>
  );
}

function siteName(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
}
