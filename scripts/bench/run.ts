/**
 * `npm run bench`: the app's production build against Knight Lab's TimelineJS, on the same
 * generated events (100, 1,000 and 10,000), in headless Chromium; prints a markdown table of
 * medians. Figures are printed, never asserted: BENCHMARKS.md keeps them with the machine.
 *
 * How each figure is taken (the same way for both pages where it applies):
 * - both pages are served by one local server that gzips what it sends, as a production host
 *   would; "transferred" is the browser's own count (Resource Timing transferSize: compressed
 *   body and headers) of every response finished before the first render;
 * - first timeline item / first map marker: the first animation frame in which one is in the DOM
 *   (a frame is the moment before paint), from navigation start;
 * - responsive: the end of the last long task (≥ 50 ms) before a 2 s quiet window, from
 *   navigation start (a short version of Lighthouse's Time to Interactive);
 * - selection: from the pointer going down to the first frame that shows the linked view
 *   (the map popup marking the event; the timeline showing the marker's event selected),
 *   with `prefers-reduced-motion: reduce` so deliberate animations are not counted as work;
 * - pan and zoom: the longest task while the timeline is dragged (1.5 s) and wheel-zoomed (1.5 s);
 * - heap: JS heap in use after load and a garbage collection.
 *
 * Options (environment): BENCH_RUNS (default 5; at 10,000 events 3, and 1 for TimelineJS), BENCH_SIZES (default
 * 100,1000,10000), BENCH_PAGES (default app,timelinejs), BENCH_PORT (default 4399).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.ts';
import type { Actor, Place } from '../../src/lib/data/types.ts';
import { generatedDataset } from './generate.ts';
import { toTimelineJs } from './timelinejs.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = (process.env.BENCH_PAGES ?? 'app,timelinejs').split(',') as PageKind[];
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const ORIGIN = `http://localhost:${PORT}`;
/** A page that has not drawn its first item by then counts as "did not render". */
const RENDER_TIMEOUT_MS = 60_000;
const QUIET_WINDOW_MS = 2_000;
const VIEWPORT = { width: 1280, height: 800 };
const TIMELINEJS_DIST = path.resolve('node_modules/@knight-lab/timelinejs/dist');

type PageKind = 'app' | 'timelinejs';

interface RunResult {
  transferredBytes: number;
  scriptAndStyleBytes: number;
  firstItemMs: number;
  firstMarkerMs?: number;
  responsiveMs: number;
  timelineToLinkedMs?: number;
  markerToTimelineMs?: number;
  longestPanTaskMs: number;
  heapMb: number;
}

/** What each page draws: the same roles, different markup. */
const SELECTORS: Record<PageKind, { item: string; marker?: string; timeline: string }> = {
  app: { item: '.vis-itemset .vis-item', marker: '.leaflet-marker-icon.place-marker', timeline: '.vis-center' },
  timelinejs: { item: '.tl-timemarker', timeline: '.tl-timenav' }
};

// ---------------------------------------------------------------------------------------------
// The server: the built app, TimelineJS's dist, and the generated data of the current size.

const COMPRESSIBLE = /\.(html|js|css|json|svg|md|txt)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png'
};

interface Served {
  body: Buffer;
  gzipped?: Buffer;
}

function servedFrom(body: Buffer, name: string): Served {
  return COMPRESSIBLE.test(name) ? { body, gzipped: gzipSync(body, { level: 6 }) } : { body };
}

function startServer(resolve: (pathname: string) => Promise<{ served: Served; name: string } | undefined>): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', ORIGIN).pathname);
    resolve(pathname)
      .then((found) => {
        if (!found) {
          response.writeHead(404).end();
          return;
        }
        const gzip = found.served.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding']));
        response.writeHead(200, {
          'Content-Type': TYPES[path.extname(found.name)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {})
        });
        response.end(gzip ? found.served.gzipped : found.served.body);
      })
      .catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  return new Promise((done) => server.listen(PORT, () => done(server)));
}

function timelineJsPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<style>html, body { margin: 0; block-size: 100%; } #timeline-embed { inline-size: 100%; block-size: 100vh; }</style>
<script src="/timelinejs/js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed"></div>
<script>
  // No web fonts (they come from a third party) and no animation, as the app gets with reduced motion.
  new TL.Timeline('timeline-embed', '/timelinejs/data.json', { script_path: '/timelinejs/js/', font: null, duration: 0 });
</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// In the page: long tasks, first item and marker, input time, and a watcher for the linked view
// (probe.js, injected as text).

interface BenchProbe {
  longTasks: Array<[start: number, duration: number]>;
  firstItem: number | null;
  firstMarker: number | null;
  renderedAt: number | null;
  inputAt: number | null;
  seenAt: number | null;
  watch(selector: string, within: string): void;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

const probeSource = await readFile(new URL('./probe.js', import.meta.url), 'utf8');

// ---------------------------------------------------------------------------------------------
// One run.

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitForQuiet(page: Page, since: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { now, lastEnd } = await page.evaluate(() => ({
      now: performance.now(),
      lastEnd: Math.max(0, ...window.__bench.longTasks.map(([start, duration]) => start + duration))
    }));
    if (now - Math.max(lastEnd, since) >= QUIET_WINDOW_MS || Date.now() - started > 30_000) return Math.max(lastEnd, since);
    await sleep(250);
  }
}

/** Drag the timeline for 1.5 s, then wheel-zoom it for 1.5 s; the longest task meanwhile. */
async function panAndZoom(page: Page, timeline: string): Promise<number> {
  const box = await page.locator(timeline).first().boundingBox();
  if (!box) throw new Error(`no ${timeline} to pan`);
  const y = box.y + box.height * 0.6;
  const from = await page.evaluate(() => performance.now());
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  for (let step = 1; step <= 30; step++) {
    const phase = step <= 15 ? step / 15 : (30 - step) / 15; // there and back
    await page.mouse.move(box.x + box.width * (0.7 - 0.4 * phase), y);
    await sleep(50);
  }
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, y);
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, step < 15 ? 120 : -120);
    await sleep(50);
  }
  await sleep(500); // let the last redraw finish
  return page.evaluate(
    (start) => Math.max(0, ...window.__bench.longTasks.filter(([taskStart]) => taskStart >= start).map(([, duration]) => duration)),
    from
  );
}

/** Click a point in the page; milliseconds from pointer down to the first frame showing `selector` inside `within`. */
async function selectionLatency(page: Page, point: { x: number; y: number }, selector: string, within: string): Promise<number | undefined> {
  await page.evaluate(([watched, box]) => window.__bench.watch(watched, box), [selector, within] as const);
  await page.mouse.click(point.x, point.y);
  try {
    await page.waitForFunction(() => window.__bench.seenAt !== null, null, { timeout: 10_000 });
  } catch {
    return undefined;
  }
  return page.evaluate(() => (window.__bench.seenAt ?? 0) - (window.__bench.inputAt ?? 0));
}

/** Centre of the first element matching `selector` that lies wholly inside `within`. */
async function pointInside(page: Page, selector: string, within: string): Promise<{ x: number; y: number; id?: string } | undefined> {
  return page.evaluate(
    ([wanted, container]) => {
      const box = document.querySelector(container)?.getBoundingClientRect();
      if (!box) return undefined;
      for (const candidate of document.querySelectorAll<HTMLElement>(wanted)) {
        const rect = candidate.getBoundingClientRect();
        if (rect.width && rect.left >= box.left + 4 && rect.right <= box.right - 4 && rect.top >= box.top && rect.bottom <= box.bottom) {
          const id = candidate.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, ...(id ? { id } : {}) };
        }
      }
      return undefined;
    },
    [selector, within] as const
  );
}

