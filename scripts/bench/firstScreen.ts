/**
 * The first screen, as a reader meets it: when an event's title is readable (the test is in
 * probe.js), when the timeline and the map are drawn, and how many bytes had arrived before each,
 * on a desktop and on a phone, for the app and for TimelineJS alike.
 *
 * Profiles:
 * - desktop: 1280×800, no throttling, the page itself;
 * - phone: 360×740 at 2 device pixels per CSS px, a phone's user agent, no touch events (see
 *   `touch` below); Chromium slowed
 *   through the DevTools Protocol as Lighthouse's mobile profile does (CPU 4×, 150 ms round trip,
 *   1.6 Mbit/s down, 750 kbit/s up: `Emulation.setCPUThrottlingRate`,
 *   `Network.emulateNetworkConditions`, which delays each request, not each packet); each page
 *   embedded at the top of a host page on another origin (another port of localhost: the same
 *   site, so the frame shares the page's renderer process and its throttling; a cross-site frame
 *   would run unthrottled in a process of its own). The app through its loader (`embed.js`,
 *   which sizes the frame to the app's height), TimelineJS in a 740 px iframe as Knight Lab's
 *   snippet does; either fills the screen, and only its top 740 px count as the first screen.
 * Both with `prefers-reduced-motion: reduce` (TimelineJS with `duration: 0`), so no fade is timed.
 */
import { writeFile } from 'node:fs/promises';
import type { Browser, Frame } from '@playwright/test';
import type { BenchProbe } from './benchProbe.ts';

export interface Profile {
  name: 'desktop' | 'phone';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** A phone's meta-viewport handling and user agent. */
  mobile: boolean;
  /** Touch events. */
  touch: boolean;
  /** CPU slowdown factor; absent: none. */
  cpuSlowdown?: number;
  network?: { latencyMs: number; downloadKbps: number; uploadKbps: number };
  /** Embedded in a host page on another origin, or the page itself. */
  embedded: boolean;
}

export const PROFILES: readonly Profile[] = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, mobile: false, touch: false, embedded: false },
  {
    name: 'phone',
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    mobile: true,
    // With touch, TimelineJS covers its whole first screen with a "Swipe to Navigate" message
    // (80 % opaque white) until the reader taps it, so no headline of it ever passes the test:
    // BENCH_PHONE_TOUCH=1 measures that way.
    touch: process.env.BENCH_PHONE_TOUCH === '1',
    cpuSlowdown: 4,
    network: { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 },
    embedded: true
  }
];

export const PHONE_USER_AGENT = (chromiumVersion: string) =>
  `Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chromiumVersion} Mobile Safari/537.36`;

/** How long a page may take to draw its views, and how long after that a readable title is still awaited. */
const TIMEOUT_MS = 60_000;
const TITLE_GRACE_MS = 3_000;
const POLL_MS = 250;
/** DevTools' own categories for a performance recording (tasks, samples of scripts, network, paint). */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'latencyInfo'
];

export interface Bytes {
  total: number;
  scriptAndStyle: number;
}

export interface FirstScreenRun {
  /** From the top page's navigation start; undefined: not seen. */
  titleMs?: number;
  titleText?: string;
  titleFontPx?: number;
  /** Why the nearest title was not readable, when none was. */
  titleMiss?: string;
  timelineMs?: number;
  mapMs?: number;
  /** Every view of the page drawn: the timeline, and the map where there is one. */
  viewsMs?: number;
  bytesBeforeTitle?: Bytes;
  bytesBeforeTimeline?: Bytes;
  bytesBeforeViews?: Bytes;
}

export interface FirstScreenPage {
  /** The address the reader opens (the page itself, or the host page embedding it). */
  url: string;
  /** Probe settings (see probe.js): the item and marker selectors and the titles. */
  config: { item: string; marker?: string; titles: string[] };
}

/** What the probe read of the first screen (its `firstScreen`). */
type Milestones = BenchProbe['firstScreen'];

