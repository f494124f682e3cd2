/** The shipped coverage read from disk, for Node (the CLI, the demo, tests). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCoverage } from './parse';
import { SHIPPED_COVERAGE_FILE, SHIPPED_COVERAGE_META } from './shipped';
import type { Coverage } from './types';

export const SHIPPED_COVERAGE_PATH = resolve(import.meta.dirname, '../../assets/coverage', SHIPPED_COVERAGE_FILE);

export function shippedCoverageText(): string {
  return readFileSync(SHIPPED_COVERAGE_PATH, 'utf8');
}

export function loadShippedCoverage(): Coverage {
  return parseCoverage(shippedCoverageText(), SHIPPED_COVERAGE_META);
}
