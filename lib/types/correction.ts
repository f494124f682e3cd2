/**
 * What changed between a page post and its indexed copy, as the worker reports it: types only.
 */

export type CorrectionKind = 'wording' | 'substantive' | 'added' | 'removed' | 'notice';

export interface DiffPart {
  op: '=' | '-' | '+';
  text: string;
}

export interface Correction {
  kind: CorrectionKind;
  before: string | null;
  after: string | null;
  /** Word-level diff of the sentence, for wording and substantive changes. */
  diff?: DiffPart[];
}
