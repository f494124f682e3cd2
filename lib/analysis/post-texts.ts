/**
 * Post texts read as they are needed, for an index loaded from its snapshot without them: a cold
 * worker reads the snapshot's arrays (fast: typed arrays) and the coverages' rows, not every post
 * (70 MB of strings at 10^5 posts). A page's verdicts read the texts of the few posts its
 * paragraphs point to (a post not read notes itself when anything reads it: index-snapshot.ts);
 * details wait for every text (`readAll`, Analyzer.readForDetails says why).
 */
import type { Coverage, IndexedPost } from '../coverage/types';
import { forgetUnread, takeText, type MatchIndex } from '../match/match-index';
import type { Revisions } from '../match/index-snapshot';

/** Where a post is stored: what the snapshot knows of it before its text is read. */
export type PostPlace = Pick<IndexedPost, 'id' | 'coverage' | 'position'>;

/** Reads stored posts (lib/store/index-store.ts); what it cannot find (a coverage rewritten since) it leaves out. */
export interface PostReader {
  /**
   * These posts (as the snapshot names them: id, coverage, position), of coverages still in these
   * revisions, and any others it read with them (their batch): the caller keeps those too.
   */
  posts(wanted: readonly PostPlace[], revisions: Revisions): Promise<IndexedPost[]>;
  /** Every post of these coverages (oldest first), of those still in these revisions. */
  coverages(ids: readonly string[], revisions: Revisions): Promise<Coverage[]>;
}

/**
 * Rounds of "compute, read what was missed" before giving up and reading everything: a page's
 * first round reads its candidates, the second confirms them; a third is rare (a candidate found
 * only once exact lines were confirmed, a later post found only once a claim was read).
 */
const ROUNDS = 4;

export class PostTexts {
  private all: Promise<void> | null = null;
  /** Where each unread post is, by id: made once, its entries dropped as they are read. */
  private places: Map<string, number> | null = null;
  /** Posts read so far by `read` (the bench and the worker's measures report it). */
  postsRead = 0;

  constructor(
    private readonly index: MatchIndex,
    private readonly reader: PostReader | null,
    private readonly revisions: Revisions,
  ) {}

  /** Whether every post's text is held. */
  get allRead(): boolean {
    return !this.index.unread;
  }

  /** Whether this post's text is held. */
  held(post: number): boolean {
    return !this.index.unread?.flags[post];
  }

  /** Reads the texts of these index posts, those not read yet. */
  async read(posts: Iterable<number>): Promise<void> {
    const unread = this.index.unread;
    if (!unread || !this.reader) return;
    const wanted = [...new Set(posts)].filter((p) => unread.flags[p]);
    if (!wanted.length) return;
    const got = await this.reader.posts(
      wanted.map((p) => this.index.posts[p]),
      this.revisions,
    );
    const before = unread.count;
    this.take(got);
    this.postsRead += before - (this.index.unread?.count ?? 0);
    // What the store no longer holds would be asked for at every round: it stays without text.
    this.giveUp(wanted);
  }

  /**
   * Reads what `compute` needs: each round runs it (its results thrown away) and reads the posts
   * it read without their text, until a round lacks nothing. `compute` then gives what it would
   * on an index holding every text. Its work must be pure of the posts' texts: whatever it keeps
   * of an unread post's (empty) text would outlive the read.
   */
  async settle(compute: () => void): Promise<void> {
    for (let round = 0; round < ROUNDS; round++) {
      const unread = this.index.unread;
      if (!unread) return;
      unread.missed.clear();
      compute();
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
    const unreadAt: number[] = [];
    this.index.posts.forEach((p, i) => {
      if (!unread.flags[i]) return;
      coverages.add(p.coverage);
      unreadAt.push(i);
    });
    const before = unread.count;
    for (const c of await this.reader.coverages([...coverages], this.revisions)) this.take(c.posts);
    this.postsRead += before - (this.index.unread?.count ?? 0);
    this.giveUp(unreadAt);
  }

  /** Posts asked for and not found stay without text, matching nothing, until the index is rebuilt. */
  private giveUp(asked: readonly number[]): void {
    const lost = asked.filter((p) => !this.held(p));
    if (!lost.length) return;
    console.warn(`Backstory: ${lost.length} indexed posts are no longer stored; they match nothing until the index is rebuilt`);
    forgetUnread(this.index, lost);
  }

  /** Puts read posts in the places of the unread posts of the same ids (others were read before, or are not indexed). */
  private take(read: readonly IndexedPost[]): void {
    const place = (this.places ??= this.unreadPlaces());
    for (const post of read) {
      const p = place.get(post.id);
      if (p === undefined) continue;
      takeText(this.index, p, post);
      place.delete(post.id);
    }
  }

  private unreadPlaces(): Map<string, number> {
    const unread = this.index.unread;
    const place = new Map<string, number>();
    if (unread) this.index.posts.forEach((p, i) => unread.flags[i] && place.set(p.id, i));
    return place;
  }
}
