/**
 * `npm run bench`: the app's production build against Knight Lab's TimelineJS, on the same
 * events, in headless Chromium; prints markdown tables of medians. Figures are printed, never
 * asserted: BENCHMARKS.md keeps them with the machine.
 *
 * Two sets of figures:
 * - the first screen (firstScreen.ts), on the real data (`data/`, as the build compiles it), on
 *   a desktop and on a throttled phone, served gzip and then brotli: the first readable event
 *   title, the timeline and the map drawn, and the bytes that had arrived before each; on the
 *   desktop also for the libraries' floor (floor/: vis-timeline and Leaflet alone, drawing the
 *   app's wide first screen from the same data), what the app's first render cannot go below;
 * - load and interaction on generated events (100, 1,000 and 10,000), desktop, gzip:
 *
 * How each figure of the second set is taken (the same way for both pages where it applies):
 * - both pages are served by one local server that compresses what it sends, as a production host
 *   would (serve.ts: the build's precompressed files, others compressed at the same levels);
 *   "transferred" is the browser's own count (Resource Timing transferSize: compressed
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
 * Options (environment): BENCH_RUNS (default 5; at 10,000 events 3, and 1 for TimelineJS),
 * BENCH_SIZES (default real,100,1000,10000; `real` is the first-screen set), BENCH_PAGES (default
 * app,floor,timelinejs; the floor only on the desktop's first screen), BENCH_PROFILES (default desktop,phone), BENCH_ENCODINGS (default gzip,br),
 * BENCH_PORT (default 4399; the host page of an embed is served on the next port),
 * BENCH_TRACE (a folder: an extra gzip run of each page on each profile, left out of the figures,
 * traced: a Chromium trace, the network waterfall with the milestones, a screenshot of the first
 * screen; `npx tsx scripts/bench/traceSummary.ts <trace> <ms>` sums the trace up).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.ts';
import type { Actor, Dataset, Place } from '../../src/lib/data/types.ts';
import type {} from './benchProbe.ts';
import { appHostPage, measureFirstScreen, PROFILES, timelineJsHostPage, type FirstScreenPage, type FirstScreenRun } from './firstScreen.ts';
import { generatedDataset } from './generate.ts';
import { firstScreenTable, kb, median, ms, row, type FirstScreenLine } from './report.ts';
import { ENCODINGS, servedFrom, servedFromDisk, startServer, type Encoding, type Served, type Server } from './serve.ts';
import { toTimelineJs } from './timelinejs.ts';
import { buildFloorPage, FLOOR_BASE } from './floorPage.ts';

const SIZE_NAMES = (process.env.BENCH_SIZES ?? 'real,100,1000,10000').split(',');
const REAL = SIZE_NAMES.includes('real');
const SIZES = SIZE_NAMES.filter((name) => name !== 'real').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = (process.env.BENCH_PAGES ?? 'app,floor,timelinejs').split(',') as PageKind[];
/** The pages of the generated sizes: the floor draws the first screen of the real data only. */
const GENERATED_PAGES = PAGES.filter((kind): kind is GeneratedPageKind => kind !== 'floor');
const PROFILE_NAMES = (process.env.BENCH_PROFILES ?? 'desktop,phone').split(',');
const ENCODING_NAMES = (process.env.BENCH_ENCODINGS ?? ENCODINGS.join(',')).split(',') as Encoding[];
const TRACE_DIR = process.env.BENCH_TRACE;
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const ORIGIN = `http://localhost:${PORT}`;
/** The host page of an embed: another origin (port) of the same site, see firstScreen.ts. */
const HOST_ORIGIN = `http://localhost:${PORT + 1}`;
/** A page that has not drawn its first item by then counts as "did not render". */
const RENDER_TIMEOUT_MS = 60_000;
const QUIET_WINDOW_MS = 2_000;
const VIEWPORT = { width: 1280, height: 800 };
const TIMELINEJS_DIST = path.resolve('node_modules/@knight-lab/timelinejs/dist');
const REAL_TITLE = 'The Pegasus affair: a timeline and map';

type GeneratedPageKind = 'app' | 'timelinejs';
type PageKind = GeneratedPageKind | 'floor';

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
const SELECTORS: Record<GeneratedPageKind, { item: string; marker?: string; timeline: string }> = {
  app: { item: '.vis-itemset .vis-item', marker: '.leaflet-marker-icon.place-marker', timeline: '.vis-center' },
  timelinejs: { item: '.tl-timemarker', timeline: '.tl-timenav' }
};

