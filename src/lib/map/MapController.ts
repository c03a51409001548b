import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import type { DatasetIndex, IndexedEvent } from '../data/normalize';
import type { Lang } from '../data/types';
import type { Translate } from '../i18n';
import type { RelationArc } from '../relations';
import type { TimeWindow } from '../state/appState.svelte';
import { overlapsWindow } from '../filter';
import { PlacesLayer, type PlacesContent } from './PlacesLayer';
import { ArcsLayer } from './ArcsLayer';
import { BasemapLayer } from './BasemapLayer';
import { MAX_MAP_ZOOM } from './placeClusters';

export interface MapOptions {
  lang: Lang;
  t: Translate;
  /** Jump instead of flying and gliding. */
  reducedMotion: boolean;
  /** One finger scrolls the page, not the map (cooperative gestures in an embed on a touch screen). */
  twoFingerPan: boolean;
  /** The reader chose an event on the map (a marker, a popup's row). */
  onSelect: (id: string) => void;
}

/**
 * Owns the Leaflet map of the events: a basemap, the places with their clusters and popup, and
 * the selected event's relation arcs, each a layer. Data comes in by methods; the reader's choices
 * go out through `onSelect`. Each method compares the request with what the map already shows, so
 * telling the map what it has just told the app changes nothing (no echo).
 */
export class MapController {
  readonly #map: L.Map;
  readonly #options: MapOptions;
  readonly #basemap = new BasemapLayer();
  readonly #places: PlacesLayer;
  readonly #arcs: ArcsLayer;
  readonly #resizeObserver: ResizeObserver;
  #controls: L.Control[] = [];
  #events: readonly IndexedEvent[] = [];
  #index: DatasetIndex | undefined;
  #window: TimeWindow | null = null;
  #arcList: readonly RelationArc[] = [];
  #selectedId: string | null = null;
  /** Leaflet measures its container: views are fitted only once it has its real size. */
  #sized = false;
  /** The popup opening that waits for a flight to end, so a newer selection can cancel it. */
  #pendingOpen: (() => void) | undefined;

