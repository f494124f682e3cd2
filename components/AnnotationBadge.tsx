/**
 * The inline annotation of one post: one line of chips (status, sources, later updates,
 * corrections) that opens a card with the post's backstory. Quiet (renders nothing) when the page
 * asked for quiet.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchSummary } from '../lib/annotate/describe-match';
import type { PostDetails } from '../lib/annotate/matcher';
import type { PostStatus } from '../lib/messages/protocol';
import { summaryChips } from './chip-summary';
import { PostDetailsView } from './PostDetailsView';
import { STATUS_ICON, STATUS_LABEL } from './status-labels';

export interface AnnotationBadgeProps {
  status: PostStatus;
  reason?: string;
  match: MatchSummary | null;
  details?: PostDetails;
  quiet: boolean;
  openRequest?: number;
  onOpenPost: (postId: string) => void;
}

export function AnnotationBadge({ status, reason, match, details, quiet, openRequest = 0, onOpenPost }: AnnotationBadgeProps) {
  const [open, setOpen] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (openRequest > 0) setOpen(true);
  }, [openRequest]);
  useEffect(() => {
    if (!open) return;
    const doc = chip.current?.ownerDocument;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        chip.current?.focus();
      }
    };
    // Keys pressed inside our shadow root reach the page's document: listen there.
    doc?.addEventListener('keydown', onKey);
    return () => doc?.removeEventListener('keydown', onKey);
  }, [open]);

  if (quiet) return null;
  const label = status === 'error' && reason ? `${STATUS_LABEL.error}: ${reason}` : STATUS_LABEL[status];
  const chips = summaryChips(details);
  return (
    <div class="bs" lang="en" dir="ltr">
      <div class="chips">
        <button
          ref={chip}
          type="button"
          class={`chip s-${status}`}
          aria-expanded={open}
          aria-label={`Backstory: ${label}${chips.length ? `; ${chips.map((c) => c.label).join(', ')}` : ''}`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{STATUS_ICON[status]}</span>
          <span>{label}</span>
        </button>
        {chips.map((c) => (
          <span key={c.label} class={`mini k-${c.kind}`} aria-hidden="true">
            {c.label}
          </span>
        ))}
      </div>
      {open && (
        <section class="card" aria-label="Backstory details">
          {status === 'error' ? (
            <p>{reason ?? 'Something went wrong while checking this post.'}</p>
          ) : status === 'pending' ? (
            <p>Checking this post against your index…</p>
          ) : (
            <PostDetailsView status={status} match={match} details={details} onOpenPost={onOpenPost} />
          )}
        </section>
      )}
    </div>
  );
}