async function measure(browser: Browser, kind: PageKind): Promise<RunResult | undefined> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', locale: 'en-GB' });
  const page = await context.newPage();
  const selectors = SELECTORS[kind];
  try {
    await page.addInitScript({ content: `window.__benchSelectors = ${JSON.stringify({ item: selectors.item, marker: selectors.marker })};\n${probeSource}` });
    await page.goto(kind === 'app' ? `${ORIGIN}/?lang=en` : `${ORIGIN}/timelinejs/`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__bench.renderedAt !== null, null, { timeout: RENDER_TIMEOUT_MS, polling: 100 });
    } catch {
      return undefined;
    }
    const first = await page.evaluate(() => {
      const { firstItem, firstMarker } = window.__bench;
      const renderedAt = window.__bench.renderedAt ?? 0;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource')
      ] as PerformanceResourceTiming[];
      let transferred = 0;
      let scriptAndStyle = 0;
      for (const entry of entries) {
        if (entry.responseEnd > renderedAt) continue;
        transferred += entry.transferSize;
        if (/\.(js|css)$/.test(new URL(entry.name).pathname)) scriptAndStyle += entry.transferSize;
      }
      return { firstItem: firstItem ?? 0, firstMarker, renderedAt, transferred, scriptAndStyle };
    });
    const responsiveMs = await waitForQuiet(page, first.renderedAt);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const longestPanTaskMs = await panAndZoom(page, selectors.timeline);
    await waitForQuiet(page, 0);

    let markerToTimelineMs: number | undefined;
    let timelineToLinkedMs: number | undefined;
    if (kind === 'app') {
      const marker = await pointInside(page, `${selectors.marker}:not(.place-cluster):not(.is-outside)`, '[data-testid="map"]');
      if (marker) markerToTimelineMs = await selectionLatency(page, marker, '.vis-itemset .vis-item.vis-selected', '.vis-center');
      await waitForQuiet(page, 0);
      // Where many events crowd, the timeline shows clusters: choose one to zoom in, as a reader would.
      const single = () => pointInside(page, '.vis-itemset .vis-item:not(.vis-selected):has([data-event-id])', '.vis-center');
      let item = await single();
      for (let tries = 0; !item && tries < 6; tries++) {
        const cluster = await pointInside(page, '.vis-itemset .timeline-cluster', '.vis-center');
        if (!cluster) break;
        await page.mouse.click(cluster.x, cluster.y);
        await waitForQuiet(page, 0);
        item = await single();
      }
      if (item?.id) {
        timelineToLinkedMs = await selectionLatency(
          page,
          item,
          `.leaflet-popup .popup-event[aria-current="true"][data-event-id="${item.id}"]`,
          '[data-testid="map"]'
        );
      }
    } else {
      // TimelineJS's linked view is its slide: the clicked marker becomes the current slide.
      const item = await pointInside(page, '.tl-timemarker:not(.tl-timemarker-active) .tl-timemarker-content-container', '.tl-timenav');
      if (item) {
        timelineToLinkedMs = await selectionLatency(page, item, '.tl-timemarker-active .tl-timemarker-content-container', '.tl-timenav');
      }
    }
    return {
      transferredBytes: first.transferred,
      scriptAndStyleBytes: first.scriptAndStyle,
      firstItemMs: first.firstItem,
      ...(first.firstMarker !== null ? { firstMarkerMs: first.firstMarker } : {}),
      responsiveMs,
      ...(timelineToLinkedMs !== undefined ? { timelineToLinkedMs } : {}),
      ...(markerToTimelineMs !== undefined ? { markerToTimelineMs } : {}),
      longestPanTaskMs,
      heapMb: usedSize / 2 ** 20
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Figures.

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface Column {
  title: string;
  value: (run: RunResult) => number | undefined;
  format: (value: number) => string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const COLUMNS: Column[] = [
  { title: 'transferred before first render (gzip)', value: (run) => run.transferredBytes, format: kb },
  { title: 'of it JS + CSS', value: (run) => run.scriptAndStyleBytes, format: kb },
  { title: 'first timeline item', value: (run) => run.firstItemMs, format: ms },
  { title: 'first map marker', value: (run) => run.firstMarkerMs, format: ms },
  { title: 'responds to input', value: (run) => run.responsiveMs, format: ms },
  { title: 'timeline click → linked view', value: (run) => run.timelineToLinkedMs, format: ms },
  { title: 'marker click → timeline selection', value: (run) => run.markerToTimelineMs, format: ms },
  { title: 'longest task, 3 s pan + zoom', value: (run) => run.longestPanTaskMs, format: (value) => (value ? ms(value) : '< 50 ms') },
  { title: 'JS heap after load', value: (run) => run.heapMb, format: (value) => `${value.toFixed(1)} MB` }
];

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(results: Map<string, Array<RunResult | undefined>>): string {
  const lines = [row(['events', 'page', ...COLUMNS.map((column) => column.title)]), row(['---:', '---', ...COLUMNS.map(() => '---:')])];
  for (const size of SIZES) {
    const medians = (kind: PageKind) => {
      const runs = (results.get(`${size}:${kind}`) ?? []).filter((run): run is RunResult => run !== undefined);
      return COLUMNS.map((column) => median(runs.flatMap((run) => column.value(run) ?? [])));
    };
    const ours = medians('app');
    const theirs = medians('timelinejs');
    const runs = (kind: PageKind) => results.get(`${size}:${kind}`) ?? [];
    const note = (kind: PageKind) => {
      const failed = runs(kind).filter((run) => run === undefined).length;
      return failed ? ` (${failed} of ${runs(kind).length} runs did not render within ${RENDER_TIMEOUT_MS / 1000} s)` : '';
    };
    const cells = (values: Array<number | undefined>) => values.map((value, index) => (value === undefined ? '–' : (COLUMNS[index]?.format(value) ?? '')));
    lines.push(row([size.toLocaleString('en'), `this app${note('app')}`, ...cells(ours)]));
    lines.push(row([size.toLocaleString('en'), `TimelineJS${note('timelinejs')}`, ...cells(theirs)]));
    lines.push(
      row([
        size.toLocaleString('en'),
        'TimelineJS ÷ this app',
        ...ours.map((value, index) => {
          const other = theirs[index];
          return value && other ? `${(other / value).toFixed(1)}×` : '–';
        })
      ])
    );
  }
  return lines.join('\n');
}

/** The pages whose first view's JS + CSS is counted: the full app and embeds of one view or both. */
const VIEW_PAGES = [
  { name: 'full app', query: '?lang=en', shows: ['.vis-item', '[data-testid="place-marker"]'] },
  { name: 'embed, both views', query: '?embed=1&lang=en', shows: ['.vis-item', '[data-testid="place-marker"]'] },
  { name: 'embed, timeline only', query: '?embed=1&view=timeline&lang=en', shows: ['.vis-item'] },
  { name: 'embed, map only', query: '?embed=1&view=map&lang=en', shows: ['[data-testid="place-marker"]'] }
];

/** JS + CSS (gzip, as transferred) each page has fetched once its views show and the page is quiet. */
async function viewBytes(browser: Browser): Promise<Array<{ name: string; bytes: number }>> {
  const figures: Array<{ name: string; bytes: number }> = [];
  for (const { name, query, shows } of VIEW_PAGES) {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/${query}`);
    for (const selector of shows) await page.locator(selector).first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    await page.waitForLoadState('networkidle');
    const bytes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => /\.(js|css)$/.test(new URL(entry.name).pathname))
        .reduce((sum, entry) => sum + entry.transferSize, 0)
    );
    figures.push({ name, bytes });
    await context.close();
  }
  return figures;
}

/** The entry's JS and CSS: what index.html loads before anything else, gzipped as served. */
async function initialAssets(distDir: string): Promise<{ files: string[]; rawBytes: number; gzipBytes: number }> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].flatMap((match) => match[1] ?? []);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = await readFile(path.join(distDir, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 6 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

// ---------------------------------------------------------------------------------------------

const loadAtStart = os.loadavg().map((value) => value.toFixed(1)).join(', ');
const distDir = await mkdtemp(path.join(os.tmpdir(), 'pegasus-bench-'));
let server: http.Server | undefined;
let browser: Browser | undefined;
try {
  console.error('Building the app…');
  execFileSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  const initial = await initialAssets(distDir);

  const places = (JSON.parse(await readFile('data/places.json', 'utf8')) as { places: Place[] }).places;
  const actors = (JSON.parse(await readFile('data/actors.json', 'utf8')) as { actors: Actor[] }).actors;
  let current: { app: Served; timelinejs: Served } | undefined;
  const staticFiles = new Map<string, Served>();
  const fromDisk = async (file: string): Promise<Served> => {
    const cached = staticFiles.get(file);
    if (cached) return cached;
    const served = servedFrom(await readFile(file), file);
    staticFiles.set(file, served);
    return served;
  };

  server = await startServer(async (pathname) => {
    if (!current) return undefined;
    if (pathname === '/data/dataset.json') return { served: current.app, name: pathname };
    if (pathname === '/timelinejs/data.json') return { served: current.timelinejs, name: pathname };
    if (pathname === '/timelinejs/') return { served: await fromDisk(path.join(distDir, '.timelinejs.html')), name: 'index.html' };
    const [root, relative] = pathname.startsWith('/timelinejs/') ? [TIMELINEJS_DIST, pathname.slice('/timelinejs/'.length)] : [distDir, pathname.slice(1) || 'index.html'];
    const file = path.resolve(root, relative);
    if (!file.startsWith(root)) return undefined;
    try {
      return { served: await fromDisk(file), name: file };
    } catch {
      return undefined;
    }
  });
  // The comparison page is generated, never part of the app's sources.
  staticFiles.set(path.join(distDir, '.timelinejs.html'), servedFrom(Buffer.from(timelineJsPage()), 'index.html'));

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results = new Map<string, Array<RunResult | undefined>>();
  for (const size of SIZES) {
    const dataset = generatedDataset(size, { places, actors });
    current = {
      app: servedFrom(Buffer.from(JSON.stringify(dataset)), 'dataset.json'),
      timelinejs: servedFrom(Buffer.from(JSON.stringify(toTimelineJs(dataset, 'en', 'Pegasus: generated events'))), 'data.json')
    };
    const runs = size >= 10_000 ? Math.min(RUNS, 3) : RUNS;
    for (let run = 0; run < runs; run++) {
      // Alternate which page goes first, so neither always meets a warmer machine.
      const order = run % 2 ? [...PAGES].reverse() : PAGES;
      for (const kind of order) {
        // TimelineJS takes half a minute or more for 10,000 events: one run of it is enough there,
        // and a page that did not render once in a minute is not made to fail again at this size.
        if (kind === 'timelinejs' && size >= 10_000 && run > 0) continue;
        if (results.get(`${size}:${kind}`)?.includes(undefined)) continue;
        console.error(`${size} events, ${kind}, run ${run + 1} of ${runs}…`);
        const result = await measure(browser, kind);
        results.set(`${size}:${kind}`, [...(results.get(`${size}:${kind}`) ?? []), result]);
      }
    }
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg().map((value) => value.toFixed(1)).join(', ');
  console.log(`Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, Chromium ${browser.version()} (headless), ${VIEWPORT.width}×${VIEWPORT.height}`);
  console.log(`Date: ${new Date().toISOString().slice(0, 10)}. Medians of ${RUNS} runs (at 10,000 events: 3, and 1 for TimelineJS). Load average at the start: ${loadAtStart}, at the end: ${load} (other work on the machine slows every figure).\n`);
  console.log(`Initial JS + CSS (what index.html loads): ${kb(initial.gzipBytes)} gzip, ${kb(initial.rawBytes)} raw (${initial.files.join(', ')})\n`);
  console.log(table(results));
  // With the last size's data: the bytes do not depend on it.
  const views = await viewBytes(browser);
  console.log(`\nJS + CSS each page downloads for its first view (gzip): ${views.map(({ name, bytes }) => `${name} ${kb(bytes)}`).join(', ')}`);
} finally {
  await browser?.close();
  server?.close();
  await rm(distDir, { recursive: true, force: true });
}
