import { describe, expect, it } from 'vitest';
import { compareEvents, compareText } from '../../../../src/lib/data/order';

describe('the data’s sort order', () => {
  it('compares text by code point, whatever the machine’s locale', () => {
    expect(['b', 'B', 'a', 'é', 'e'].sort(compareText)).toEqual(['B', 'a', 'b', 'e', 'é']);
  });

  it('puts events in date order, a coarser date before a finer one on the same start', () => {
    const events = [
      { id: 'day', date: '2021-03-01' },
      { id: 'year', date: '2021' },
      { id: 'month', date: '2021-03' },
      { id: 'earlier', date: '2020-12-31' }
    ];
    expect(events.sort(compareEvents).map((event) => event.id)).toEqual(['earlier', 'year', 'month', 'day']);
  });

  it('breaks a tie on the date by id, so the order is stable', () => {
    const events = [
      { id: 'macron-bennett-cop26', date: '2021-11-01' },
      { id: 'israel-one-hour-notice', date: '2021-11-01' }
    ];
    expect(events.sort(compareEvents).map((event) => event.id)).toEqual(['israel-one-hour-notice', 'macron-bennett-cop26']);
  });
});
