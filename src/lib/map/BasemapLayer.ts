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
        this.#countries = L.geoJSON(countries, { style: { className: 'basemap-country', weight: 0.6 }, interactive: false }).addTo(map);
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