// ---------------------------------------------------------------------------------------------
// The comparison page: TimelineJS's own dist files, on data in its format.

function timelineJsPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
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
// In the page: long tasks, first item and marker, input time, a watcher for the linked view, and
// the first screen's milestones (probe.js, injected as text; its API in benchProbe.ts).

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

/** Centre of the first element matching `selector` that lies wholly inside `within` and is on top there. */
async function pointInside(page: Page, selector: string, within: string): Promise<{ x: number; y: number; id?: string } | undefined> {
  return page.evaluate(
    ([wanted, container]) => {
      const box = document.querySelector(container)?.getBoundingClientRect();
      if (!box) return undefined;
      for (const candidate of document.querySelectorAll<HTMLElement>(wanted)) {
        const rect = candidate.getBoundingClientRect();
        const inside = rect.width && rect.left >= box.left + 4 && rect.right <= box.right - 4 && rect.top >= box.top && rect.bottom <= box.bottom;
        // What a reader can press: the element is the one drawn on top at its centre.
        if (inside && candidate.contains(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2))) {
          const id = candidate.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, ...(id ? { id } : {}) };
        }
      }
      return undefined;
    },
    [selector, within] as const
  );
}

async function measure(browser: Browser, kind: GeneratedPageKind): Promise<RunResult | undefined> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', locale: 'en-GB' });
  const page = await context.newPage();
  const selectors = SELECTORS[kind];
  try {
    await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify({ item: selectors.item, marker: selectors.marker })};\n${probeSource}` });
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
      // A marker first, on the map as it opens (markers spread over the world): after a selection
      // the map has flown to one place, and which other marker is in sight then depends on it.
      const marker = await pointInside(page, `${selectors.marker}:not(.place-cluster):not(.is-outside)`, '[data-testid="map"]');
      if (marker) markerToTimelineMs = await selectionLatency(page, marker, '.vis-itemset .vis-item.vis-selected', '.vis-center');
      await waitForQuiet(page, 0);
      // Where many events crowd, the timeline shows clusters: choose one to zoom in, as a reader would.
      // A cluster's bar may run past the window's edges: its count (the control a reader presses) is
      // drawn in the bar's visible part.
      const single = () => pointInside(page, '.vis-itemset .vis-item:not(.vis-selected):has([data-event-id])', '.vis-center');
      let item = await single();
      for (let tries = 0; !item && tries < 8; tries++) {
        const cluster = await pointInside(page, '.vis-itemset .timeline-cluster .cluster-label', '.vis-center');
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

interface Column {
  title: string;
  value: (run: RunResult) => number | undefined;
  format: (value: number) => string;
}

const COLUMNS: Column[] = [
  { title: 'transferred before first render', value: (run) => run.transferredBytes, format: kb },
  { title: 'of it JS + CSS', value: (run) => run.scriptAndStyleBytes, format: kb },
  { title: 'first timeline item', value: (run) => run.firstItemMs, format: ms },
  { title: 'first map marker', value: (run) => run.firstMarkerMs, format: ms },
  { title: 'responds to input', value: (run) => run.responsiveMs, format: ms },
  { title: 'timeline click → linked view', value: (run) => run.timelineToLinkedMs, format: ms },
  { title: 'marker click → timeline selection', value: (run) => run.markerToTimelineMs, format: ms },
  { title: 'longest task, 3 s pan + zoom', value: (run) => run.longestPanTaskMs, format: (value) => (value ? ms(value) : '< 50 ms') },
  { title: 'JS heap after load', value: (run) => run.heapMb, format: (value) => `${value.toFixed(1)} MB` }
];

function table(results: Map<string, Array<RunResult | undefined>>): string {
  const lines = [row(['events', 'page', ...COLUMNS.map((column) => column.title)]), row(['---:', '---', ...COLUMNS.map(() => '---:')])];
  for (const size of SIZES) {
    const medians = (kind: GeneratedPageKind) => {
      const runs = (results.get(`${size}:${kind}`) ?? []).filter((run): run is RunResult => run !== undefined);
      return COLUMNS.map((column) => median(runs.flatMap((run) => column.value(run) ?? [])));
    };
    const ours = medians('app');
    const theirs = medians('timelinejs');
    const runs = (kind: GeneratedPageKind) => results.get(`${size}:${kind}`) ?? [];
    const note = (kind: GeneratedPageKind) => {
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

/** The entry's JS and CSS: what index.html loads before anything else, compressed as served. */
async function initialAssets(distDir: string): Promise<{ files: string[]; rawBytes: number; gzipBytes: number; brotliBytes: number }> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].flatMap((match) => match[1] ?? []);
  const served = await Promise.all(files.map((file) => servedFromDisk(path.join(distDir, file))));
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  return {
    files,
    rawBytes: sum(served.map(({ body }) => body.length)),
    gzipBytes: sum(served.map(({ body, gzip }) => (gzip ?? body).length)),
    brotliBytes: sum(served.map(({ body, br }) => (br ?? body).length))
  };
}

/** The first screen on the real data: each profile, each encoding, each page there is on it, RUNS times. */
async function firstScreens(browser: Browser, server: Server, titles: { app: string[]; timelinejs: string[] }): Promise<FirstScreenLine[]> {
  // Below 640 px the app leads with a story card: its timeline is the strip of dots under the card,
  // and its map comes further down, loaded as it nears the screen (src/lib/narrow/), so it is not
  // part of the first screen there.
  const wide = { item: SELECTORS.app.item, marker: '.leaflet-marker-icon', titles: titles.app };
  const pages = (embedded: boolean, narrow: boolean): Partial<Record<PageKind, FirstScreenPage>> => ({
    app: {
      url: embedded ? `${HOST_ORIGIN}/host/app` : `${ORIGIN}/?lang=en`,
      config: narrow ? { item: '[data-testid="story-strip"] [data-event-id]', titles: titles.app } : wide
    },
    // The floor draws the app's wide first screen, as a page of its own: it has no phone counterpart.
    // It shows the events' labels, no title: the probe looks for none (looking costs it frames of work).
    ...(embedded || narrow ? {} : { floor: { url: `${ORIGIN}${FLOOR_BASE}`, config: { ...wide, titles: [] } } }),
    timelinejs: { url: embedded ? `${HOST_ORIGIN}/host/timelinejs` : `${ORIGIN}/timelinejs/`, config: { item: SELECTORS.timelinejs.item, titles: titles.timelinejs } }
  });
  const lines: FirstScreenLine[] = [];
  for (const profile of PROFILES.filter(({ name }) => PROFILE_NAMES.includes(name))) {
    for (const encoding of ENCODING_NAMES) {
      server.encoding = encoding;
      const line: FirstScreenLine = { profile: profile.name, encoding, app: [], floor: [], timelinejs: [] };
      const onThisProfile = pages(profile.embedded, profile.viewport.width < 640);
      // With BENCH_TRACE, one more run of each page first, traced, and left out of the figures (tracing slows it).
      for (let run = TRACE_DIR && encoding === 'gzip' ? -1 : 0; run < RUNS; run++) {
        for (const kind of run % 2 ? [...PAGES].reverse() : PAGES) {
          const page = onThisProfile[kind];
          if (!page) continue;
          const name = run < 0 && TRACE_DIR ? path.join(TRACE_DIR, `${profile.name}-${kind}`) : undefined;
          console.error(`Real data, ${profile.name}, ${encoding}, ${kind}, ${name ? 'traced run' : `run ${run + 1} of ${RUNS}`}…`);
          const artifacts = name ? { trace: `${name}.trace.json`, waterfall: `${name}.waterfall.txt`, screenshot: `${name}.png` } : undefined;
          const result = await measureFirstScreen(browser, profile, page, probeSource, artifacts);
          if (!name) line[kind].push(result);
        }
      }
      lines.push(line);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------

const loadAtStart = os.loadavg().map((value) => value.toFixed(1)).join(', ');
const distDir = await mkdtemp(path.join(os.tmpdir(), 'pegasus-bench-'));
/** The floor page's build: beside the app's, never in it. */
const floorDir = await mkdtemp(path.join(os.tmpdir(), 'pegasus-bench-floor-'));
let server: Server | undefined;
let browser: Browser | undefined;
try {
  console.error('Building the app…');
  execFileSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  const initial = await initialAssets(distDir);
  // The floor is measured on the desktop's first screen only (see firstScreens).
  if (REAL && PAGES.includes('floor') && PROFILE_NAMES.includes('desktop')) {
    console.error('Building the libraries’ floor page…');
    await buildFloorPage(floorDir);
  }
  if (TRACE_DIR) await mkdir(TRACE_DIR, { recursive: true });

  const places = (JSON.parse(await readFile('data/places.json', 'utf8')) as { places: Place[] }).places;
  const actors = (JSON.parse(await readFile('data/actors.json', 'utf8')) as { actors: Actor[] }).actors;
  const realDataset = JSON.parse(await readFile(path.join(distDir, 'data/dataset.json'), 'utf8')) as Dataset;
  /** The data of the current run; the app's is the build's own (precompressed) file when absent. */
  let current: { app?: Served; timelinejs: Served } = {
    timelinejs: servedFrom(Buffer.from(JSON.stringify(toTimelineJs(realDataset, 'en', REAL_TITLE))), 'data.json')
  };
  const staticFiles = new Map<string, Served>();
  const fromDisk = async (file: string): Promise<Served> => {
    const cached = staticFiles.get(file);
    if (cached) return cached;
    const served = await servedFromDisk(file);
    staticFiles.set(file, served);
    return served;
  };
  // The pages the benchmark writes itself (the comparison page, the embeds' host pages, and the floor page it builds): never part of the app's sources.
  const generatedPages = new Map<string, Served>([
    ['/timelinejs/', servedFrom(Buffer.from(timelineJsPage(REAL_TITLE)), 'index.html')],
    ['/host/app', servedFrom(Buffer.from(appHostPage(ORIGIN, '?embed=1&lang=en')), 'index.html')],
    ['/host/timelinejs', servedFrom(Buffer.from(timelineJsHostPage(`${ORIGIN}/timelinejs/`, PROFILES.find(({ embedded }) => embedded)?.viewport.height ?? 740)), 'index.html')]
  ]);

  /** Where a path is read from: TimelineJS's dist files, the floor page's build, else the app's build (the data of every page). */
  const roots: Array<[prefix: string, root: string]> = [
    ['/timelinejs/', TIMELINEJS_DIST],
    [FLOOR_BASE, floorDir]
  ];
  server = await startServer([PORT, PORT + 1], async (pathname) => {
    if (pathname === '/data/dataset.json' && current.app) return { served: current.app, name: pathname };
    if (pathname === '/timelinejs/data.json') return { served: current.timelinejs, name: pathname };
    const generated = generatedPages.get(pathname);
    if (generated) return { served: generated, name: 'index.html' };
    const [prefix, root] = roots.find(([prefix]) => pathname.startsWith(prefix)) ?? ['/', distDir];
    const file = path.resolve(root, pathname.slice(prefix.length) || 'index.html');
    if (!file.startsWith(root)) return undefined;
    try {
      return { served: await fromDisk(file), name: file };
    } catch {
      return undefined;
    }
  });

  // Compressed before any run (brotli at level 11 takes seconds here): no run waits for it.
  await Promise.all(['js/timeline.js', 'css/timeline.css'].map((file) => fromDisk(path.join(TIMELINEJS_DIST, file))));

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, Chromium ${browser.version()} (headless)`);
  console.log(`Date: ${new Date().toISOString()}. Load average at the start: ${loadAtStart} (other work on the machine slows every figure).\n`);
  console.log(`Initial JS + CSS (what index.html loads): ${kb(initial.gzipBytes)} gzip, ${kb(initial.brotliBytes)} brotli, ${kb(initial.rawBytes)} raw (${initial.files.join(', ')})\n`);

  if (REAL) {
    const titles = {
      app: realDataset.events.map((event) => event.title.en),
      timelinejs: [REAL_TITLE, ...realDataset.events.map((event) => event.title.en)]
    };
    const lines = await firstScreens(browser, server, titles);
    const load = os.loadavg().map((value) => value.toFixed(1)).join(', ');
    console.log(`First screen, real data (${realDataset.events.length} events), medians of ${RUNS} runs; load average now ${load}:\n`);
    console.log(firstScreenTable(lines));
    console.log('');
  }

  server.encoding = 'gzip';
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
      const order = run % 2 ? [...GENERATED_PAGES].reverse() : GENERATED_PAGES;
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

  if (SIZES.length) {
    const load = os.loadavg().map((value) => value.toFixed(1)).join(', ');
    console.log(`Generated events, desktop ${VIEWPORT.width}×${VIEWPORT.height}, gzip: medians of ${RUNS} runs (at 10,000 events: 3, and 1 for TimelineJS); load average now ${load}.\n`);
    console.log(table(results));
    // With the last size's data: the bytes do not depend on it.
    const views = await viewBytes(browser);
    console.log(`\nJS + CSS each page downloads for its first view (gzip): ${views.map(({ name, bytes }) => `${name} ${kb(bytes)}`).join(', ')}`);
  }
} finally {
  await browser?.close();
  server?.close();
  await rm(distDir, { recursive: true, force: true });
  await rm(floorDir, { recursive: true, force: true });
}
