/**
 * The extension's reader page of one coverage: every indexed post, newest first as the blog read,
 * with the requested post marked and scrolled to.
 */
import { useEffect } from 'preact/hooks';
import type { Coverage } from '../lib/coverage/types';

export interface ReaderProps {
  coverage: Coverage | null;
  focusPostId: string | null;
  error?: string;
}

export function Reader({ coverage, focusPostId, error }: ReaderProps) {
  useEffect(() => {
    if (!focusPostId) return;
    const el = document.getElementById(`post-${focusPostId}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [focusPostId, coverage]);

  if (error)
    return (
      <p class="empty" role="alert">
        {error}
      </p>
    );
  if (!coverage)
    return (
      <p class="muted" role="status">
        Loading the index…
      </p>
    );
  const { meta, posts } = coverage;
  const newestFirst = [...posts].reverse();
  return (
    <main class="reader">
      <header>
        <h1 dir="auto">{meta.title}</h1>
        <p class="muted">
          {meta.publisher} · {posts.length} posts
          {meta.firstDay ? ` · ${meta.firstDay}${meta.lastDay && meta.lastDay !== meta.firstDay ? ` to ${meta.lastDay}` : ''}` : ''}
          {meta.url ? (
            <>
              {' · '}
              <a href={meta.url} rel="noreferrer">
                original address
              </a>
            </>
          ) : null}
        </p>
        <p class="muted small">{meta.source}</p>
      </header>
      {newestFirst.map((p) => (
        <article
          key={p.id}
          id={`post-${p.id}`}
          tabIndex={-1}
          class={p.id === focusPostId ? 'post focus' : 'post'}
          aria-current={p.id === focusPostId ? 'true' : undefined}
        >
          <p class="muted small">
            Post {p.position} of {posts.length}
            {p.edited ? ' · updated after publication' : ''}
            {p.publishedAt ? ` · ${p.publishedAt}` : ''}
          </p>
          {p.title && <h2 dir="auto">{p.title}</h2>}
          {p.paragraphs.map((text, i) => {
            const embed = p.embeds.find((e) => e.paragraphs.includes(i));
            return (
              <p key={i} dir="auto" class={embed ? 'embed' : undefined}>
                {text}
              </p>
            );
          })}
        </article>
      ))}
    </main>
  );
}
