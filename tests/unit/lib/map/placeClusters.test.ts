import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_MAP_ZOOM, markPlaces, mercatorPixels, type PlacePoint } from '../../../../src/lib/map/placeClusters';

const point = (placeId: string, lat: number, lon: number, events = 1, shown = events): PlacePoint => ({ placeId, lat, lon, events, shown });
const paris = point('paris', 48.8566, 2.3522, 5, 2);
const elysee = point('elysee-palace', 48.8704, 2.3167, 3, 3);
const washington = point('washington', 38.8937, -77.0327, 4, 0);

describe('markPlaces', () => {
  it('merges places that would overlap at a world view, adding up their events', () => {
    const marks = markPlaces([paris, elysee, washington], 2);
    const cluster = marks.find((mark) => mark.kind === 'cluster');
    expect(cluster).toMatchObject({ kind: 'cluster', places: 2, events: 8, shown: 5 });
    expect(marks.filter((mark) => mark.kind === 'place').map((mark) => mark.kind === 'place' && mark.placeId)).toEqual(['washington']);
  });

  it('says which zoom separates a cluster', () => {
    const cluster = markPlaces([paris, elysee], 2).find((mark) => mark.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.expansionZoom).toBeGreaterThan(2);
  });

  it('gives every place its own marker when zoomed in', () => {
    const marks = markPlaces([paris, elysee, washington], MAX_MAP_ZOOM);
    expect(marks.map((mark) => mark.kind)).toEqual(['place', 'place', 'place']);
  });

  it('never merges the place kept apart (the selection’s), and leaves out what would crowd it', () => {
    const marks = markPlaces([paris, elysee, washington], 2, 'elysee-palace');
    expect(marks.map((mark) => mark.kind === 'place' && mark.placeId)).toEqual(['elysee-palace', 'washington']);
  });

  it('keeps neighbours of the kept place once they no longer crowd it', () => {
    const marks = markPlaces([paris, elysee], 14, 'elysee-palace');
    expect(marks.map((mark) => mark.kind === 'place' && mark.placeId)).toEqual(['elysee-palace', 'paris']);
  });

  it('has nothing to draw without places', () => {
    expect(markPlaces([], 3)).toEqual([]);
  });
});

describe('mercatorPixels', () => {
  it('puts the origin of the world at the top-left and null island in the middle', () => {
    expect(mercatorPixels(0, 0, 0)).toEqual({ x: 128, y: 128 });
    expect(mercatorPixels(85.05, -180, 0).x).toBe(0);
    expect(mercatorPixels(85.05, -180, 0).y).toBeCloseTo(0, 0);
  });

  it('doubles distances with each zoom level', () => {
    const a = mercatorPixels(48.85, 2.35, 5);
    const b = mercatorPixels(48.85, 2.35, 6);
    expect(b.x).toBeCloseTo(a.x * 2, 6);
    expect(b.y).toBeCloseTo(a.y * 2, 6);
  });
});

describe('marks never overlap', () => {
  it('folds a place into a cluster whose centroid has drifted onto it, keeping every event counted', () => {
    // Three places pulled together west of a fourth: their cluster's centroid lands near it.
    const points = [
      { placeId: 'a', lat: 40, lon: 0, events: 5, shown: 5 },
      { placeId: 'b', lat: 40, lon: 3, events: 5, shown: 5 },
      { placeId: 'c', lat: 38, lon: 2, events: 5, shown: 4 },
      { placeId: 'd', lat: 36, lon: 7.5, events: 2, shown: 1 }
    ];
    for (const zoom of [2, 2.5, 3, 3.5, 4]) {
      const marks = markPlaces(points, zoom);
      const at = (mark: (typeof marks)[number]) => mercatorPixels(mark.lat, mark.lon, zoom);
      for (const place of marks.filter((mark) => mark.kind === 'place'))
        for (const cluster of marks.filter((mark) => mark.kind === 'cluster'))
          expect(Math.hypot(at(place).x - at(cluster).x, at(place).y - at(cluster).y)).toBeGreaterThanOrEqual(40);
      expect(marks.reduce((total, mark) => total + mark.events, 0)).toBe(17);
    }
  });
});

describe('clusters never overlap either', () => {
  it('folds a smaller cluster into a larger one it has drifted onto, keeping every event counted', () => {
    const points = [
      { placeId: 'a', lat: 48, lon: 0, events: 5, shown: 5 },
      { placeId: 'b', lat: 47, lon: 2, events: 5, shown: 5 },
      { placeId: 'c', lat: 44, lon: 4, events: 3, shown: 3 },
      { placeId: 'd', lat: 40, lon: 5, events: 2, shown: 2 },
      { placeId: 'e', lat: 39, lon: 7, events: 2, shown: 1 }
    ];
    for (const zoom of [1, 1.5, 2, 2.5, 3]) {
      const marks = markPlaces(points, zoom);
      const at = marks.map((mark) => mercatorPixels(mark.lat, mark.lon, zoom));
      for (let i = 0; i < at.length; i++)
        for (let j = i + 1; j < at.length; j++) expect(Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y)).toBeGreaterThanOrEqual(40);
      expect(marks.reduce((total, mark) => total + mark.events, 0)).toBe(17);
    }
  });
});

describe('the published places', () => {
  const places: PlacePoint[] = (JSON.parse(readFileSync('data/places.json', 'utf8')) as { places: { id: string; lat: number; lon: number }[] }).places.map(
    (place) => point(place.id, place.lat, place.lon)
  );
  const zooms = Array.from({ length: 2 * MAX_MAP_ZOOM - 1 }, (_, step) => 1 + step / 2);

  it.each(zooms)('are drawn at zoom %d with room around every mark, whichever place is kept apart', (zoom) => {
    for (const keepApart of [undefined, ...places.map((place) => place.placeId)]) {
      const marks = markPlaces(places, zoom, keepApart);
      const at = marks.map((mark) => mercatorPixels(mark.lat, mark.lon, zoom));
      for (let i = 0; i < at.length; i++)
        for (let j = i + 1; j < at.length; j++) expect(Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y)).toBeGreaterThanOrEqual(40);
    }
  });
});
