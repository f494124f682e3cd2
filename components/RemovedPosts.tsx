/** Indexed posts missing between the posts a page shows ("Removed from the page"). */
import type { RemovedPost } from '../lib/analysis/removed-posts';

export function Removed({ posts, onOpenPost }: { posts: RemovedPost[]; onOpenPost: (id: string) => void }) {
  return (
    <section class="removed" aria-label="Removed from the page">
      <h2>Removed from the page</h2>
      <p class="muted">
        {posts.length} indexed post{posts.length === 1 ? ' is' : 's are'} missing between the posts this page shows.
      </p>
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
