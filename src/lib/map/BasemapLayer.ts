import L from 'leaflet';
import type { FeatureCollection } from 'geojson';
import { countryPaths, loadBasemap, WORLD_SIZE } from './basemap';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The countries as the map draws them (the benchmark's floor page draws them the same way): one
 * SVG of the whole world, projected once (`countryPaths`), which Leaflet only moves and scales
 * with the view, like an image. Drawn as Leaflet paths, every border was projected again,
 * simplified and rewritten two or three times on each zoom (~20 ms of a selection that zooms at
 * 10,000 events: BENCHMARKS.md, 10,000-event selections, session 8). Borders keep their width
 * at every zoom (`non-scaling-stroke`).
 */
export function countriesLayer(countries: FeatureCollection): L.SVGOverlay {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WORLD_SIZE} ${WORLD_SIZE}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  // Leaflet's path style as it was (weight 0.6, rings with holes), now on the SVG: colours come from CSS.
  svg.setAttribute('fill-rule', 'evenodd');
  svg.setAttribute('stroke-width', '0.6');
  svg.setAttribute('stroke-linejoin', 'round');
  for (const outline of countryPaths(countries)) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', 'basemap-country');
    path.setAttribute('d', outline);
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    svg.append(path);
  }
  const world = L.latLngBounds(L.CRS.EPSG3857.pointToLatLng(L.point(0, WORLD_SIZE), 0), L.CRS.EPSG3857.pointToLatLng(L.point(WORLD_SIZE, 0), 0));
  return L.svgOverlay(svg, world, { interactive: false });
}

/**
 * The world's country borders, bundled with the app (no tile server), under everything else.
 * A layer of its own, so it can be fetched later or replaced without touching the rest of the map.
 */
export class BasemapLayer extends L.Layer {
  #countries: L.SVGOverlay | undefined;

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