async function inFrames<Result>(frames: Frame[], run: (frame: Frame) => Promise<Result>): Promise<Result[]> {
  const results = await Promise.all(frames.map((frame) => run(frame).catch(() => undefined)));
  return results.filter((result): result is Awaited<Result> => result !== undefined);
}

const earliest = (values: Array<number | null>) => {
  const seen = values.filter((value): value is number => value !== null);
  return seen.length ? Math.min(...seen) : null;
};

/**
 * The first screen's milestones, each from a load of its own: the views (timeline, map) from a
 * load whose probe looks for no title, the title from one that looks only for it. Looking for a
 * readable title lays out and hit-tests the page in its frames (probe.js): on a page that shows
 * one early (the app's text-first screen) that cost (0.1–0.15 s on the desktop, paired runs) fell
 * in the middle of its load, and delayed its views; on one that shows its title with its views
 * (TimelineJS) it came after them.
 */
export async function measureFirstScreen(...[browser, profile, page, probeSource, artifacts]: Parameters<typeof loadFirstScreen>): Promise<FirstScreenRun | undefined> {
  // The artifacts are the views' load's.
  const views = await loadFirstScreen(browser, profile, { ...page, config: { ...page.config, titles: [] } }, probeSource, artifacts);
  if (!views || page.config.titles.length === 0) return views;
  const title = await loadFirstScreen(browser, profile, page, probeSource);
  if (!title) return undefined;
  const { titleMs, titleText, titleFontPx, titleMiss, bytesBeforeTitle } = title;
  return { ...views, titleMs, titleText, titleFontPx, titleMiss, bytesBeforeTitle };
}

