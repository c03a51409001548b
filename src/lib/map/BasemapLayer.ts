import L from 'leaflet';
import { loadBasemap } from './basemap';

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
        // Not clipped to the view (the SVG's box clips them when drawn): Leaflet re-clips every
        // country two or three times per view reset, which at 10,000 events made a selection's
        // fit ~60 ms slower on a map zoomed in one step further. GeoJSON hands its options to
        // each country's polygon, whose option this is (its type leaves it out).
        const options: L.GeoJSONOptions & L.PolylineOptions = { style: { className: 'basemap-country', weight: 0.6 }, interactive: false, noClip: true };
        this.#countries = L.geoJSON(countries, options).addTo(map);
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
