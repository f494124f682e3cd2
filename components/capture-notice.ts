/** What "Add this live blog to my index" did, in one sentence, whatever the counts. */
import { t, tn } from '../lib/i18n/t';

export function captureNotice(r: { added: number; total: number }): string {
  if (r.added > 0) return t('captureAdded', tn('posts', r.added), tn('posts', r.total));
  if (r.total > 0) return t('captureNothingNew', tn('posts', r.total));
  return t('captureNone');
}
