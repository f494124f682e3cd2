/** The toolbar button's title on a live blog: how many of its posts the index holds. */
import { tn } from '../lib/i18n/t';

export function toolbarTitle(matched: number, total: number): string {
  return matched ? tn('toolbarMatched', matched, total) : tn('toolbarNoneOf', total);
}
