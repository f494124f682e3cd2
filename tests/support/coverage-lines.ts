/**
 * Lines of the shipped coverage file by line number (1-based), read straight from the text, so
 * tests can write page posts whose boundaries do not come from the coverage parser.
 */
import { shippedCoverageText } from '../../lib/coverage/load-shipped-node';

const LINES = shippedCoverageText().split('\n');

export function line(n: number): string {
  const text = LINES[n - 1];
  if (text === undefined) throw new Error(`coverage has no line ${n}`);
  return text;
}

/** Lines from..to inclusive, skipping `Updated` footers. */
export function lines(from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) if (line(n) !== 'Updated') out.push(line(n));
  return out;
}
