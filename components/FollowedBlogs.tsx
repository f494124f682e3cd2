/**
 * The Library's followed blogs: each live blog Backstory recorded across visits (site, title,
 * visits, posts, changes seen, last visit), what is kept and for how long, and forgetting one or
 * all of them. A view: the entrypoint does the storage.
 */
import { ConfirmButton } from './ConfirmButton';
import type { FollowedBlogInfo } from '../lib/store/follow-store';
import { RETENTION_CHOICES } from '../lib/visits/follow-settings';
import { timeAgo } from './relative-time';
import { formatNumber, t, tn } from '../lib/i18n/t';

export interface FollowedBlogsProps {
  blogs: FollowedBlogInfo[];
  retentionDays: number;
  enabled: boolean;
  onForget: (blog: FollowedBlogInfo) => void;
  onForgetAll: () => void;
  onRetention: (days: number) => void;
  now?: number;
}

const dayLabel = (d: number) => (d === 365 ? t('retentionYear') : tn('days', d));

export function FollowedBlogs({ blogs, retentionDays, enabled, onForget, onForgetAll, onRetention, now }: FollowedBlogsProps) {
  const choices = [...new Set([...RETENTION_CHOICES, retentionDays])].sort((a, b) => a - b);
  return (
    <section class="followed" aria-label={t('followedTitle')} data-testid="followed-blogs">
      <h2>{t('followedTitle')}</h2>
      <p class="muted">
        {t(enabled ? 'followedOn' : 'followedOff')}{' '}
        <label>
          {t('retentionBefore')}{' '}
          <select value={String(retentionDays)} onChange={(e) => onRetention(Number(e.currentTarget.value))}>
            {choices.map((d) => (
              <option key={d} value={String(d)}>
                {dayLabel(d)}
              </option>
            ))}
          </select>{' '}
          {t('retentionAfter')}
        </label>
      </p>
      {blogs.length === 0 ? (
        <p class="empty">{t('followedNone')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colBlog')}</th>
                <th scope="col">{t('colVisits')}</th>
                <th scope="col">{t('colPosts')}</th>
                <th scope="col">{t('colChanges')}</th>
                <th scope="col">{t('colLastVisit')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {blogs.map((b) => (
                <tr key={b.blogId} data-blog={b.blogId}>
                  <td>
                    {/^https?:\/\//.test(b.url) ? (
                      <a href={b.url} target="_blank" rel="noreferrer" dir="auto">
                        {b.title}
                      </a>
                    ) : (
                      <span dir="auto">{b.title}</span>
                    )}
                    <br />
                    <span class="muted small">
                      {b.site}
                      {b.kept ? ` · ${t('followedKept')}` : ''}
                    </span>
                  </td>
                  <td>{formatNumber(b.visits)}</td>
                  <td>{formatNumber(b.posts)}</td>
                  <td>{formatNumber(b.changes)}</td>
                  <td>
                    <time dateTime={b.lastVisit} title={b.lastVisit}>
                      {timeAgo(b.lastVisit, now)}
                    </time>
                  </td>
                  <td>
                    <ConfirmButton
                      label={t('forgetBlog')}
                      question={t('forgetBlogQuestion', b.title)}
                      confirmLabel={t('confirmForget')}
                      onConfirm={() => onForget(b)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <ConfirmButton
              label={t('forgetAll')}
              question={tn('forgetAllQuestion', blogs.length)}
              confirmLabel={t('confirmForgetAll')}
              onConfirm={onForgetAll}
            />
          </p>
        </>
      )}
    </section>
  );
}
