// d3-geo-projection ships no types; the one function the basemap uses.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  export function geoProject<T extends GeoJSON.GeoJsonObject>(object: T, projection: GeoProjection): T;
}
