import { describe, expect, it } from 'vitest';
import { scriptMs } from './main-thread-trace';

const MAIN = { pid: 1, tid: 1 };
const meta = { name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } };
const x = (name: string, ts: number, dur: number, at = MAIN) => ({ name, ph: 'X', ts: ts * 1000, dur: dur * 1000, ...at });

describe('script time from a trace', () => {
  it('counts nested and overlapping script once, on the page’s main thread only', () => {
    const events = [
      meta,
      x('RunMicrotasks', 0, 10),
      x('v8.callFunction', 2, 3), // inside the microtasks
      x('FunctionCall', 8, 6), // overlaps their end: 10..14 is new
      x('FunctionCall', 100, 1, { pid: 2, tid: 7 }), // another process
      x('Paint', 20, 5), // not script
    ];
    expect(scriptMs(events)).toBe(14);
  });

  it('leaves out the layout and style a script forced', () => {
    expect(scriptMs([meta, x('RunMicrotasks', 0, 10), x('Layout', 2, 3), x('UpdateLayoutTree', 4, 2), x('Layout', 20, 5)])).toBe(6);
  });
});
