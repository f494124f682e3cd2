/**
 * Backstory's IndexedDB, through Dexie. Posts are stored in batches (one row per
 * `POSTS_PER_BATCH` posts) because IndexedDB costs per request, not per byte (matching.md):
 * loading the index at a cold worker start is a handful of reads.
 *
 * Schema changes add a `version(n)` below; the shipped coverage may be replaced on upgrade, but
 * tables holding what users made (highlights, their captures) are never cleared.
 */
import Dexie, { type Table } from 'dexie';
import type { CoverageMeta, IndexedPost } from '../coverage/types';
import type { Highlight } from '../highlights/model';
import type { BlogHistory } from '../visits/blog-history';

export const DB_NAME = 'backstory';
export const POSTS_PER_BATCH = 500;

export interface StoredCoverage {
  id: string;
  meta: CoverageMeta;
  /**
   * Shipped with the extension (re-seeded when its text changes), made by the user (captured or
   * imported), or a followed blog's posts as the reader's visits first saw them (lib/visits).
   */
  origin: 'shipped' | 'user' | 'followed';
  /** Hash of the source the posts were made from: re-seeding is a no-op when it is unchanged. */
  contentHash: string;
  postCount: number;
  batchCount: number;
  storedAt: string;
  /**
   * How many times the coverage was rewritten (absent: never). A write that only adds posts (a
   * capture of more of the blog) keeps it: a stored index built from an earlier revision still
   * holds every older post as it is, and takes the new ones as appended posts.
   */
  revision?: number;
  /** Approximate bytes of its post batches as written (JSON length): the Library shows it without reading them. */
  bytes?: number;
}

export interface PostBatch {
  coverage: string;
  batch: number;
  posts: IndexedPost[];
}

/** The match index's arrays for one state of the coverages (see index-snapshot.ts). */
export interface StoredIndex {
  /** The match index, and its related index apart (index-store.ts). */
  id: 'match' | 'related';
  /** Which coverages, in which versions, it was built from: any other stamp means rebuild. */
  stamp: string;
  arrays: unknown;
}

/** A live blog the reader visited, as the Library lists it; its history is a row of its own (`blogHistories`). */
export interface FollowedBlog {
  blogId: string;
  url: string;
  title: string;
  site: string;
  firstVisit: string;
  lastVisit: string;
  /** Counted when the history is written: the list never reads the histories. */
  visits: number;
  posts: number;
  changes: number;
}

/** Every visit and version of a followed blog (lib/visits/blog-history.ts). */
export interface StoredHistory {
  blogId: string;
  history: BlogHistory;
}

/** One of the reader's settings, stored by name (what it holds is checked where it is read). */
export interface StoredSetting {
  key: string;
  value: unknown;
}

export class BackstoryDB extends Dexie {
  coverages!: Table<StoredCoverage, string>;
  indexSnapshots!: Table<StoredIndex, string>;
  postBatches!: Table<PostBatch, [string, number]>;
  highlights!: Table<Highlight, string>;
  followedBlogs!: Table<FollowedBlog, string>;
  blogHistories!: Table<StoredHistory, string>;
  settings!: Table<StoredSetting, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      coverages: 'id, origin',
      postBatches: '[coverage+batch], coverage',
      highlights: 'id, pageUrl, postKey, createdAt',
    });
    // Researchers filter their highlights by site, tag and date: index them (no data changes).
    this.version(2).stores({
      highlights: 'id, pageUrl, postKey, createdAt, modifiedAt, site, *tags',
    });
    // The built match index, stored whole so that a cold worker does not rebuild it.
    this.version(3).stores({ indexSnapshots: 'id' });
    // Live blogs followed across visits: one row per blog, found by id or by the last visit (retention).
    this.version(4).stores({ followedBlogs: 'blogId, lastVisit, site' });
    // The reader's settings (following live blogs: on or off, per site, how long to keep them).
    this.version(5).stores({ settings: 'key' });
    // Histories apart from the list of followed blogs: the Library lists hundreds without reading their versions.
    this.version(6)
      .stores({ blogHistories: 'blogId' })
      .upgrade(async (tx) => {
        await tx
          .table('followedBlogs')
          .toCollection()
          .modify((row: FollowedBlog & { history?: BlogHistory }, ref) => {
            if (!row.history) return;
            const lists = Object.values(row.history.versions);
            void tx.table('blogHistories').put({ blogId: row.blogId, history: row.history });
            ref.value = {
              ...row,
              visits: row.history.visits.length,
              posts: lists.length,
              changes: lists.reduce((n, l) => n + Math.max(0, l.length - 1), 0),
            };
            delete (ref.value as { history?: BlogHistory }).history;
          });
      });
  }
}
