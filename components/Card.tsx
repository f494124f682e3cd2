/**
 * A post's card, opened from its chip line: the post's backstory (PostDetailsView), or what went
 * wrong. Loaded into the page on first use (entrypoints/card.tsx), not with every page. Esc closes.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MatchSummary } from '../lib/types/post';
import type { PostDetails } from '../lib/types/post';
import type { PostStatus } from '../lib/types/post';
import { PostDetailsView } from './PostDetailsView';
import { byReader } from '../lib/dom/by-reader';
import { t } from '../lib/i18n/t';
import type { Why } from '../lib/messages/reasons';
import { reasonShown } from './status-labels';

export interface CardProps {
  status: PostStatus;
  reason?: string;
  why?: Why;
  match: MatchSummary | null;
  details?: PostDetails;
  onOpenPost: (postId: string) => void;
  onClose: () => void;
}

function stopUnlessByReader(e: Event): void {
  if (byReader(e)) return;
  e.stopPropagation();
  e.preventDefault();
}

export function Card({ status, reason, why, match, details, onOpenPost, onClose }: CardProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const doc = ref.current?.ownerDocument;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && byReader(e)) onClose();
    };
    // Keys pressed inside our shadow root reach the page's document: listen there.
    doc?.addEventListener('keydown', onKey);
    return () => doc?.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    // A click the page made (not the reader) stops here, before any button of the card sees it.
    <section ref={ref} class="card" aria-label={t('cardRegion')} onClickCapture={stopUnlessByReader} onKeyDownCapture={stopUnlessByReader}>
      {status === 'error' ? (
        <p>{reason ? reasonShown(reason, why) : t('cardError')}</p>
      ) : status === 'pending' ? (
        <p>{t('cardPending')}</p>
      ) : (
        <PostDetailsView status={status} match={match} details={details} onOpenPost={onOpenPost} />
      )}
    </section>
  );
}
