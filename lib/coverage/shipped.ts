/**
 * The coverage Backstory ships: The Guardian's live blog of 7–8 December 2024 on the fall of
 * Assad (assets/coverage/README.md says where the text comes from). The text itself is loaded
 * by the caller (bundled into the worker with `?raw`, read from disk by the CLI).
 */
import type { CoverageMeta } from './types';

export const SHIPPED_COVERAGE_FILE = 'guardian-syria-live-2024-12-07.txt';

export const SHIPPED_COVERAGE_META: CoverageMeta = {
  id: 'guardian-syria-2024-12-07',
  title: 'Syria: rebels take Homs and Damascus, Bashar al-Assad flees – live',
  publisher: 'The Guardian',
  // The blog's likely address; unconfirmed (see the coverage README).
  url: 'https://www.theguardian.com/world/live/2024/dec/07/syria-rebels-reach-damascus-bashar-al-assad',
  language: 'en',
  firstDay: '2024-12-07',
  lastDay: '2024-12-08',
  source: 'Text of The Guardian live blog, 7–8 December 2024, as shipped in assets/coverage/',
};
