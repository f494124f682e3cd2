/**
 * Where the bench's figures go: tables to stdout, or, with `--json` (docs/contracts.md §4), the
 * tables to stderr and one JSON document of the same figures to stdout.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let json = false;

export function setJson(on: boolean): void {
  json = on;
}

/** A line of a table: for the reader, never part of the JSON document. */
export function log(...parts: unknown[]): void {
  (json ? console.error : console.log)(...parts);
}

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

/** Bytes held by the heap and array buffers once garbage is collected: what a structure really costs. */
export function heldBytes(): number {
  // Array buffers found dead are freed by a sweeper after the collection, not during it: collected
  // again until two readings agree, or a figure can count an index already dropped.
  let last = NaN;
  for (let i = 0; i < 8; i++) {
    collect?.();
    const m = process.memoryUsage();
    const now = m.heapUsed + m.arrayBuffers;
    if (Math.abs(now - last) < 65_536) return now;
    last = now;
  }
  return last;
}

/** The middle value (the upper of the two middles for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}
