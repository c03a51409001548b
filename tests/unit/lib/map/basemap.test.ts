import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { countryPaths, WORLD_SIZE } from '../../../../src/lib/map/basemap';

const collection = (...geometries: FeatureCollection['features'][number]['geometry'][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))
});

describe('countryPaths', () => {
  it('draws each country in the world’s square at zoom 0, west to east and north to south', () => {
    const [outline] = countryPaths(collection({ type: 'Polygon', coordinates: [[[-180, 0], [0, 0], [180, 0], [-180, 0]]] }));
    expect(outline).toBe(`M0 ${WORLD_SIZE / 2}L${WORLD_SIZE / 2} ${WORLD_SIZE / 2}L${WORLD_SIZE} ${WORLD_SIZE / 2}L0 ${WORLD_SIZE / 2}Z`);
    // Up is north; the Mercator squares stretch away from the equator.
    const [north] = countryPaths(collection({ type: 'Polygon', coordinates: [[[0, 60], [0, 30], [0, 60]]] }));
    const [, , y60, , y30] = north!.match(/^M(\S+) (\S+)L(\S+) (\S+)L/)!.map(Number);
    expect(y60).toBeLessThan(y30!);
    expect(WORLD_SIZE / 2 - y30!).toBeLessThan(y30! - y60!);
  });

  it('keeps a country’s holes and islands as rings of one path (drawn even-odd)', () => {
    const ring = (lon: number) => [[lon, 0], [lon + 1, 0], [lon + 1, 1], [lon, 0]];
    const [withHole, islands] = countryPaths(
      collection({ type: 'Polygon', coordinates: [ring(0), ring(0.2)] }, { type: 'MultiPolygon', coordinates: [[ring(10)], [ring(20), ring(20.5)]] })
    );
    expect(withHole!.match(/M/g)).toHaveLength(2);
    expect(islands!.match(/M/g)).toHaveLength(3);
  });

  it('leaves out what is not an area', () => {
    expect(countryPaths(collection({ type: 'Point', coordinates: [0, 0] }))).toEqual([]);
  });
});
