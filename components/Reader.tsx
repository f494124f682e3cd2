/**
 * The extension's reader page of one coverage: every indexed post, newest first as the blog read,
 * with the requested post marked and scrolled to.
 */
import { useEffect } from 'preact/hooks';
import type { Coverage } from '../lib/coverage/types';
import type { LaterPost } from '../lib/types/post';
import { Timeline } from './Timeline';
import { formatNumber, t, tn } from '../lib/i18n/t';
import { daysText, momentText, ownClockNote } from './dates';

export interface ReaderProps {
  coverage: Coverage | null;
  focusPostId: string | null;
  error?: string;
  /** The focused post's later developments in its coverage, once worked out (drawn as its timeline). */
  story?: readonly LaterPost[];
  onOpenPost?: (postId: string) => void;
}

export function Reader({ coverage, focusPostId, error, story, onOpenPost }: ReaderProps) {
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
        {t('readerLoading')}
      </p>
    );
  const { meta, posts } = coverage;
  const newestFirst = [...posts].reverse();
  return (
    <main class="reader">
      <header>
        <h1 dir="auto">{meta.title}</h1>
        <p class="muted">
          {meta.publisher} · {tn('posts', posts.length)}
          {meta.firstDay ? ` · ${daysText(meta.firstDay, meta.lastDay)}` : ''}
          {meta.url ? (
            <>
              {' · '}
              <a href={meta.url} rel="noreferrer">
                {t('readerOriginal')}
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
            {t('readerPostOf', formatNumber(p.position), formatNumber(posts.length))}
            {p.edited ? ` · ${t('readerUpdated')}` : ''}
            {p.publishedAt ? ` · ${momentText(p.publishedAt)}` : ''}
            {ownClockNote(p.publishedAt, p.publishedOffset)}
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
          {p.id === focusPostId && story?.length ? (
            <section class="story" aria-label={t('cardLaterRegion')}>
              {/* Under the post's own heading when it has one. */}
              {p.title ? <h3>{t('cardLaterRegion')}</h3> : <h2>{t('cardLaterRegion')}</h2>}
              <Timeline
                post={{ postId: p.id, publishedAt: p.publishedAt, position: p.position, title: p.title }}
                updates={story}
                onOpenPost={onOpenPost ?? (() => {})}
              />
            </section>
          ) : null}
        </article>
      ))}
    </main>
  );
}
