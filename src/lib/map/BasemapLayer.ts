import L from 'leaflet';
import type { FeatureCollection } from 'geojson';
import { loadBasemap } from './basemap';

/**
 * The countries as the map draws them (the benchmark's floor page draws them the same way).
 * Not clipped to the view (the SVG's box clips them when drawn): Leaflet re-clips every country
 * two or three times per view reset, which made a selection's fit ~60 ms slower on a map zoomed in
 * one step further (BENCHMARKS.md, 10,000-event selections, session 7). GeoJSON hands its options
 * to each country's polygon, whose option `noClip` is (GeoJSON's type leaves it out).
 */
export function countriesLayer(countries: FeatureCollection): L.GeoJSON {
  const options: L.GeoJSONOptions & L.PolylineOptions = { style: { className: 'basemap-country', weight: 0.6 }, interactive: false, noClip: true };
  return L.geoJSON(countries, options);
}

/**
 * The world's country borders, bundled with the app (no tile server), under everything else.
 * A layer of its own, so it can be fetched later or replaced without touching the rest of the map.
 */
export class BasemapLayer extends L.Layer {
  #countries: L.GeoJSON | undefined;

  override onAdd(map: L.Map): this {
    loadBasemap()
      .then((countries) => {
        if (this._map !== map) return; // removed while loading
        this.#countries = countriesLayer(countries).addTo(map);
        this.#countries.bringToBack();
      })
      .catch(() => {
        // The map still works without borders: markers and arcs carry the information.
        map.getContainer().classList.add('basemap-unavailable');
      });
    return this;
  }

  override onRemove(): this {
    this.#countries?.remove();
    this.#countries = undefined;
    return this;
  }
}
