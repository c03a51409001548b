/*
 * The narrow layout's strip geometry (src/lib/narrow/stripGeometry.ts): which events are shown,
 * where their columns and rows are, and how years and eras group them. What a reader sees and
 * taps is covered by StoryStrip.browser.test.ts and tests/e2e/narrow.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  STRIP_COLUMNS,
  columnBox,
  eraAt,
  focusTarget,
  lanesInUse,
  overviewShare,
  pageWindow,
  rowCentre,
  runs,
  windowAround
} from '../../../../src/lib/narrow/stripGeometry';

describe('windowAround', () => {
  it('centres the window on an event in the middle of the list', () => {
    expect(windowAround(20, 40, 11)).toEqual({ start: 15, end: 26 });
  });

  it('stays inside the list at both ends', () => {
    expect(windowAround(0, 40, 11)).toEqual({ start: 0, end: 11 });
    expect(windowAround(2, 40, 11)).toEqual({ start: 0, end: 11 });
    expect(windowAround(39, 40, 11)).toEqual({ start: 29, end: 40 });
  });

  it('shows every event when they all fit, and nothing for an empty list', () => {
    expect(windowAround(3, 4, 11)).toEqual({ start: 0, end: 4 });
    expect(windowAround(0, 0, 11)).toEqual({ start: 0, end: 0 });
  });

  it('is never wider than the columns on screen, so no column is squeezed under 24 px on a 264 px strip', () => {
    for (let total = 0; total < 60; total += 1) {
      for (let centre = 0; centre < total; centre += 1) {
        const { start, end } = windowAround(centre, total);
        expect(end - start).toBeLessThanOrEqual(STRIP_COLUMNS);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(total);
        expect(centre).toBeGreaterThanOrEqual(start);
        expect(centre).toBeLessThan(end);
      }
    }
    expect(264 / STRIP_COLUMNS).toBeGreaterThanOrEqual(24);
  });
});

describe('pageWindow', () => {
  it('moves by a page less one column, so one event stays in view as a landmark', () => {
    expect(pageWindow({ start: 15, end: 26 }, 1, 60, 11)).toEqual({ start: 25, end: 36 });
    expect(pageWindow({ start: 15, end: 26 }, -1, 60, 11)).toEqual({ start: 5, end: 16 });
  });

  it('stops at the ends of the list', () => {
    expect(pageWindow({ start: 0, end: 11 }, -1, 60, 11)).toEqual({ start: 0, end: 11 });
    expect(pageWindow({ start: 45, end: 56 }, 1, 60, 11)).toEqual({ start: 49, end: 60 });
  });
});

describe('runs', () => {
  it('groups consecutive items with the same key, as column ranges', () => {
    expect(runs([2016, 2016, 2019, 2021, 2021, 2021], (year) => year)).toEqual([
      { key: 2016, from: 0, to: 2 },
      { key: 2019, from: 2, to: 3 },
      { key: 2021, from: 3, to: 6 }
    ]);
  });

  it('leaves items without a key out, and starts a new run after a gap', () => {
    expect(runs(['a', undefined, 'a', 'a', 'b'], (key) => key)).toEqual([
      { key: 'a', from: 0, to: 1 },
      { key: 'a', from: 2, to: 4 },
      { key: 'b', from: 4, to: 5 }
    ]);
    expect(runs([], (key) => key)).toEqual([]);
  });
});

describe('lanes and rows', () => {
  it('keeps the lanes that hold events, in the timeline’s order', () => {
    expect(lanesInUse(['category:revelation', 'category:technical', 'category:legal'], ['category:legal', 'category:revelation'])).toEqual([
      'category:revelation',
      'category:legal'
    ]);
  });

  it('centres each row in its share of the height', () => {
    expect([0, 1, 2, 3].map((row) => rowCentre(row, 4))).toEqual([12.5, 37.5, 62.5, 87.5]);
    expect(rowCentre(0, 0)).toBe(50);
  });

  it('lays columns side by side across the whole width', () => {
    expect(columnBox(0, 4)).toEqual({ left: 0, width: 25 });
    expect(columnBox(3, 4)).toEqual({ left: 75, width: 25 });
  });
});

describe('eraAt', () => {
  const era = (id: string, start: string, end: string) => ({ id, span: { start: new Date(start), end: new Date(end) } });
  const eras = [era('early', '2016-08-24', '2021-07-18'), era('revelations', '2021-07-18', '2021-10-01')];

  it('finds the era a moment falls in, its end excluded', () => {
    expect(eraAt(new Date('2019-10-29'), eras)?.id).toBe('early');
    expect(eraAt(new Date('2021-07-18'), eras)?.id).toBe('revelations');
  });

  it('finds none before, between or after the eras', () => {
    expect(eraAt(new Date('2010-01-01'), eras)).toBeUndefined();
    expect(eraAt(new Date('2021-10-01'), eras)).toBeUndefined();
  });
});

describe('overviewShare', () => {
  it('places the window among all the events, in %', () => {
    expect(overviewShare({ start: 11, end: 22 }, 44)).toEqual({ left: 25, width: 25 });
    expect(overviewShare({ start: 0, end: 0 }, 0)).toEqual({ left: 0, width: 100 });
  });
});

describe('focusTarget', () => {
  it('moves one dot at a time with the arrows, to the ends with Home and End', () => {
    expect(focusTarget('ArrowRight', 4, 10)).toBe(5);
    expect(focusTarget('ArrowLeft', 4, 10)).toBe(3);
    expect(focusTarget('Home', 4, 10)).toBe(0);
    expect(focusTarget('End', 4, 10)).toBe(9);
  });

  it('stops at the ends, and ignores other keys', () => {
    expect(focusTarget('ArrowRight', 9, 10)).toBe(9);
    expect(focusTarget('ArrowLeft', 0, 10)).toBe(0);
    expect(focusTarget('Enter', 4, 10)).toBeUndefined();
    expect(focusTarget('ArrowRight', 0, 0)).toBeUndefined();
  });
});
