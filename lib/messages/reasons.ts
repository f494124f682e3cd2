/**
 * Why a post could not be checked, said twice: `reason`, an English sentence (what `data-reason`
 * carries, docs/contracts.md §1, and what logs and the command line show), and `why`, its code and
 * details, which the UI says in the reader's language (components/status-labels.ts). One place
 * makes both, so they never say different things.
 */
export type ReasonCode = keyof typeof ENGLISH;

export interface Why {
  code: ReasonCode;
  /** Numbers and technical messages the sentence holds, in its order. */
  subs: string[];
}

export interface Reason {
  reason: string;
  why: Why;
}

const count = (n: string) => Number(n).toLocaleString('en');
const tooLong = (what: string) => `This post is too long to check (${what}).`;

const ENGLISH = {
  tooManyParagraphs: ([n]) => tooLong(`${count(n)} paragraphs`),
  titleTooLong: ([n]) => tooLong(`a title of ${count(n)} characters`),
  paragraphTooLong: ([n]) => tooLong(`a paragraph of ${count(n)} characters`),
  postTooLong: ([n]) => tooLong(`${count(n)} characters`),
  unreadable: ([where, what]) => `This post could not be read (${where}: ${what}).`,
  unreachable: ([what]) => `The index could not be reached (${what}).`,
  noAnswer: () => 'No answer for this post.',
  matchingFailed: ([what]) => `Matching failed (${what}).`,
  indexUnopened: ([what]) => `The index could not be opened (${what}).`,
  textsUnread: ([what]) => `The indexed posts could not be read (${what}).`,
} satisfies Record<string, (subs: string[]) => string>;

export function because(code: ReasonCode, ...subs: (string | number)[]): Reason {
  const s = subs.map(String);
  return { reason: ENGLISH[code](s), why: { code, subs: s } };
}

export const isReasonCode = (c: unknown): c is ReasonCode => typeof c === 'string' && Object.hasOwn(ENGLISH, c);
