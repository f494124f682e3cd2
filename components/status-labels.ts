/** Words and icons for each status: never colour alone (ui.md). Every word in the UI's language (lib/i18n). */
import { formatNumber, t } from '../lib/i18n/t';
import type { PostStatus } from '../lib/types/post';
import { isReasonCode, type ReasonCode, type Why } from '../lib/messages/reasons';

const STATUS_KEY = {
  pending: ['statusPending', 'shortPending'],
  same: ['statusSame', 'shortSame'],
  edited: ['statusEdited', 'shortEdited'],
  unindexed: ['statusUnindexed', 'shortUnindexed'],
  error: ['statusError', 'shortError'],
} as const;

/** Whether a stored word is one of the statuses (an older backup may hold another). */
export const isStatus = (s: string): s is PostStatus => Object.hasOwn(STATUS_KEY, s);

/** A status as the chip and the popup say it ("In the index · unchanged"). */
export const statusLabel = (s: PostStatus): string => t(STATUS_KEY[s][0]);

/** A status as a filter or a list names it, in a word or two ("Unchanged"). */
export const statusShort = (s: PostStatus): string => t(STATUS_KEY[s][1]);

export const STATUS_ICON: Record<PostStatus, string> = {
  pending: '…',
  same: '✓',
  edited: '✎',
  unindexed: '○',
  error: '⚠',
};

/** A followed blog's post against the reader's last visit (unchanged says nothing). */
export const sinceLabel = (since: 'new' | 'changed'): string => t(since === 'new' ? 'sinceNew' : 'sinceChanged');

/** "post 12 of 64 in The Guardian's live blog “…”" */
export function whereIndexed(m: { position: number; total: number; publisher: string; coverageTitle: string }): string {
  return m.publisher
    ? t('whereInPublisher', m.position, m.total, m.publisher, m.coverageTitle)
    : t('whereInBlog', m.position, m.total, m.coverageTitle);
}

export function similarityText(similarity: number): string {
  return t('similarity', Math.round(similarity * 100));
}

/**
 * How related a related post is, in words: its score is the cosine of the two posts' weighted
 * words (rare words count most), which means nothing to a reader as a percentage.
 */
export function relatedness(score: number): string {
  if (score >= 0.45) return t('relatedClose');
  if (score >= 0.2) return t('relatedShared');
  return t('relatedLoose');
}

/** What a later post does to the story of this one ("Confirms"). */
export const relationLabel = (r: 'confirms' | 'contradicts' | 'develops'): string =>
  t(({ confirms: 'relationConfirms', contradicts: 'relationContradicts', develops: 'relationDevelops' } as const)[r]);

const REASON_KEY = {
  tooManyParagraphs: 'reasonTooManyParagraphs',
  titleTooLong: 'reasonTitleTooLong',
  paragraphTooLong: 'reasonParagraphTooLong',
  postTooLong: 'reasonPostTooLong',
  unreadable: 'reasonUnreadable',
  unreachable: 'reasonUnreachable',
  noAnswer: 'reasonNoAnswer',
  matchingFailed: 'reasonMatchingFailed',
  indexUnopened: 'reasonIndexUnopened',
  textsUnread: 'reasonTextsUnread',
} as const satisfies Record<ReasonCode, string>;

/** Why a post could not be checked, in the UI's language; the English sentence where its code is unknown. */
export function reasonShown(reason: string, why?: Why): string {
  if (!why || !isReasonCode(why.code) || !Array.isArray(why.subs)) return reason;
  // Counts as the language writes them; technical messages as they came.
  const subs = why.subs.map((s) => (typeof s === 'string' && /^\d+$/.test(s) ? formatNumber(Number(s)) : String(s)));
  return t(REASON_KEY[why.code], ...subs);
}
