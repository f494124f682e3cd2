/** The one line of chips a collapsed post shows: "Reuters · AFP · 2 later updates · 1 correction". */
import type { PostDetails } from '../lib/types/post';
import { t, tn } from '../lib/i18n/t';

export interface Chip {
  label: string;
  kind: 'source' | 'updates' | 'contradicted' | 'corrections';
}

const MAX_SOURCES = 3;

export function summaryChips(details: PostDetails | undefined): Chip[] {
  if (!details) return [];
  const chips: Chip[] = details.attribution.sources.slice(0, MAX_SOURCES).map((s) => ({ label: s.name, kind: 'source' }));
  const more = details.attribution.sources.length - MAX_SOURCES;
  if (more > 0) chips.push({ label: tn('chipMoreSources', more), kind: 'source' });
  const contradicted = details.updates.filter((u) => u.relation === 'contradicts').length;
  if (contradicted) chips.push({ label: t('chipContradicted', contradicted), kind: 'contradicted' });
  const n = details.updates.length;
  if (n) chips.push({ label: tn('chipLaterUpdates', n), kind: 'updates' });
  const c = details.corrections.length;
  if (c) chips.push({ label: tn('chipCorrections', c), kind: 'corrections' });
  return chips;
}
