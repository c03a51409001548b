/** The benchmark's figures as printed: medians, ratios and the first-screen table. */
import type { Bytes, FirstScreenRun } from './firstScreen.ts';

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** `ours ÷ theirs`, to one decimal (two below 1), or '–' when either is missing. */
export function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || theirs === 0) return '–';
  const value = ours / theirs;
  return `${value.toFixed(value < 1 ? 2 : 1)}×`;
}

/**
 * One line of the first-screen table: a profile, an encoding, and each page's runs (undefined: did
 * not render; none: not measured): the app, the libraries' floor (vis-timeline and Leaflet alone
 * drawing the same first screen, scripts/bench/floor/) and TimelineJS.
 */
export interface FirstScreenLine {
  profile: string;
  encoding: string;
  app: Array<FirstScreenRun | undefined>;
  floor: Array<FirstScreenRun | undefined>;
  timelinejs: Array<FirstScreenRun | undefined>;
}

/** The pages of the table in its order: each one's row name, and whether it has a map. */
const PAGES = [
  { key: 'app', name: 'this app', hasMap: true },
  { key: 'floor', name: 'libraries’ floor', hasMap: true },
  { key: 'timelinejs', name: 'TimelineJS', hasMap: false }
] as const;

type Figure = (run: FirstScreenRun) => number | undefined;
const bytesOf = (pick: (run: FirstScreenRun) => Bytes | undefined, part: keyof Bytes): Figure => (run) => pick(run)?.[part];

const FIGURES: Array<{ title: string; value: Figure; format: (value: number) => string }> = [
  { title: 'first readable title', value: (run) => run.titleMs, format: ms },
  { title: 'timeline drawn', value: (run) => run.timelineMs, format: ms },
  { title: 'map drawn', value: (run) => run.mapMs, format: ms },
  { title: 'every view drawn', value: (run) => run.viewsMs, format: ms },
  { title: 'bytes before title', value: bytesOf((run) => run.bytesBeforeTitle, 'total'), format: kb },
  { title: 'of it JS + CSS', value: bytesOf((run) => run.bytesBeforeTitle, 'scriptAndStyle'), format: kb },
  { title: 'bytes before timeline', value: bytesOf((run) => run.bytesBeforeTimeline, 'total'), format: kb },
  { title: 'bytes before every view', value: bytesOf((run) => run.bytesBeforeViews, 'total'), format: kb },
  { title: 'of it JS + CSS', value: bytesOf((run) => run.bytesBeforeViews, 'scriptAndStyle'), format: kb }
];

/**
 * The median of a figure over the runs that rendered, when at least half of them have it; a
 * figure most runs lack (no readable title) is missing, and the cell says in how many runs.
 */
function summary(runs: Array<FirstScreenRun | undefined>, value: Figure): { median?: number; missing: number; rendered: number } {
  const rendered = runs.filter((run): run is FirstScreenRun => run !== undefined);
  const values = rendered.flatMap((run) => value(run) ?? []);
  const missing = rendered.length - values.length;
  return { ...(values.length && values.length * 2 >= rendered.length ? { median: median(values) } : {}), missing, rendered: rendered.length };
}

/** The title a page showed first in most runs, with its font size; or, when most runs showed none, why the nearest was not readable. */
function titleSeen(runs: Array<FirstScreenRun | undefined>): string {
  const counts = new Map<string, number>();
  const misses = new Map<string, number>();
  for (const run of runs) {
    if (run?.titleText) {
      const key = `“${run.titleText.length > 48 ? `${run.titleText.slice(0, 47)}…` : run.titleText}” at ${run.titleFontPx ?? '?'} px`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } else if (run?.titleMiss) misses.set(run.titleMiss, (misses.get(run.titleMiss) ?? 0) + 1);
  }
  const most = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1])[0]?.[0];
  const titled = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const missed = [...misses.values()].reduce((sum, count) => sum + count, 0);
  // As the figures: what most runs saw.
  if (titled && titled >= missed) return most(counts) ?? '–';
  return missed ? `none (nearest: ${most(misses)})` : '–';
}

export function firstScreenTable(lines: FirstScreenLine[]): string {
  const out = [
    row(['profile', 'encoding', 'page', ...FIGURES.map((figure) => figure.title), 'title read first']),
    row(['---', '---', '---', ...FIGURES.map(() => '---:'), '---'])
  ];
  for (const line of lines) {
    const cells = (runs: Array<FirstScreenRun | undefined>, hasMap: boolean) =>
      FIGURES.map(({ title, value, format }) => {
        if (title === 'map drawn' && !hasMap) return '–';
        const { median: middle, missing, rendered } = summary(runs, value);
        if (!rendered) return 'did not render';
        if (middle === undefined) return missing ? `none (${missing} of ${rendered} runs)` : '–';
        return missing ? `${format(middle)} (none in ${missing} of ${rendered})` : format(middle);
      });
    const failed = (runs: Array<FirstScreenRun | undefined>) => {
      const count = runs.filter((run) => run === undefined).length;
      return count ? ` (${count} of ${runs.length} runs did not render)` : '';
    };
    for (const { key, name, hasMap } of PAGES) {
      const runs = line[key];
      if (runs.length) out.push(row([line.profile, line.encoding, `${name}${failed(runs)}`, ...cells(runs, hasMap), titleSeen(runs)]));
    }
    if (!line.timelinejs.length) continue;
    // TimelineJS has no map: its every-view figure is its timeline, and a map is compared with it too.
    const theirs = (value: Figure, index: number) => summary(line.timelinejs, FIGURES[index]?.title === 'map drawn' ? (run) => run.timelineMs : value).median;
    for (const { key, name } of PAGES.filter((page) => page.key !== 'timelinejs')) {
      const runs = line[key];
      if (!runs.length) continue;
      out.push(
        row([
          line.profile,
          line.encoding,
          `${name} ÷ TimelineJS`,
          ...FIGURES.map(({ value }, index) => ratio(summary(runs, value).median, theirs(value, index))),
          ''
        ])
      );
    }
  }
  return out.join('\n');
}
