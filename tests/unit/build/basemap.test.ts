import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { basemapForLeaflet } from '../../../build/basemap';

type Countries = Topology<{ countries: GeometryCollection }>;
const worldAtlas = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8')) as Countries;
const bundled = JSON.parse(readFileSync('src/lib/map/countries-110m.json', 'utf8')) as Countries;

const countries = (topology: Countries) => (feature(topology, topology.objects.countries) as FeatureCollection).features;
const rings = (country: Feature): Position[][] => {
  const geometry = country.geometry;
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
};
/**
 * Steps along a ring that go more than half the world sideways: drawn flat, a band across the map.
 * Antarctica's edge along the South Pole is one, rightly (it lies off Leaflet's world, below 85°S).
 */
const crossings = (country: Feature) =>
  rings(country).flatMap((ring) => ring.slice(1).filter((point, i) => Math.abs(point[0]! - ring[i]![0]!) > 180 && Math.abs(point[1]!) !== 90));
const named = (all: Feature[], name: string) => all.find((country) => country.properties?.name === name)!;

describe('the bundled basemap', () => {
  it('is what `npm run basemap` makes of world-atlas (run it after upgrading world-atlas)', () => {
    expect(bundled).toEqual(JSON.parse(JSON.stringify(basemapForLeaflet(worldAtlas))));
  });

  it('has no ring crossing the 180th meridian, where world-atlas has Russia’s, Fiji’s and Antarctica’s', () => {
    const before = countries(worldAtlas).filter((country) => crossings(country).length).map((country) => country.properties?.name);
    expect(before.sort()).toEqual(['Antarctica', 'Fiji', 'Russia']);
    expect(countries(bundled).filter((country) => crossings(country).length)).toEqual([]);
  });

  it('keeps every country, and the borders of those away from the meridian where they were', () => {
    expect(countries(bundled).map((country) => country.properties?.name)).toEqual(countries(worldAtlas).map((country) => country.properties?.name));
    for (const name of ['France', 'Morocco', 'Israel', 'Uganda']) {
      const [was, is] = [rings(named(countries(worldAtlas), name)), rings(named(countries(bundled), name))];
      expect(is.length).toBe(was.length);
      is.flat().forEach((point, i) => {
        expect(point[0]).toBeCloseTo(was.flat()[i]![0]!, 2);
        expect(point[1]).toBeCloseTo(was.flat()[i]![1]!, 2);
      });
    }
  });
});
