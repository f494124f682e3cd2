/**
 * Script time on a page's main thread from a Chrome trace, every JavaScript world counted: CDP's
 * `Performance.getMetrics` ScriptDuration leaves out scripts an extension injects with
 * `scripting.executeScript` (measured: the annotator's whole first pass went missing from it once
 * it was injected rather than declared), so the bench reads the trace the DevTools panel reads.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

/** Top-level events in which V8 runs script (nested ones lie within these). */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'RunMicrotasks',
  'V8.Execute',
  'v8.run',
  'v8.callFunction',
]);

export async function startTrace(cdp: CDPSession): Promise<() => Promise<number>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', '__metadata'], excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return scriptMs(events);
  };
}

/** Layout and style a script forced (by reading geometry): counted as layout, as CDP's LayoutDuration does, not as script. */
const LAYOUT_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);

type Span = readonly [number, number];

/** Sorted, non-overlapping spans covering the same time. */
function union(spans: Span[]): Span[] {
  const out: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const length = (spans: readonly Span[]) => spans.reduce((t, [s, e]) => t + e - s, 0);

function overlap(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    total += Math.max(0, Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]));
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return total;
}

/**
 * Milliseconds the page's renderer main thread spent running script, in any world: the union of
 * script events' spans, less the layout and style they forced. (Most of an async content script's
 * work runs as microtasks after each await; ScriptDuration counts little of it.)
 */
export function scriptMs(events: readonly TraceEvent[]): number {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const spansOf = (names: Set<string>) =>
    union(
      events
        .filter((e) => e.ph === 'X' && e.dur && names.has(e.name) && (!main || (e.pid === main.pid && e.tid === main.tid)))
        .map((e) => [e.ts, e.ts + e.dur!] as const),
    );
  const script = spansOf(SCRIPT_EVENTS);
  return (length(script) - overlap(script, spansOf(LAYOUT_EVENTS))) / 1000;
}
