/** Indexed posts missing between the posts a page shows ("Removed from the page"). */
import type { RemovedPost } from '../lib/analysis/removed-posts';
import { t, tn } from '../lib/i18n/t';

export function Removed({ posts, onOpenPost }: { posts: RemovedPost[]; onOpenPost: (id: string) => void }) {
  return (
    <section class="removed" aria-label={t('removedRegion')}>
      <h2>{t('removedRegion')}</h2>
      <p class="muted">{tn('removedLead', posts.length)}</p>
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
