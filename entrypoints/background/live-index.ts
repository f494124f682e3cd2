/**
 * The worker's one index: loaded at first use from the stored snapshot (with the posts added since
 * appended; the others' texts read as verdicts need them, then all of them once it has answered)
 * or built, kept in step with IndexedDB after a capture or an import by appending the new posts (a
 * rewrite or a removal, rare, rebuilds at next use), and stored again soon after it changed. User
 * Timing measures `backstory:index-load|build|append|store`, `backstory:related-read` and
 * the mark `backstory:posts-read` (how many posts' texts the worker has read so far) are read by
 * the bench and the e2e tests.
 */
import { Analyzer } from '../../lib/analysis/analyzer';
import type { PagePostText } from '../../lib/match/match-post';
import type { BackstoryDB } from '../../lib/store/db';
import { loadCoverage } from '../../lib/store/coverage-store';
import { loadIndexHeads, loadRelatedSnapshot, storedPosts, storeIndexSnapshot, storedCoverages } from '../../lib/store/index-store';

/** How long after the index last changed its snapshot is written (merging its appended posts, a pass over it). */
const STORE_AFTER_MS = 2000;

export function wireLiveIndex(db: BackstoryDB, ready: Promise<unknown>) {
  let analyzer: Promise<Analyzer> | null = null;
  /**
   * What details need of an analyzer loaded from its snapshot, the stored related index and every
   * post's text: read once it has answered, so that reading them (~130 MB at 10^5 posts) never
   * delays a first verdict.
   */
  const restReads = new WeakMap<Analyzer, Promise<void>>();
  const readRest = (m: Analyzer): Promise<void> => {
    let read = restReads.get(m);
    if (!read) {
      const t0 = performance.now();
      const related = m.rebuilt
        ? Promise.resolve()
        : loadRelatedSnapshot(db)
            .then((r) => {
              m.provideRelated(r);
              if (r !== undefined) performance.measure('backstory:related-read', { start: t0 });
            })
            .catch((e) => console.warn('Backstory: could not read the stored related index', e));
      const texts = m
        .readForDetails()
        .catch((e) => console.warn('Backstory: could not read the indexed posts (asked again with the next details)', e));
      read = Promise.all([related, texts]).then(() => undefined);
      restReads.set(m, read);
    }
    return read;
  };
  let storeTimer: ReturnType<typeof setTimeout> | undefined;

  const scheduleStore = (m: Analyzer) => {
    clearTimeout(storeTimer);
    storeTimer = setTimeout(() => {
      // Not the index any more (rebuilt meanwhile): nothing to store of it.
      void analyzer
        ?.then(async (current) => {
          // A snapshot taken before the stored related index is read would drop it.
          await readRest(m);
          if (current !== m || !m.snapshotStale) return;
          const t0 = performance.now();
          return storeIndexSnapshot(db, m.snapshot()).then(() => void performance.measure('backstory:index-store', { start: t0 }));
        })
        .catch((e) => console.warn('Backstory: could not store the index', e));
    }, STORE_AFTER_MS);
  };

  const load = async () => {
    const t0 = performance.now();
    const heads = await loadIndexHeads(db);
    const m = await Analyzer.open(heads.coverages, heads.snapshot, storedPosts(db));
    performance.measure(m.rebuilt ? 'backstory:index-build' : 'backstory:index-load', { start: t0 });
    if (m.snapshotStale) scheduleStore(m);
    return m;
  };

  const get = () =>
    (analyzer ??= ready.then(load).catch((e) => {
      analyzer = null;
      throw e;
    }));

  return {
    get,
    /**
     * Reads what a page's answer needs: its verdicts' posts' texts, and with `details` (the page's
     * second ask) what details need, the stored related index (without it, details would build one
     * from every post) and every text.
     */
    async readFor(m: Analyzer, posts: readonly PagePostText[], details: boolean): Promise<void> {
      const before = m.texts.postsRead;
      await m.readForVerdicts(posts);
      if (details) {
        await readRest(m);
        // A read that failed in the background is tried again here, and its failure reported.
        await m.readForDetails();
      }
      // The worker's count so far (reads in the background included).
      if (m.texts.postsRead !== before) performance.mark('backstory:posts-read', { detail: { posts: m.texts.postsRead } });
    },

    /**
     * The index has answered: what details need may be read now, and (details may have built a
     * related index) it is stored soon if it holds what is not stored.
     */
    used(m: Analyzer): void {
      void readRest(m);
      if (m.snapshotStale) scheduleStore(m);
    },
    /** Forget the index: the next use loads or builds it again (the shipped coverage was rewritten). */
    reset: () => void (analyzer = null),
    /** Coverages were written (a capture, an import, a deletion): the live index follows, appending where it can. */
    async sync(): Promise<void> {
      if (!analyzer) return;
      const m = await analyzer.catch(() => null);
      if (!m) return;
      const stored = await storedCoverages(db);
      const plan = m.plan(stored);
      if (plan.rebuild) return void (analyzer = null);
      const t0 = performance.now();
      for (const id of plan.add) {
        const coverage = await loadCoverage(db, id);
        const c = stored.find((s) => s.id === id);
        if (coverage && c) m.add(coverage, c.revision ?? 0);
      }
      performance.measure('backstory:index-append', { start: t0 });
      scheduleStore(m);
    },
  };
}