  constructor(container: HTMLElement, options: MapOptions) {
    this.#options = { ...options };
    this.#map = L.map(container, {
      center: [30, 10],
      zoom: 2,
      minZoom: 1,
      maxZoom: MAX_MAP_ZOOM,
      zoomControl: false,
      attributionControl: false,
      worldCopyJump: false,
      // Leaflet fades a popup in from an inline opacity of 0; one opened while the map flies or
      // is resized could stay at 0 (seen in the presenter). Popups appear at once instead.
      fadeAnimation: false,
      // With cooperative gestures, the component's wheel gate only lets Ctrl/⌘ + wheel through.
      scrollWheelZoom: true,
      dragging: !options.twoFingerPan,
      zoomSnap: 0.5
    });
    this.#places = new PlacesLayer(this.#placesContent(), {
      onPick: (id) => {
        if (id === this.#selectedId) return;
        this.#selectedId = id;
        this.#options.onSelect(id);
      },
      onExpand: (lat, lon, zoom) => this.#moveTo(L.latLng(lat, lon), zoom)
    });
    this.#places.setGlide(!options.reducedMotion);
    this.#arcs = new ArcsLayer(options.lang, options.t);
    this.#basemap.addTo(this.#map);
    this.#places.addTo(this.#map);
    this.#arcs.addTo(this.#map);
    this.#addControls();
    this.#resizeObserver = new ResizeObserver(() => this.#onResize());
    this.#resizeObserver.observe(container);
  }

  /** The events that pass the filters (chronological) and the dataset they come from. */
  setEvents(events: readonly IndexedEvent[], index: DatasetIndex) {
    if (events === this.#events && index === this.#index) return;
    this.#events = events;
    this.#index = index;
    this.#places.setContent(this.#placesContent());
  }

  /** The timeline's window: places with nothing inside it fade. */
  setWindow(window: TimeWindow | null) {
    if (window === this.#window) return;
    this.#window = window;
    this.#places.setContent({ inWindow: this.#inWindow() });
  }

  setLocale(lang: Lang, t: Translate) {
    if (lang === this.#options.lang && t === this.#options.t) return;
    Object.assign(this.#options, { lang, t });
    this.#places.setContent({ lang, t });
    this.#arcs.setLocale(lang, t);
    this.#addControls();
  }

  setReducedMotion(reducedMotion: boolean) {
    this.#options.reducedMotion = reducedMotion;
    this.#places.setGlide(!reducedMotion);
  }

  /** Elements laid over the map (the relation legend, the count): popups keep clear of them. */
  setOverlays(overlays: readonly HTMLElement[]) {
    this.#places.setOverlays(overlays);
  }

  /** The selected event's relations, drawn as arcs; a selection frames them with its place. */
  setArcs(arcs: readonly RelationArc[] | null) {
    this.#arcList = arcs ?? [];
    this.#arcs.setArcs(this.#arcList);
  }

  /**
   * Shows an event: the map brings its place (and the ends of its arcs: call setArcs first) into
   * view, at `zoom` if given, and opens its popup. Selecting what is selected does nothing.
   */
  select(id: string | null, zoom?: number) {
    if (id === this.#selectedId) return;
    this.#selectedId = id;
    this.#places.setSelected(id);
    if (this.#sized) this.#show(zoom);
  }

  destroy() {
    this.#cancelPendingOpen();
    this.#resizeObserver.disconnect();
    this.#map.remove();
  }

  #placesContent(): PlacesContent {
    const eventsByPlace = new Map<string, IndexedEvent[]>();
    for (const event of this.#events) {
      const group = eventsByPlace.get(event.place);
      if (group) group.push(event);
      else eventsByPlace.set(event.place, [event]);
    }
    const { lang, t } = this.#options;
    const placesById = this.#index?.placesById ?? new Map();
    const eventsById = this.#index?.eventsById ?? new Map();
    return { eventsByPlace, placesById, eventsById, inWindow: this.#inWindow(), lang, t };
  }

  #inWindow(): Set<string> {
    const timeWindow = this.#window;
    return new Set(this.#events.filter((event) => !timeWindow || overlapsWindow(event, timeWindow)).map((event) => event.id));
  }

  /** Leaflet bakes the controls' titles in: they are rebuilt in a new language. */
  #addControls() {
    for (const control of this.#controls) control.remove();
    const { t } = this.#options;
    const attribution = L.control.attribution({ prefix: false, position: 'bottomright' });
    attribution.addAttribution(t('map.attribution'));
    this.#controls = [L.control.zoom({ position: 'topleft', zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }), attribution];
    for (const control of this.#controls) control.addTo(this.#map);
  }

  #onResize() {
    const map = this.#map;
    map.invalidateSize();
    if (this.#sized || map.getContainer().clientHeight === 0) return;
    this.#sized = true;
    const placed = [...new Set(this.#events.map((event) => event.place))].flatMap((id) => this.#index?.placesById.get(id) ?? []);
    if (placed.length) map.fitBounds(L.latLngBounds(placed.map((place) => [place.lat, place.lon])), { padding: [24, 24], maxZoom: 4, animate: false });
    if (this.#selectedId) this.#show(undefined);
  }

  #moveTo(centre: L.LatLng, zoom: number) {
    if (this.#options.reducedMotion) this.#map.setView(centre, zoom, { animate: false });
    else this.#map.flyTo(centre, zoom, { duration: 0.6 });
  }

  #cancelPendingOpen() {
    if (this.#pendingOpen) this.#map.off('zoomend', this.#pendingOpen);
    this.#pendingOpen = undefined;
  }

  /** Brings the selected event's place into view and opens its popup there. */
  #show(requestedZoom: number | undefined) {
    const map = this.#map;
    this.#cancelPendingOpen();
    const place = this.#selectedId ? this.#index?.placesById.get(this.#index.eventsById.get(this.#selectedId)?.place ?? '') : undefined;
    if (!place) {
      this.#places.closePlacePopup();
      return;
    }
    const size = map.getSize();
    const ends = this.#arcList.flatMap((arc) => [arc.fromPlace, arc.toPlace]);
    const animate = !this.#options.reducedMotion;
    if (ends.length) {
      // Show every actor the event links, leaving room above for the popup and below for the legend
      // (in proportion on a small map); a zoom the selection asks for is the closest the map goes.
      const side = Math.min(150, size.x * 0.2);
      const bounds = L.latLngBounds([[place.lat, place.lon], ...ends.map((end): [number, number] => [end.lat, end.lon])]);
      const options = {
        paddingTopLeft: L.point(side, Math.min(200, size.y * 0.45)),
        paddingBottomRight: L.point(side, Math.min(100, size.y * 0.15)),
        maxZoom: requestedZoom ?? 6
      };
      if (animate) map.flyToBounds(bounds, { ...options, duration: 0.8 });
      else map.fitBounds(bounds, { ...options, animate: false });
    } else {
      // Centre the map a little above the place: its popup opens upwards and must fit.
      const zoom = requestedZoom ?? Math.max(map.getZoom(), 3);
      const centre = map.unproject(map.project([place.lat, place.lon], zoom).subtract([0, size.y * 0.25]), zoom);
      if (animate) map.flyTo(centre, zoom, { duration: 0.8 });
      else map.setView(centre, zoom, { animate: false });
    }
    if (!animate) {
      this.#places.openSelected();
      return;
    }
    // A flight always ends with zoomend; moveend also comes from resizes (invalidateSize) while the
    // layout settles, which must not open the popup halfway. Only the latest selection opens on arrival.
    const openOnArrival = () => {
      this.#pendingOpen = undefined;
      this.#places.openSelected();
    };
    this.#pendingOpen = openOnArrival;
    map.once('zoomend', openOnArrival);
  }
}
