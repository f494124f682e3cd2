/**
 * How much one post may ask of the worker: one definition, applied by the page before it sends a
 * post and by the worker when one arrives, so a post the page sends is never refused for a
 * reason the page did not know. A post over a limit gets its own `error` verdict; every other
 * post of the page still gets its answer.
 */
import { because, type Reason } from './reasons';

export const LIMITS = {
  postsPerRequest: 2000,
  paragraphsPerPost: 400,
  charsPerParagraph: 20_000,
  charsPerPost: 200_000,
  keyLength: 300,
  bylineNames: 20,
  bylineChars: 200,
} as const;

/** A post's own time zone, as minutes east of UTC: UTC−12 to UTC+14, the zones there are. */
export const ZONE_MINUTES = { min: -12 * 60, max: 14 * 60 } as const;

/** A post's zone as a field, there only where it is known (stored posts, packs and captures leave it out otherwise). */
export const zoneField = (offset: number | undefined): { publishedOffset?: number } =>
  offset === undefined ? {} : { publishedOffset: offset };

export interface PostText {
  title: string | null;
  paragraphs: readonly string[];
}

/** Why a post is too big to check (reasons.ts), or null when it fits. */
export function postProblem(p: PostText): Reason | null {
  if (p.paragraphs.length > LIMITS.paragraphsPerPost) return because('tooManyParagraphs', p.paragraphs.length);
  if ((p.title?.length ?? 0) > LIMITS.charsPerParagraph) return because('titleTooLong', p.title!.length);
  let chars = p.title?.length ?? 0;
  for (const para of p.paragraphs) {
    if (para.length > LIMITS.charsPerParagraph) return because('paragraphTooLong', para.length);
    chars += para.length;
  }
  return chars > LIMITS.charsPerPost ? because('postTooLong', chars) : null;
}

/** A byline as sent: what a byline holds is names, so a longer one is cut, never a reason to refuse the post. */
export function clipByline(names: readonly string[]): string[] {
  return names.slice(0, LIMITS.bylineNames).map((n) => n.slice(0, LIMITS.bylineChars));
}
