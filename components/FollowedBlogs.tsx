/**
 * The Library's followed blogs: each live blog Backstory recorded across visits (site, title,
 * visits, posts, changes seen, last visit), what is kept and for how long, and forgetting one or
 * all of them. A view: the entrypoint does the storage.
 */
import { ConfirmButton } from './ConfirmButton';
import type { FollowedBlogInfo } from '../lib/store/follow-store';
import { RETENTION_CHOICES } from '../lib/visits/follow-settings';
import { timeAgo } from './relative-time';

export interface FollowedBlogsProps {
  blogs: FollowedBlogInfo[];
  retentionDays: number;
  enabled: boolean;
  onForget: (blog: FollowedBlogInfo) => void;
  onForgetAll: () => void;
  onRetention: (days: number) => void;
  now?: number;
}

const dayLabel = (d: number) => (d === 365 ? 'a year' : `${d} days`);

export function FollowedBlogs({ blogs, retentionDays, enabled, onForget, onForgetAll, onRetention, now }: FollowedBlogsProps) {
  const choices = [...new Set([...RETENTION_CHOICES, retentionDays])].sort((a, b) => a - b);
  return (
    <section class="followed" aria-label="Followed live blogs" data-testid="followed-blogs">
      <h2>Followed live blogs</h2>
      <p class="muted">
        {enabled ? 'Backstory follows the live blogs you read' : 'Following is turned off (the popup turns it on)'}: each visit’s posts are
        kept in this browser only, a post’s text again only when it changed.{' '}
        <label>
          A blog is forgotten{' '}
          <select value={String(retentionDays)} onChange={(e) => onRetention(Number(e.currentTarget.value))}>
            {choices.map((d) => (
              <option key={d} value={String(d)}>
                {dayLabel(d)}
              </option>
            ))}
          </select>{' '}
          after your last visit
        </label>
        , unless you added it to your index.
      </p>
      {blogs.length === 0 ? (
        <p class="empty">No followed blog yet: open a live blog and Backstory starts following it.</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Blog</th>
                <th scope="col">Visits</th>
                <th scope="col">Posts</th>
                <th scope="col">Changes seen</th>
                <th scope="col">Last visit</th>
                <th scope="col">Actions</th>
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
                      {b.kept ? ' · in your index, kept' : ''}
                    </span>
                  </td>
                  <td>{b.visits}</td>
                  <td>{b.posts}</td>
                  <td>{b.changes}</td>
                  <td>
                    <time dateTime={b.lastVisit} title={b.lastVisit}>
                      {timeAgo(b.lastVisit, now)}
                    </time>
                  </td>
                  <td>
                    <ConfirmButton
                      label="Forget this blog"
                      question={`Forget “${b.title}”: its visits, and its posts in your index?`}
                      confirmLabel="Yes, forget it"
                      onConfirm={() => onForget(b)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <ConfirmButton
              label="Forget every followed blog"
              question={`Forget all ${blogs.length} followed blogs: their visits, and their posts in your index?`}
              confirmLabel="Yes, forget them all"
              onConfirm={onForgetAll}
            />
          </p>
        </>
      )}
    </section>
  );
}
