/**
 * Where a page's main-thread time goes, from a Chromium trace written by `npm run bench` with
 * BENCH_TRACE: busy time up to a moment (a milestone, in ms from the page's navigation start), by
 * kind of work (trace events' self time) and by script URL (the sampling profiler's samples), and
 * the long tasks.
 *
 *   npx tsx scripts/bench/traceSummary.ts <trace.json> [until ms]
 */
import { readFile } from 'node:fs/promises';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Ties a profile's chunks to it. */
  id?: string;
  cat?: string;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string; isOutermostMainFrame?: boolean }; fileName?: string; beginData?: { url?: string } };
}

export interface TraceSummary {
  /** Sum of the main thread's tasks up to `until`, ms. */
  busyMs: number;
  byKind: Array<[kind: string, ms: number]>;
  byScript: Array<[url: string, ms: number]>;
  /** [start, duration] of tasks of 50 ms or more, ms from navigation start. */
  longTasks: Array<[start: number, duration: number]>;
}

const KINDS: Array<[kind: string, names: RegExp]> = [
  ['script compile', /^(v8\.compile|v8\.compileModule|v8\.parseOnBackground|V8\.CompileCode|v8\.produceModuleCache|v8\.produceCache)/],
  ['script run', /^(FunctionCall|EvaluateScript|v8\.evaluateModule|v8\.run|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|V8\.|v8\.)/],
  ['garbage collection', /GC|Scavenge|MarkCompact/],
  ['HTML and CSS parsing', /^(ParseHTML|ParseAuthorStyleSheet)$/],
  ['style and layout', /^(UpdateLayoutTree|Layout|RecalculateStyles|IntersectionObserverController|UpdateLayer|PrePaint)/],
  ['paint and compositing', /^(Paint|Layerize|Commit|RasterTask|CompositeLayers)/]
];

const kindOf = (name: string) => KINDS.find(([, names]) => names.test(name))?.[0] ?? 'other';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

/**
 * Time by script URL from the V8 sampling profiler's samples in the trace (DevTools' bottom-up
 * view): each sample lasts until the next one and counts for the script of the function it
 * caught. Samples in no script are named by V8: (program), (garbage collector), (idle).
 */
function samplesByScript(events: TraceEvent[], main: TraceEvent, zero: number, until: number): Map<string, number> {
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<[ts: number, node: number]> = [];
  type ProfileData = { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
  const dataOf = (event: TraceEvent) => (event.args as { data?: ProfileData } | undefined)?.data;
  // The main thread's profile; its chunks come from the profiler's own thread, under the same id.
  const profile = events.find((event) => event.name === 'Profile' && event.pid === main.pid && event.tid === main.tid);
  let time = (profile && dataOf(profile)?.startTime) ?? 0;
  for (const event of events) {
    const data = dataOf(event);
    if (event.name !== 'ProfileChunk' || event.pid !== main.pid || event.id !== profile?.id || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    (data.cpuProfile?.samples ?? []).forEach((node, index) => {
      time += data.timeDeltas?.[index] ?? 0;
      samples.push([time, node]);
    });
  }
  const byScript = new Map<string, number>();
  samples.sort((a, b) => a[0] - b[0]);
  samples.forEach(([ts, id], index) => {
    const next = samples[index + 1]?.[0] ?? ts;
    if (ts < zero || ts >= until) return;
    const frame = nodes.get(id)?.callFrame;
    const name = frame?.url || (frame?.functionName?.startsWith('(') ? frame.functionName : '(no URL: the benchmark probe, or code run by string)');
    byScript.set(name, (byScript.get(name) ?? 0) + (Math.min(next, until) - ts) / 1000);
  });
  return byScript;
}

export function summarizeTrace(events: TraceEvent[], untilMs = Infinity): TraceSummary {
  // The page's renderer: of the main threads that loaded a web page (headless Chromium's own
  // chrome:// pages run in renderers too, and may run more), the one that ran the most.
  const loadsPage = (pid: number) =>
    events.some((event) => event.pid === pid && event.name === 'navigationStart' && /^https?:/.test(event.args?.data?.documentLoaderURL ?? ''));
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && loadsPage(event.pid));
  const runTime = (pid: number, tid: number) =>
    events.reduce((sum, event) => (event.pid === pid && event.tid === tid && event.name === 'RunTask' ? sum + (event.dur ?? 0) : sum), 0);
  const main = mains.sort((a, b) => runTime(b.pid, b.tid) - runTime(a.pid, a.tid))[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const navigation = events
    .filter((event) => event.pid === main.pid && event.name === 'navigationStart' && event.args?.data?.isOutermostMainFrame)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!navigation) throw new Error('no navigation start in the trace');
  const zero = navigation.ts;
  const until = zero + untilMs * 1000;

  const onMain = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.ts >= zero && event.ts < until)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byKind = new Map<string, number>();
  const longTasks: Array<[number, number]> = [];
  let busy = 0;
  // Self time of each event (its duration less its children's), attributed to its kind.
  const stack: Array<{ event: TraceEvent; end: number }> = [];
  const self = new Map<TraceEvent, number>();
  for (const event of onMain) {
    const end = Math.min(event.ts + (event.dur ?? 0), until);
    while (stack.length && (stack.at(-1)?.end ?? 0) <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.event, (self.get(parent.event) ?? 0) - (end - event.ts));
    else if (event.name === 'RunTask') {
      busy += end - event.ts;
      if ((event.dur ?? 0) >= 50_000) longTasks.push([(event.ts - zero) / 1000, (event.dur ?? 0) / 1000]);
    }
    self.set(event, (self.get(event) ?? 0) + (end - event.ts));
    stack.push({ event, end });
  }
  for (const [event, time] of self) {
    const kind = event.name === 'RunTask' ? 'other' : kindOf(event.name);
    byKind.set(kind, (byKind.get(kind) ?? 0) + time / 1000);
  }
  const byScript = samplesByScript(events, main, zero, until);
  const sorted = (map: Map<string, number>) => [...map].filter(([, time]) => time >= 1).sort((a, b) => b[1] - a[1]);
  return { busyMs: busy / 1000, byKind: sorted(byKind), byScript: sorted(byScript), longTasks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, until] = process.argv.slice(2);
  if (!file) throw new Error('usage: traceSummary.ts <trace.json> [until ms]');
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const summary = summarizeTrace(Array.isArray(parsed) ? parsed : parsed.traceEvents, until ? Number(until) : undefined);
  const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  console.log(`Main thread busy ${ms(summary.busyMs)}${until ? ` in the first ${until} ms` : ''}\n\nBy kind:`);
  for (const [kind, time] of summary.byKind) console.log(`${ms(time)}  ${kind}`);
  console.log('\nBy script (sampled; (program) is the browser\'s own work between scripts):');
  for (const [url, time] of summary.byScript.slice(0, 15)) console.log(`${ms(time)}  ${url}`);
  console.log(`\nLong tasks (≥ 50 ms): ${summary.longTasks.map(([start, duration]) => `${start.toFixed(0)} ms +${duration.toFixed(0)}`).join(', ') || 'none'}`);
}
