/**
 * The demo live blog: the newest posts of the shipped coverage in Guardian markup, with a few
 * edited the ways live blogs are edited (a word changed, a sentence added, a paragraph cut) and
 * one new post the index has never seen. Used by `npm run demo` and the end-to-end tests.
 */
import type { Coverage, IndexedPost } from '../../../lib/coverage/types';
import { shortHash } from '../../../lib/text/hash';
import { guardianPage, paragraphsHtml, type GuardianBlock } from './guardian-page';
import type { MatchStatus } from '../../../lib/types/post';

export type DemoEdit = 'none' | 'word-changed' | 'spelling-changed' | 'sentence-added' | 'paragraph-removed' | 'notice-added' | 'new';

export const DEMO_NOTICE = 'This post was amended on 8 December 2024: an earlier version gave the wrong day.';

export interface DemoPost {
  block: GuardianBlock;
  edit: DemoEdit;
  /** What Backstory should say about it. */
  expected: MatchStatus;
}

const NEW_POST = {
  title: 'Demo: a post this index has never seen',
  paragraphs: [
    'This post was written for Backstory’s demo page and is in no indexed coverage, so Backstory marks it as not in the index.',
    'Every other post on this page comes from the indexed live blog, some of them edited after indexing.',
  ],
};

export function blockId(seed: string): string {
  // 24 hex characters, as the Guardian's block ids.
  return [0, 1, 2]
    .map((i) =>
      Number.parseInt(shortHash(`${seed}#${i}`), 36)
        .toString(16)
        .padStart(8, '0')
        .slice(-8),
    )
    .join('');
}

const SWAPS: Record<string, string> = { Sunday: 'Monday', Saturday: 'Friday', capital: 'country', statement: 'video', city: 'town' };

/** The post's paragraphs with one edit made, or null when this post cannot take that edit. */
function edit(post: IndexedPost, kind: Exclude<DemoEdit, 'none' | 'new'>): string[] | null {
  const ps = [...post.paragraphs];
  if (ps.length === 0) return null;
  switch (kind) {
    case 'word-changed': {
      const changed = ps[0].replace(/\b(Sunday|Saturday|capital|statement|city)\b/, (w) => SWAPS[w]);
      if (changed === ps[0]) return null;
      ps[0] = changed;
      return ps;
    }
    case 'spelling-changed': {
      // A misspelt long word, as live blogs are often published and later fixed.
      const changed = ps[0].replace(
        /\b([a-z]{3})([a-z])([a-z])([a-z]{3,})\b/,
        (_m, a: string, b: string, c: string, d: string) => `${a}${c}${b}${d}`,
      );
      if (changed === ps[0]) return null;
      ps[0] = changed;
      return ps;
    }
    case 'notice-added':
      return [...ps, DEMO_NOTICE];
    case 'sentence-added':
      ps[ps.length - 1] = `${ps[ps.length - 1]} The Guardian has not been able to verify these claims independently.`;
      return ps;
    case 'paragraph-removed':
      // Only a post with paragraphs on both sides of the cut stays recognisably the same post.
      if (ps.length < 3) return null;
      ps.splice(1, 1);
      return ps;
  }
}

/** Where, among the newest posts, the demo leaves one out: Backstory reports it removed from the page. */
const REMOVED_AT = 16;

/** The indexed post the demo page leaves out. */
export function demoRemovedPost(coverage: Coverage): IndexedPost {
  return [...coverage.posts].reverse()[REMOVED_AT];
}

/**
 * `count` newest posts of the coverage, newest first, with edits placed among them, one left out,
 * and one new post on top.
 */
export function demoPosts(coverage: Coverage, count = 24): DemoPost[] {
  const newestFirst = [...coverage.posts]
    .reverse()
    .slice(0, count + 1)
    .filter((_, i) => i !== REMOVED_AT);
  const start = Date.parse('2024-12-08T13:40:00Z');
  const planned: [number, Exclude<DemoEdit, 'none' | 'new'>][] = [
    [3, 'word-changed'],
    [5, 'spelling-changed'],
    [7, 'sentence-added'],
    [10, 'notice-added'],
    [12, 'paragraph-removed'],
  ];
  const edits = new Map<number, { kind: DemoEdit; paragraphs: string[] }>();
  for (const [from, kind] of planned) {
    for (let i = from; i < newestFirst.length; i++) {
      const paragraphs = edits.has(i) ? null : edit(newestFirst[i], kind);
      if (paragraphs) {
        edits.set(i, { kind, paragraphs });
        break;
      }
    }
  }
  const posts: DemoPost[] = newestFirst.map((post, i) => {
    const e = edits.get(i);
    return {
      edit: e?.kind ?? 'none',
      expected: e ? 'edited' : 'same',
      block: {
        id: blockId(post.id),
        title: post.title,
        bodyHtml: paragraphsHtml(e?.paragraphs ?? post.paragraphs),
        publishedAt: new Date(start - (i + 1) * 12 * 60_000).toISOString(),
        updatedAt: post.edited ? new Date(start - i * 12 * 60_000 + 5 * 60_000).toISOString() : null,
      },
    };
  });
  posts.unshift({
    edit: 'new',
    expected: 'unindexed',
    block: {
      id: blockId('demo-new-post'),
      title: NEW_POST.title,
      bodyHtml: paragraphsHtml(NEW_POST.paragraphs),
      publishedAt: new Date(start).toISOString(),
      byline: 'Backstory demo',
    },
  });
  return posts;
}

export function demoPageHtml(coverage: Coverage): string {
  return guardianPage({
    title: 'Syria: rebels take Damascus, Assad flees – live (Backstory demo page)',
    url: 'http://127.0.0.1/demo/syria-live',
    blocks: demoPosts(coverage).map((p) => p.block),
    pinFirst: true,
  });
}
