/**
 * Post texts read as they are needed, for an index loaded from its snapshot without them: a cold
 * worker reads the snapshot's arrays (fast: typed arrays) and the coverages' rows, not every post
 * (70 MB of strings at 10^5 posts). A page's verdicts read the texts of the few posts its
 * paragraphs point to; details, which read across a whole coverage, wait for all of them.
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import { forgetUnread, takeText, type MatchIndex } from '../match/match-index';
import type { Revisions } from '../match/index-snapshot';
import { matchPost, type PagePostText } from '../match/match-post';

/** Reads stored posts (lib/store/index-store.ts); what it cannot find (a coverage rewritten since) it leaves out. */
export interface PostReader {
  /** These posts (as the snapshot names them: id, coverage, position), of coverages still in these revisions. */
  posts(wanted: readonly IndexedPost[], revisions: Revisions): Promise<IndexedPost[]>;
  /** Every post of these coverages (oldest first), of those still in these revisions. */
  coverages(ids: readonly string[], revisions: Revisions): Promise<Coverage[]>;
}

/**
 * Rounds of "match, read what was missed" before giving up and reading everything: a page's first
 * round reads its candidates, the second confirms them; a third is rare (a candidate found only
 * once exact lines were confirmed).
 */
const ROUNDS = 4;

export class PostTexts {
  private all: Promise<void> | null = null;

  constructor(
    private readonly index: MatchIndex,
    private readonly reader: PostReader | null,
    private readonly revisions: Revisions,
  ) {}

  /** Whether every post's text is held. */
  get allRead(): boolean {
    return !this.index.unread;
  }

  /** Reads the texts of these index posts, those not read yet. */
  async read(posts: Iterable<number>): Promise<void> {
    const unread = this.index.unread;
    if (!unread || !this.reader) return;
    const wanted = [...new Set(posts)].filter((p) => unread.flags[p]);
    if (!wanted.length) return;
    this.take(
      await this.reader.posts(
        wanted.map((p) => this.index.posts[p]),
        this.revisions,
      ),
      wanted,
    );
  }

  /**
   * Reads what matching these page posts needs, so that their verdicts then read only held text:
   * each round matches them (the result thrown away) and reads the posts the matching wanted and
   * lacked, until a round lacks nothing. The verdicts are then exactly those of an index holding
   * every text.
   */
  async readFor(pagePosts: readonly PagePostText[]): Promise<void> {
    for (let round = 0; round < ROUNDS; round++) {
      const unread = this.index.unread;
      if (!unread) return;
      unread.missed.clear();
      for (const p of pagePosts) {
        try {
          const m = matchPost(this.index, p);
          // Its summary shows the matched post's headline and excerpt.
          if (m.post !== null && unread.flags[m.post]) unread.missed.add(m.post);
        } catch {
          // The verdict itself will say what went wrong with this post.
        }
      }
      if (!unread.missed.size) return;
      await this.read([...unread.missed]);
    }
    await this.readAll();
  }

  /** Reads every text not read yet (once; again after a failure). */
  readAll(): Promise<void> {
    this.all ??= this.readEverything().catch((e: unknown) => {
      this.all = null;
      throw e;
    });
    return this.all;
  }

  private async readEverything(): Promise<void> {
    const unread = this.index.unread;
    if (!unread || !this.reader) return;
    const coverages = new Set<string>();
    this.index.posts.forEach((p, i) => unread.flags[i] && coverages.add(p.coverage));
    const unreadAt = this.index.posts.flatMap((_, i) => (unread.flags[i] ? [i] : []));
    for (const c of await this.reader.coverages([...coverages], this.revisions)) this.take(c.posts, unreadAt);
    const lost = forgetUnread(this.index);
    if (lost) console.warn(`Backstory: ${lost} indexed posts are no longer stored; they match nothing until the index is rebuilt`);
  }

  /** Puts read posts in the places (among `at`) of the posts of the same ids. */
  private take(read: readonly IndexedPost[], at: readonly number[]): void {
    const place = new Map(at.map((p) => [this.index.posts[p].id, p]));
    for (const post of read) {
      const p = place.get(post.id);
      if (p !== undefined) takeText(this.index, p, post);
    }
  }
}
