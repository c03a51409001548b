import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

/**
 * Natural Earth's countries, cut where they cross the 180th meridian. world-atlas joins Russia,
 * Fiji and Antarctica across it, as a spherical renderer (d3) expects; Leaflet draws on a plane,
 * where such a ring runs the width of the world and back, a band across the map. d3's projection
 * stream cuts them as RFC 7946 asks; the equirectangular projection at this scale and origin maps
 * every point to its own longitude and latitude, so nothing else moves.
 */
export function basemapForLeaflet(worldAtlas: Topology<{ countries: GeometryCollection }>): Topology {
  const countries = feature(worldAtlas, worldAtlas.objects.countries) as FeatureCollection;
  const lonLat = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .reflectY(true)
    // No extra points along the edges: the borders keep world-atlas's vertices.
    .precision(0);
  // world-atlas's own quantization, so the file stays its size.
  return topology({ countries: geoProject(countries, lonLat) }, 1e5);
}
