/**
 * rangeAround and extendRange: which rows of the event list are rendered.
 * Not covered: the scrolling and keyboard that drive them (EventList.svelte, e2e specs).
 */
import { describe, expect, it } from 'vitest';
import { extendRange, rangeAround, type ListRange } from '../../../../src/lib/ui/listRange';

describe('rangeAround', () => {
  const cases: Array<{ name: string; current: ListRange; count: number; selected: number; expected: ListRange }> = [
    { name: 'a first page when nothing is selected', current: { start: 0, end: 0 }, count: 1000, selected: -1, expected: { start: 0, end: 100 } },
    { name: 'the whole of a short list', current: { start: 0, end: 100 }, count: 30, selected: -1, expected: { start: 0, end: 30 } },
    { name: 'a page centred on a selection outside the rows', current: { start: 0, end: 100 }, count: 1000, selected: 500, expected: { start: 450, end: 550 } },
    { name: 'a last page for a selection near the end', current: { start: 0, end: 100 }, count: 1000, selected: 990, expected: { start: 900, end: 1000 } },
    { name: 'the rows scrolled to, while they hold the selection', current: { start: 100, end: 400 }, count: 1000, selected: 350, expected: { start: 100, end: 400 } },
    { name: 'the rows cut to a list that got shorter', current: { start: 500, end: 700 }, count: 550, selected: -1, expected: { start: 450, end: 550 } },
    { name: 'nothing for an empty list', current: { start: 0, end: 100 }, count: 0, selected: -1, expected: { start: 0, end: 0 } }
  ];
  for (const { name, current, count, selected, expected } of cases) {
    it(`renders ${name}`, () => {
      expect(rangeAround(current, count, selected, 100)).toEqual(expected);
    });
  }

  it('returns the same object when nothing changes, and never changes its input', () => {
    const current = { start: 100, end: 400 };
    expect(rangeAround(current, 1000, 200, 100)).toBe(current);
    rangeAround(current, 1000, 900, 100);
    expect(current).toEqual({ start: 100, end: 400 });
  });
});

describe('extendRange', () => {
  it('adds a page on the side the reader scrolled to, within the list', () => {
    expect(extendRange({ start: 200, end: 300 }, 1000, 'after', 100)).toEqual({ start: 200, end: 400 });
    expect(extendRange({ start: 200, end: 300 }, 1000, 'before', 100)).toEqual({ start: 100, end: 300 });
    expect(extendRange({ start: 50, end: 300 }, 1000, 'before', 100)).toEqual({ start: 0, end: 300 });
    expect(extendRange({ start: 900, end: 960 }, 1000, 'after', 100)).toEqual({ start: 900, end: 1000 });
  });

  it('returns the same object at the edges', () => {
    const all = { start: 0, end: 1000 };
    expect(extendRange(all, 1000, 'after', 100)).toBe(all);
    expect(extendRange(all, 1000, 'before', 100)).toBe(all);
  });
});
