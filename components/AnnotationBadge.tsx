/**
 * The inline annotation of one post: a status chip that opens a small card with the indexed
 * post. Quiet (renders nothing) when the page asked for quiet and nothing here matched.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchSummary } from '../lib/annotate/describe-match';
import type { PostStatus } from '../lib/messages/protocol';
import { similarityText, STATUS_ICON, STATUS_LABEL, whereIndexed } from './status-labels';

export interface AnnotationBadgeProps {
  status: PostStatus;
  reason?: string;
  match: MatchSummary | null;
  quiet: boolean;
  onOpenReader: (postId: string) => void;
}

export function AnnotationBadge({ status, reason, match, quiet, onOpenReader }: AnnotationBadgeProps) {
  const [open, setOpen] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        chip.current?.focus();
      }
    };
    // The shadow root's host document receives the key events.
    chip.current?.ownerDocument.addEventListener('keydown', onKey);
    return () => chip.current?.ownerDocument.removeEventListener('keydown', onKey);
  }, [open]);

  if (quiet) return null;
  const label = status === 'error' && reason ? `${STATUS_LABEL.error}: ${reason}` : STATUS_LABEL[status];
  return (
    <div class="bs" lang="en" dir="ltr">
      <div class="chips">
        <button
          ref={chip}
          type="button"
          class={`chip s-${status}`}
          aria-expanded={open}
          aria-label={`Backstory: ${label}`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{STATUS_ICON[status]}</span>
          <span>{label}</span>
        </button>
      </div>
      {open && (
        <section class="card" aria-label="Backstory details">
          {match ? (
            <IndexedPostCard match={match} status={status} onOpenReader={onOpenReader} />
          ) : (
            <p>
              {status === 'error'
                ? reason ?? 'Something went wrong while checking this post.'
                : status === 'pending'
                  ? 'Checking this post against your index…'
                  : 'This post is not in your index: no indexed live blog holds its text.'}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function IndexedPostCard({ match, status, onOpenReader }: { match: MatchSummary; status: PostStatus; onOpenReader: (id: string) => void }) {
  return (
    <>
      {match.title && <h3 dir="auto">{match.title}</h3>}
      <p class="muted">
        {whereIndexed(match)}
        {match.publishedAt ? `, published ${new Date(match.publishedAt).toUTCString()}` : ''}
      </p>
      {status === 'edited' && <p>{similarityText(match.similarity)}; changed since it was indexed.</p>}
      <p dir="auto" class="muted">{match.excerpt}{match.excerpt.length >= 200 ? '…' : ''}</p>
      <button type="button" class="link" onClick={() => onOpenReader(match.postId)}>
        Open the indexed copy
      </button>
    </>
  );
}
