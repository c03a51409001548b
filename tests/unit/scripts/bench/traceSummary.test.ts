/** Where the main thread's time went, read from a (tiny, hand-made) Chromium trace. */
import { describe, expect, it } from 'vitest';
import { summarizeTrace, type TraceEvent } from '../../../../scripts/bench/traceSummary';

const PAGE = { pid: 2, tid: 20 };
const ms = 1000; // trace times are in microseconds
const at = (name: string, start: number, duration: number, args?: TraceEvent['args']): TraceEvent => ({ name, ph: 'X', ts: start * ms, dur: duration * ms, ...PAGE, ...(args ? { args } : {}) });

const events: TraceEvent[] = [
  // Three renderers: the page's is the one that loaded a web page and ran the most; headless
  // Chromium's own chrome:// pages run in renderers too, and may run more.
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 10, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 3, tid: 30, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, ...PAGE, args: { name: 'CrRendererMain' } },
  { name: 'RunTask', ph: 'X', ts: 1000 * ms, dur: 5 * ms, pid: 1, tid: 10 },
  { name: 'navigationStart', ph: 'R', ts: 1000 * ms, pid: 1, tid: 10, args: { data: { documentLoaderURL: 'http://localhost/other', isOutermostMainFrame: true } } },
  { name: 'RunTask', ph: 'X', ts: 1000 * ms, dur: 900 * ms, pid: 3, tid: 30 },
  { name: 'navigationStart', ph: 'R', ts: 1000 * ms, pid: 3, tid: 30, args: { data: { documentLoaderURL: 'chrome://omnibox-popup.top-chrome/', isOutermostMainFrame: true } } },
  { name: 'navigationStart', ph: 'R', ts: 1000 * ms, ...PAGE, args: { data: { documentLoaderURL: 'http://localhost/', isOutermostMainFrame: true } } },
  // A 100 ms task: 50 ms of script (10 of it compiling), 20 of layout, 30 of its own.
  at('RunTask', 1010, 100),
  at('v8.compile', 1010, 10, { data: { url: 'http://localhost/app.js' } }),
  at('FunctionCall', 1020, 40, { data: { url: 'http://localhost/app.js' } }),
  at('Layout', 1070, 20),
  // A short task after the milestone of 200 ms, then a long one across it.
  at('RunTask', 1150, 10),
  at('ParseHTML', 1150, 10),
  at('RunTask', 1180, 60),
  at('UpdateLayoutTree', 1180, 60),
  // Samples: app.js at 1010–1040 ms, the probe (no URL) 1040–1050, (program) from 1050 ms.
  { name: 'Profile', ph: 'P', ts: 1000 * ms, ...PAGE, id: '0x1', args: { data: { startTime: 1010 * ms } } as TraceEvent['args'] },
  {
    // From the profiler's own thread, tied to the profile by its id.
    name: 'ProfileChunk',
    ph: 'P',
    ts: 1100 * ms,
    pid: PAGE.pid,
    tid: 21,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: { url: 'http://localhost/app.js', functionName: 'mount' } },
            { id: 2, callFrame: { url: '', functionName: 'firstFrames' } },
            { id: 3, callFrame: { url: '', functionName: '(program)' } }
          ],
          samples: [1, 1, 1, 2, 3, 3]
        },
        timeDeltas: [0, 10 * ms, 10 * ms, 10 * ms, 10 * ms, 200 * ms]
      }
    } as TraceEvent['args']
  }
];

describe('summarizeTrace', () => {
  it('adds up the page’s tasks by kind of work, up to the milestone', () => {
    const summary = summarizeTrace(events, 200);
    expect(summary.busyMs).toBe(100 + 10 + 20);
    expect(Object.fromEntries(summary.byKind)).toEqual({
      'script run': 40,
      'script compile': 10,
      'style and layout': 20 + 20,
      'HTML and CSS parsing': 10,
      other: 30
    });
    expect(summary.longTasks).toEqual([[10, 100], [180, 60]]);
  });

  it('names the scripts the sampling profiler caught, and the probe’s own time', () => {
    const byScript = Object.fromEntries(summarizeTrace(events, 200).byScript);
    expect(byScript['http://localhost/app.js']).toBe(30);
    expect(byScript['(no URL: the benchmark probe, or code run by string)']).toBe(10);
    expect(byScript['(program)']).toBe(150); // 1050 ms to the milestone at 1200 ms
  });

  it('reads the whole trace without a milestone', () => {
    expect(summarizeTrace(events).busyMs).toBe(100 + 10 + 60);
  });
});
