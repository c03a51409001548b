import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
// Natural Earth country borders, shipped with the app: the map never asks a tile server.
import countriesUrl from 'world-atlas/countries-110m.json?url';

let basemap: Promise<FeatureCollection> | undefined;

/** The world's countries as GeoJSON, fetched once from the app's own origin. */
export function loadBasemap(): Promise<FeatureCollection> {
  basemap ??= fetch(countriesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`Basemap: HTTP ${response.status}`);
      return response.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => feature(topology, topology.objects.countries) as FeatureCollection)
    .catch((error: unknown) => {
      basemap = undefined; // let a later map try again
      throw error;
    });
  return basemap;
}
