/**
 * The coverage Backstory ships, described by assets/coverage/shipped.json (data, beside the text
 * it describes: no story's names live in code; assets/coverage/README.md says where the text comes
 * from). The text itself is loaded by the caller (bundled into the worker, read from disk by the CLI).
 */
import shipped from '../../assets/coverage/shipped.json';
import type { CoverageMeta } from './types';

export const SHIPPED_COVERAGE_FILE: string = shipped.file;
export const SHIPPED_COVERAGE_META: CoverageMeta = shipped.meta;
