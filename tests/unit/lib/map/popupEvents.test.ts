/**
 * popupEvents: which of a place's events its map popup lists.
 * Not covered: the popup itself (MapView.svelte, e2e specs).
 */
import { describe, expect, it } from 'vitest';
import type { IndexedEvent } from '../../../../src/lib/data/normalize';
import { popupEvents } from '../../../../src/lib/map/popupEvents';

const events = Array.from({ length: 20 }, (_, n) => ({ id: `e${n}` }) as IndexedEvent);
const ids = (list: readonly IndexedEvent[]) => list.map((event) => event.id);

describe('popupEvents', () => {
  it('lists every event while they fit', () => {
    expect(popupEvents(events.slice(0, 5), { selectedId: null, inWindow: new Set(), limit: 5 })).toEqual({ shown: events.slice(0, 5), more: 0 });
  });

  it('lists a limited run around the selected event', () => {
    const { shown, more } = popupEvents(events, { selectedId: 'e10', inWindow: new Set(['e2']), limit: 5 });
    expect(ids(shown)).toEqual(['e8', 'e9', 'e10', 'e11', 'e12']);
    expect(more).toBe(15);
  });

  it('without a selection here, starts around the first event in the window', () => {
    expect(ids(popupEvents(events, { selectedId: 'elsewhere', inWindow: new Set(['e3', 'e4']), limit: 4 }).shown)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('stays within the list at both ends', () => {
    expect(ids(popupEvents(events, { selectedId: 'e19', inWindow: new Set(), limit: 4 }).shown)).toEqual(['e16', 'e17', 'e18', 'e19']);
    expect(ids(popupEvents(events, { selectedId: null, inWindow: new Set(), limit: 4 }).shown)).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('does not change the events it is given', () => {
    const copy = [...events];
    popupEvents(events, { selectedId: 'e10', inWindow: new Set(), limit: 3 });
    expect(events).toEqual(copy);
  });
});
