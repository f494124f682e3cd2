/**
 * What a stored highlight must be, all the way down: the one definition that backups, the worker's
 * messages and the Library rely on. Anything it accepts, the Library and the reader page can
 * draw (tested in components/). Worker and extension pages only: the page's script never loads it.
 */
import * as v from 'valibot';
import type { Highlight } from './model';
import { POST_STATUSES } from '../messages/statuses';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const date = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
);
const optText = (max: number) => v.nullish(text(max), null);
const optDate = v.nullish(date, null);
/** Addresses become links in the Library: only web addresses (a `javascript:` one would run on a click). */
const webUrl = v.pipe(text(4000), v.regex(/^https?:\/\//i, 'must be a web address (http or https)'));

const PostRefSchema = v.object({ postId: text(400), coverage: text(200), title: optText(20_000) });

export const SnapshotSchema = v.object({
  status: v.picklist(POST_STATUSES, 'must be a post status'),
  title: optText(20_000),
  publishedAt: optDate,
  byline: v.array(text(200)),
  match: v.nullish(v.object({ ...PostRefSchema.entries, similarity: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }), null),
  firstPublished: v.nullish(v.object({ ...PostRefSchema.entries, publishedAt: optDate }), null),
  sources: v.array(v.object({ name: text(200), kind: text(40) })),
  corrections: v.array(v.object({ kind: text(40), before: optText(20_000), after: optText(20_000) })),
});

export const HighlightSchema = v.pipe(
  v.object({
    id: v.pipe(text(200), v.minLength(1, 'must not be empty')),
    createdAt: date,
    modifiedAt: date,
    pageUrl: webUrl,
    canonicalUrl: v.nullish(webUrl, null),
    pageTitle: text(1000),
    site: text(300),
    publisher: optText(300),
    postKey: text(300),
    exact: v.pipe(text(20_000), v.minLength(1, 'is empty (the quote)')),
    prefix: text(200),
    suffix: text(200),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    note: text(100_000),
    tags: v.pipe(v.array(text(100)), v.maxLength(100, 'has more than 100 tags')),
    snapshot: SnapshotSchema,
  }),
  v.check((h) => h.end >= h.start, 'start and end must be offsets, start ≤ end'),
);

/** Where an issue is and what is wrong, in one line: `snapshot.sources.0: Invalid type …`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

/** The highlight, checked; or a sentence saying what is wrong with it. */
export function checkHighlight(value: unknown): { ok: true; value: Highlight } | { ok: false; error: string } {
  const r = v.safeParse(HighlightSchema, value);
  return r.success ? { ok: true, value: r.output } : { ok: false, error: describeIssues(r.issues) };
}
