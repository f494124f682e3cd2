/**
 * The popup's word on following the tab's blog: when the reader last visited and what changed
 * since ("Last visit 2 h ago: 3 new, 2 changed, 1 removed"), the posts the page no longer shows,
 * and the switches (following everywhere, and on this site).
 */
import type { VisitSummary } from '../lib/types/post';
import { timeAgo } from './relative-time';
import { formatNumber, t, tn } from '../lib/i18n/t';

export interface FollowPanelProps {
  summary: VisitSummary;
  /** Whether the page is a live blog (only then is a visit recorded). */
  liveBlog: boolean;
  onFollow?: (change: { enabled?: boolean; site?: boolean }) => void;
  now?: number;
}

export function FollowPanel({ summary, liveBlog, onFollow, now }: FollowPanelProps) {
  const { counts, lastVisit, removed } = summary;
  const following = summary.enabled && summary.siteFollowed;
  return (
    <section class="follow" aria-label={t('followRegion')} data-testid="follow">
      {following && liveBlog && (
        <p role="status" data-testid="last-visit">
          {lastVisit ? (
            <>
              <strong>{t('followLastVisit', timeAgo(lastVisit, now))}</strong>{' '}
              {t('followCounts', formatNumber(counts.new), formatNumber(counts.changed), formatNumber(removed.length))}
            </>
          ) : (
            <span class="muted">{t('followFirstVisit')}</span>
          )}
        </p>
      )}
      {removed.length > 0 && (
        <details class="gone" data-testid="removed-since">
          <summary>{t('followRemoved', tn('posts', removed.length))}</summary>
          <ul class="list">
            {removed.map((p) => (
              <li key={p.key} data-key={p.key}>
                {p.title && <strong dir="auto">{p.title}</strong>}
                {p.paragraphs.map((text, i) => (
                  <p key={i} dir="auto">
                    {text}
                  </p>
                ))}
                <span class="muted">{t('followLastSeen', timeAgo(p.lastSeen, now))}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {onFollow && (
        <fieldset class="switches">
          <legend class="muted">{t('followSwitches')}</legend>
          <label>
            <input type="checkbox" checked={summary.enabled} onChange={(e) => onFollow({ enabled: e.currentTarget.checked })} />{' '}
            {t('followEverywhere')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={summary.siteFollowed}
              disabled={!summary.enabled}
              onChange={(e) => onFollow({ site: e.currentTarget.checked })}
            />{' '}
            {t('followOnSite', summary.site)}
          </label>
        </fieldset>
      )}
    </section>
  );
}
