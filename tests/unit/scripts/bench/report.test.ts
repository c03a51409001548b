/** How the first-screen figures are summed up: medians over runs, ratios to TimelineJS, and what is missing said as such. */
import { describe, expect, it } from 'vitest';
import type { FirstScreenRun } from '../../../../scripts/bench/firstScreen';
import { firstScreenTable, median, ratio } from '../../../../scripts/bench/report';

const run = (titleMs: number | undefined, timelineMs: number, mapMs?: number): FirstScreenRun => ({
  ...(titleMs !== undefined ? { titleMs, titleText: 'NSO Group is founded in Israel', titleFontPx: 16, bytesBeforeTitle: { total: 2048, scriptAndStyle: 1024 } } : { titleMiss: 'off screen' }),
  timelineMs,
  ...(mapMs !== undefined ? { mapMs } : {}),
  viewsMs: Math.max(timelineMs, mapMs ?? 0),
  bytesBeforeTimeline: { total: 4096, scriptAndStyle: 3072 },
  bytesBeforeViews: { total: 4096, scriptAndStyle: 3072 }
});

const cellsOf = (table: string, page: string) =>
  table
    .split('\n')
    .find((line) => line.split(' | ')[2] === page)
    ?.split(' | ')
    .map((cell) => cell.replace(/^\| | \|$/g, ''));

describe('median and ratio', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
    expect(median([])).toBeUndefined();
  });

  it('divides ours by theirs, and says nothing when either is missing', () => {
    expect(ratio(900, 1500)).toBe('0.60×');
    expect(ratio(2500, 1500)).toBe('1.7×');
    expect(ratio(undefined, 1500)).toBe('–');
  });
});

describe('firstScreenTable', () => {
  const table = firstScreenTable([
    {
      profile: 'phone',
      encoding: 'gzip',
      app: [run(undefined, 2500, 2700), run(undefined, 2400, 2600), run(900, 2600, 2800)],
      floor: [],
      timelinejs: [run(1500, 1400), run(1600, 1500), run(1400, 1300)]
    }
  ]);

  it('prints each page’s medians, and a title missing in most runs as missing', () => {
    const ours = cellsOf(table, 'this app');
    expect(ours?.slice(3, 7)).toEqual(['none (2 of 3 runs)', '2500 ms', '2700 ms', '2700 ms']);
    expect(ours?.at(-1)).toBe('none (nearest: off screen)');
    const theirs = cellsOf(table, 'TimelineJS');
    expect(theirs?.slice(3, 7)).toEqual(['1500 ms', '1400 ms', '–', '1400 ms']);
    expect(theirs?.at(-1)).toBe('“NSO Group is founded in Israel” at 16 px');
  });

  it('compares the app’s timeline and map with TimelineJS’s timeline', () => {
    const ratios = cellsOf(table, 'this app ÷ TimelineJS');
    expect(ratios?.slice(3, 7)).toEqual(['–', '1.8×', '1.9×', '1.9×']);
  });

  it('prints no row for a page that was not measured', () => {
    expect(table).not.toContain('floor');
  });
});

describe('firstScreenTable with the libraries’ floor', () => {
  const table = firstScreenTable([
    {
      profile: 'desktop',
      encoding: 'gzip',
      app: [run(undefined, 1100, 1000), run(undefined, 1200, 900), run(undefined, 1000, 950)],
      floor: [run(undefined, 700, 600), run(undefined, 800, 650), undefined],
      timelinejs: [run(800, 700), run(760, 760), run(900, 800)]
    }
  ]);
  const pages = table.split('\n').slice(2).map((line) => line.split(' | ')[2]);

  it('prints the floor between the app and TimelineJS, then each one’s ratio to TimelineJS', () => {
    expect(pages).toEqual(['this app', 'libraries’ floor (1 of 3 runs did not render)', 'TimelineJS', 'this app ÷ TimelineJS', 'libraries’ floor ÷ TimelineJS']);
  });

  it('gives the floor’s medians over the runs that rendered, its map and timeline compared with TimelineJS’s timeline', () => {
    const floor = cellsOf(table, 'libraries’ floor (1 of 3 runs did not render)');
    expect(floor?.slice(3, 7)).toEqual(['none (2 of 2 runs)', '750 ms', '625 ms', '750 ms']);
    expect(floor?.at(-1)).toBe('none (nearest: off screen)');
    const ratios = cellsOf(table, 'libraries’ floor ÷ TimelineJS');
    expect(ratios?.slice(3, 7)).toEqual(['–', '0.99×', '0.82×', '0.99×']);
  });
});