/** One load of the page, until its views are drawn and (when the probe looks for one) a title is readable. */
async function loadFirstScreen(
  browser: Browser,
  profile: Profile,
  page: FirstScreenPage,
  probeSource: string,
  /** Where to write a Chromium trace of the load (DevTools' Performance panel opens it), the network waterfall, and a screenshot of the screen once measured. */
  artifacts?: { trace: string; waterfall: string; screenshot: string }
): Promise<FirstScreenRun | undefined> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.mobile,
    hasTouch: profile.touch,
    ...(profile.mobile ? { userAgent: PHONE_USER_AGENT(browser.version()) } : {}),
    reducedMotion: 'reduce',
    locale: 'en-GB'
  });
  try {
    const tab = await context.newPage();
    const config = { ...page.config, screen: profile.viewport, firstScreen: true };
    await tab.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(config)};\n${probeSource}` });
    const cdp = await context.newCDPSession(tab);
    if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.network.latencyMs,
        downloadThroughput: (profile.network.downloadKbps * 1000) / 8,
        uploadThroughput: (profile.network.uploadKbps * 1000) / 8
      });
    }
    if (artifacts) await browser.startTracing(tab, { path: artifacts.trace, categories: TRACE_CATEGORIES });
    await tab.goto(page.url, { waitUntil: 'commit' });
    const origin = await tab.evaluate(() => performance.timeOrigin);
    const started = Date.now();
    let milestones: Milestones | undefined;
    let viewsAt: number | undefined;
    let timedOut = false;
    for (;;) {
      await new Promise((done) => setTimeout(done, POLL_MS));
      const seen = await inFrames(tab.frames(), (frame) => frame.evaluate(() => window.__bench.firstScreen));
      const withTitle = seen.find((frame) => frame.title !== null && frame.title === earliest(seen.map((each) => each.title)));
      milestones = {
        title: withTitle?.title ?? null,
        titleText: withTitle?.titleText ?? null,
        titleFontPx: withTitle?.titleFontPx ?? null,
        titleWhere: withTitle?.titleWhere ?? null,
        timeline: earliest(seen.map((frame) => frame.timeline)),
        map: earliest(seen.map((frame) => frame.map)),
        near: seen.find((frame) => frame.near)?.near ?? null
      };
      const viewsDrawn = milestones.timeline !== null && (!page.config.marker || milestones.map !== null);
      if (viewsDrawn) viewsAt ??= Date.now();
      if (page.config.titles.length === 0 ? viewsDrawn : milestones.title !== null || (viewsDrawn && Date.now() - (viewsAt ?? 0) > TITLE_GRACE_MS)) break;
      if (Date.now() - started > TIMEOUT_MS) {
        timedOut = true;
        break;
      }
    }
    if (artifacts) {
      await browser.stopTracing();
      await tab.screenshot({ path: artifacts.screenshot });
      const requests = (await inFrames(tab.frames(), (frame) => frame.evaluate(() => window.__bench.waterfall()))).flat();
      const lines = requests
        .sort((a, b) => a.start - b.start)
        .map(({ url, start, end, bytes }) => `${(start - origin).toFixed(0).padStart(6)} ${(end - origin).toFixed(0).padStart(6)} ms ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${url}`);
      const marks = [
        ...(['title', 'timeline', 'map'] as const).map((name) => `${name}: ${milestones?.[name] ? `${(milestones[name] - origin).toFixed(0)} ms` : 'not seen'}`),
        `title text: ${milestones.titleText ?? '–'} (${milestones.titleFontPx ?? '–'} px), element: ${milestones.titleWhere ?? '–'}`,
        `nearest miss: ${milestones.near ?? '–'}`
      ];
      await writeFile(artifacts.waterfall, `start    end (from navigation start), transferred, URL\n${lines.join('\n')}\n\n${marks.join('\n')}\n`);
    }
    await inFrames(tab.frames(), (frame) => frame.evaluate(() => window.__bench.stopLooking()));
    if (timedOut) return undefined;
    const bytesBy = async (time: number | null): Promise<Bytes | undefined> => {
      if (time === null) return undefined;
      const perFrame = await inFrames(tab.frames(), (frame) => frame.evaluate((at) => window.__bench.bytesBy(at), time));
      return perFrame.reduce((sum, bytes) => ({ total: sum.total + bytes.total, scriptAndStyle: sum.scriptAndStyle + bytes.scriptAndStyle }), { total: 0, scriptAndStyle: 0 });
    };
    const views = page.config.marker ? (milestones.timeline !== null && milestones.map !== null ? Math.max(milestones.timeline, milestones.map) : null) : milestones.timeline;
    const since = (time: number | null) => (time === null ? undefined : time - origin);
    const result: FirstScreenRun = {
      titleMs: since(milestones.title),
      titleText: milestones.titleText ?? undefined,
      titleFontPx: milestones.titleFontPx ?? undefined,
      titleMiss: milestones.title === null ? (milestones.near ?? 'no element with a title as its text') : undefined,
      timelineMs: since(milestones.timeline),
      mapMs: since(milestones.map),
      viewsMs: since(views),
      bytesBeforeTitle: await bytesBy(milestones.title),
      bytesBeforeTimeline: await bytesBy(milestones.timeline),
      bytesBeforeViews: await bytesBy(views)
    };
    return result;
  } finally {
    await context.close();
  }
}

/** The host page of an embed of the app: the loader snippet of docs/EMBED.md, at the top of the page. */
export function appHostPage(appOrigin: string, query: string): string {
  return hostPage(
    `<div data-pegasus-timeline="${appOrigin}/${query}" data-title="The Pegasus affair: a timeline and map"></div>
<script src="${appOrigin}/embed.js" async></script>`
  );
}

/** The host page of TimelineJS: an iframe as Knight Lab's embed snippet gives, as tall as the screen. */
export function timelineJsHostPage(pageUrl: string, height: number): string {
  return hostPage(`<iframe src="${pageUrl}" title="TimelineJS" width="100%" height="${height}" style="border: 0; display: block"></iframe>`);
}

function hostPage(body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title>
<style>body { margin: 0; }</style>
</head>
<body>
${body}
</body>
</html>
`;
}
