import { describe, expect, it } from 'vitest';
import { EDGE_GAP, labelledAtZoom, placeEraName, placeLabel, pxPerDay } from '../../../../src/lib/timeline/labelPlacement';

const WIDTH = 800;
/** About four months in 800 px: the first screen's zoom. */
const FIRST_SCREEN = 6.5;
/** Six years in 800 px: "show all". */
const SHOW_ALL = 0.37;

describe('pxPerDay', () => {
  it('is the zoom in pixels per day', () => {
    expect(pxPerDay(10 * 86_400_000, 500)).toBe(50);
    expect(pxPerDay(0, 500)).toBe(0);
  });
});

describe('labelledAtZoom', () => {
  it('labels key events at every zoom, notable ones from about a year on screen, context ones from a few months', () => {
    expect(labelledAtZoom('key', 0.01)).toBe(true);
    expect(labelledAtZoom('notable', SHOW_ALL)).toBe(false);
    expect(labelledAtZoom('notable', FIRST_SCREEN)).toBe(true);
    expect(labelledAtZoom('context', FIRST_SCREEN)).toBe(false);
    expect(labelledAtZoom('context', 20)).toBe(true);
  });
});

describe('placeLabel', () => {
  it('puts a label after its dot when it fits before the right edge', () => {
    expect(placeLabel({ x: 100, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'after', maxWidth: null });
  });

  it('puts it before its dot near the right edge', () => {
    expect(placeLabel({ x: 700, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'before', maxWidth: null });
    // Exactly fitting after the dot (with the gap to the edge) stays after.
    expect(placeLabel({ x: WIDTH - 200 - EDGE_GAP, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN).side).toBe('after');
    expect(placeLabel({ x: WIDTH - 199 - EDGE_GAP, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN).side).toBe('before');
  });

  it('shortens a label that fits on neither side, on the roomier one', () => {
    expect(placeLabel({ x: 260, width: 300, importance: 'key' }, 400, FIRST_SCREEN)).toEqual({ shown: true, side: 'before', maxWidth: 256 });
    expect(placeLabel({ x: 150, width: 300, importance: 'notable' }, 400, FIRST_SCREEN)).toEqual({ shown: true, side: 'after', maxWidth: 246 });
  });

  it('leaves out a label that would be cut to a few letters, unless the event is key or selected', () => {
    expect(placeLabel({ x: 30, width: 300, importance: 'notable' }, 60, FIRST_SCREEN).shown).toBe(false);
    expect(placeLabel({ x: 30, width: 300, importance: 'key' }, 60, FIRST_SCREEN)).toEqual({ shown: true, side: 'after', maxWidth: 26 });
    expect(placeLabel({ x: 30, width: 300, importance: 'context', selected: true }, 60, SHOW_ALL).shown).toBe(true);
  });

  it('draws a bare dot for an event too minor for the zoom, and labels it once selected', () => {
    expect(placeLabel({ x: 100, width: 120, importance: 'context' }, WIDTH, FIRST_SCREEN).shown).toBe(false);
    expect(placeLabel({ x: 100, width: 120, importance: 'notable' }, WIDTH, SHOW_ALL).shown).toBe(false);
    expect(placeLabel({ x: 100, width: 120, importance: 'notable', selected: true }, WIDTH, SHOW_ALL)).toEqual({ shown: true, side: 'after', maxWidth: null });
  });

  it('gives no label to a point outside the window: the edge would cut it', () => {
    expect(placeLabel({ x: -3, width: 100, importance: 'key' }, WIDTH, FIRST_SCREEN).shown).toBe(false);
    expect(placeLabel({ x: WIDTH + 1, width: 100, importance: 'key' }, WIDTH, FIRST_SCREEN).shown).toBe(false);
  });

  it('puts a span’s label inside the part of its bar in view when it fits there', () => {
    // A period begun before the window and running past it: the whole width is its bar's.
    expect(placeLabel({ x: -500, endX: 5000, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'after', maxWidth: null });
    expect(placeLabel({ x: 100, endX: 350, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'after', maxWidth: null });
    expect(placeLabel({ x: -500, endX: -10, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN).shown).toBe(false);
    expect(placeLabel({ x: 900, endX: 1000, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN).shown).toBe(false);
  });

  it('puts a span’s label past the end of a bar too short for it, never across the bar’s edge', () => {
    // A month of 170 px and a label of 215 px: after the bar, which ends 170 px from where the label would start.
    expect(placeLabel({ x: 300, endX: 470, width: 215, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'past', maxWidth: null, offset: 170 });
    // Begun before the window: the offset is the part of the bar in view.
    expect(placeLabel({ x: -100, endX: 60, width: 215, importance: 'notable' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'past', maxWidth: null, offset: 60 });
  });

  it('shortens a span’s label on the roomier side when it fits neither inside its bar nor past it', () => {
    // Near the right edge: 150 px of bar, 96 px past it, a label of 200 px.
    expect(placeLabel({ x: 550, endX: 700, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'after', maxWidth: 150 });
    // A bar running past the right edge: shortened to the part in view, short of the edge.
    expect(placeLabel({ x: 700, endX: 900, width: 200, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'after', maxWidth: 100 - EDGE_GAP });
  });

  it('shortens a span’s label past its bar when there is more room there', () => {
    // 60 px of bar, then 236 px to the edge: a label of 250 px is shortened past the bar.
    expect(placeLabel({ x: 500, endX: 560, width: 250, importance: 'key' }, WIDTH, FIRST_SCREEN)).toEqual({ shown: true, side: 'past', maxWidth: 236, offset: 60 });
    // A context event is left out rather than cut to a few letters.
    expect(placeLabel({ x: 740, endX: 760, width: 250, importance: 'context' }, WIDTH, 40).shown).toBe(false);
  });
});

describe('placeEraName', () => {
  it('names a band at its start when it is in view', () => {
    expect(placeEraName(100, 500, WIDTH, 120)).toEqual({ offset: 0, maxWidth: null });
  });

  it('moves the name to where a band begun before the window enters it', () => {
    expect(placeEraName(-300, 500, WIDTH, 120)).toEqual({ offset: 300, maxWidth: null });
  });

  it('shortens the name to the part of the band in view, never past the window’s edges', () => {
    expect(placeEraName(700, 2000, WIDTH, 150)).toEqual({ offset: 0, maxWidth: 96 });
    expect(placeEraName(-1000, 60, WIDTH, 150)).toEqual({ offset: 1000, maxWidth: 56 });
  });

  it('leaves a sliver of a band unnamed', () => {
    expect(placeEraName(780, 2000, WIDTH, 150)).toBeNull();
    expect(placeEraName(-1000, -5, WIDTH, 150)).toBeNull();
  });
});
