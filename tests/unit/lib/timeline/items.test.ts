import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/lib/data/normalize';
import { MIN_FOCUS_SPAN, defaultWindow, fullWindow, timelineGroups, timelineItem, windowForEvent } from '../../../../src/lib/timeline/items';
import { sampleDataset } from '../../../fixtures/dataset';
import type { Importance } from '../../../../src/lib/data/types';

const index = indexDataset(sampleDataset());
const get = (id: string) => index.eventsById.get(id)!;

describe('timelineItem', () => {
  it('draws an event dated to the day as a point', () => {
    expect(timelineItem(get('one-hour-notice'), 'category', 'en')).toMatchObject({
      type: 'point',
      start: new Date('2021-11-03T00:00:00Z'),
      group: 'category:diplomatic',
      label: 'Title of one-hour-notice',
      title: 'Title of one-hour-notice'
    });
    expect(timelineItem(get('one-hour-notice'), 'category', 'en').end).toBeUndefined();
  });

  it('draws an event known only to the month as the whole month', () => {
    expect(timelineItem(get('secret-talks'), 'category', 'fr')).toMatchObject({
      type: 'range',
      start: new Date('2021-10-01T00:00:00Z'),
      end: new Date('2021-11-01T00:00:00Z'),
      label: 'Titre de secret-talks'
    });
  });

  it('draws a period as a range to the end of its last day', () => {
    expect(timelineItem(get('tensions'), 'country', 'en')).toMatchObject({
      type: 'range',
      end: new Date('2022-12-17T00:00:00Z'),
      group: 'country:FR'
    });
  });
});

describe('timelineGroups', () => {
  it('has every category in a fixed order', () => {
    const groups = timelineGroups(index.events, 'category', (category) => category.toUpperCase(), (country) => country);
    expect(groups.map((group) => group.id)).toEqual([
      'category:revelation',
      'category:technical',
      'category:legal',
      'category:diplomatic',
      'category:regulatory',
      'category:corporate'
    ]);
    expect(groups[0]?.label).toBe('REVELATION');
  });

  it('has the countries present, by name', () => {
    const names: Record<string, string> = { US: 'United States', IL: 'Israel', FR: 'France' };
    const groups = timelineGroups(index.events, 'country', String, (country) => names[country] ?? country);
    expect(groups.map((group) => group.label)).toEqual(['France', 'United States']);
    expect(groups.map((group) => group.order)).toEqual([0, 1]);
  });
});

describe('windowForEvent', () => {
  it('never zooms a point event to less than a readable span', () => {
    const window = windowForEvent(get('one-hour-notice'), null);
    expect(window.end.getTime() - window.start.getTime()).toBe(MIN_FOCUS_SPAN);
    const centre = (window.start.getTime() + window.end.getTime()) / 2;
    const event = get('one-hour-notice');
    expect(centre).toBe((event.start.getTime() + event.finish.getTime()) / 2);
  });

  it('widens for a long period so all of it shows', () => {
    const event = get('tensions');
    const window = windowForEvent(event, null);
    expect(window.start.getTime()).toBeLessThan(event.start.getTime());
    expect(window.end.getTime()).toBeGreaterThan(event.finish.getTime());
  });

  it('keeps the current window when the event already sits well inside it', () => {
    const current = { start: new Date('2021-09-01T00:00:00Z'), end: new Date('2022-01-01T00:00:00Z') };
    expect(windowForEvent(get('one-hour-notice'), current)).toBe(current);
  });

  it('moves when the event sits at the very edge of the current window', () => {
    const current = { start: new Date('2021-06-01T00:00:00Z'), end: new Date('2021-11-04T00:00:00Z') };
    expect(windowForEvent(get('one-hour-notice'), current)).not.toBe(current);
  });
});

describe('defaultWindow and fullWindow', () => {
  const day = (iso: string, importance: Importance = 'context') => ({
    start: new Date(`${iso}T00:00:00Z`),
    finish: new Date(new Date(`${iso}T00:00:00Z`).getTime() + 86_400_000),
    importance
  });
  const busyAutumn = ['2021-07-18', '2021-07-20', '2021-07-22', '2021-08-12', '2021-09-13', '2021-10-15', '2021-11-01', '2021-11-03', '2021-11-23', '2021-12-03'].map((iso) => day(iso));
  const events = [day('2010-06-01'), ...busyAutumn];

  it('opens on the key events, from the first to the last, with room for their labels', () => {
    const keyed = [day('2010-06-01'), day('2021-07-18', 'key'), day('2021-07-20', 'notable'), day('2021-11-03', 'key'), day('2021-12-03')];
    // A key period counts from its start: it may run on past the window.
    const period = { ...day('2021-08-01', 'key'), finish: new Date('2022-12-17T00:00:00Z') };
    const window = defaultWindow([...keyed, period]);
    const first = Date.parse('2021-07-18T00:00:00Z');
    const last = Date.parse('2021-11-03T00:00:00Z');
    expect(window.start.getTime()).toBeLessThan(first - 7 * 86_400_000);
    expect(window.start.getTime()).toBeGreaterThan(first - 30 * 86_400_000);
    expect(window.end.getTime()).toBeGreaterThan(last + 7 * 86_400_000);
    expect(window.end.getTime()).toBeLessThan(last + 30 * 86_400_000);
  });

  it('without key events, opens on where most events are, not on a lone early outlier', () => {
    const window = defaultWindow(events);
    expect(window.start.getUTCFullYear()).toBe(2021);
    expect(window.end.getTime()).toBeGreaterThan(new Date('2021-11-23T00:00:00Z').getTime());
  });

  it('shows everything with a margin on "show all"', () => {
    const window = fullWindow(events);
    expect(window.start.getTime()).toBeLessThan(new Date('2010-06-01T00:00:00Z').getTime());
    expect(window.end.getTime()).toBeGreaterThan(new Date('2021-12-04T00:00:00Z').getTime());
  });

  it('has a sensible window with no events at all', () => {
    expect(fullWindow([]).start.getUTCFullYear()).toBe(2016);
    expect(defaultWindow([]).end.getUTCFullYear()).toBe(2023);
  });
});
