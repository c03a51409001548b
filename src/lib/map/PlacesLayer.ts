import L from 'leaflet';
import { tick, type ComponentProps } from 'svelte';
import type { IndexedEvent } from '../data/normalize';
import type { Lang, Place } from '../data/types';
import type { Translate } from '../i18n';
import { formatEventDate } from '../dates';
import { markPlaces, type MapMark } from './placeClusters';
import { popupEvents } from './popupEvents';
import { clearOf, panIntoView, type ScreenBox } from './geo';
import { Mounted } from './mounted.svelte';
import MarkerIcon from './MarkerIcon.svelte';
import PlacePopup from './PlacePopup.svelte';

type IconProps = ComponentProps<typeof MarkerIcon>;
type PopupProps = ComponentProps<typeof PlacePopup>;
type Cluster = Extract<MapMark, { kind: 'cluster' }>;

/** What the places layer shows, in the reader's language. */
export interface PlacesContent {
  /** The events that pass the filters, by place, each group chronological. */
  eventsByPlace: ReadonlyMap<string, IndexedEvent[]>;
  placesById: ReadonlyMap<string, Place>;
  eventsById: ReadonlyMap<string, IndexedEvent>;
  /** Ids of the events inside the timeline's window. */
  inWindow: ReadonlySet<string>;
  lang: Lang;
  t: Translate;
}

export interface PlacesHandlers {
  /** A marker or a popup row chose this event (the layer has opened its place's popup). */
  onPick: (eventId: string) => void;
  /** A cluster was chosen: the map zooms in to where its places stand apart. */
  onExpand: (lat: number, lon: number, zoom: number) => void;
}

/**
 * A popup lists at most this many of its place's events (a few boxes' worth: it says how many
 * more there are, and the timeline and the list have them all). Opening it lays it out.
 */
const POPUP_LIMIT = 20;
/** Room kept between an open popup and the map's edges and controls. */
const POPUP_MARGIN = 16;
/** The popup's frame around its content, top and bottom (map.css). */
const POPUP_PADDING = 24;
/** What of the popup's tip hangs below its box (leaflet.css: 20 px, less a 1 px overlap). */
const POPUP_TIP = 19;

/**
 * An icon whose element is a mounted Svelte component: Leaflet places and re-adds the same
 * element, and the component updates it in place (a press on a marker whose count changes is kept).
 */
class MountedIcon extends L.Icon {
  readonly content: Mounted<IconProps>;
  readonly #element: HTMLElement;

  constructor(props: IconProps) {
    super({ iconUrl: '' });
    this.content = Mounted.detached(MarkerIcon, props);
    this.#element = this.content.element;
  }

  override createIcon(): HTMLElement {
    // Leaflet's own icons carry this class: it takes the element out of the flow, so Leaflet's
    // translate places it (without it each mark is shifted by the marks before it).
    this.#element.classList.add('leaflet-marker-icon');
    return this.#element;
  }
}

/**
 * The places with events, as Leaflet markers: one per place standing apart, one per cluster of
 * crowded places (supercluster, by zoom), and one popup listing the events of the chosen place.
 * Marks are kept while what they show is unchanged, and updated in place when it changes.
 */
export class PlacesLayer extends L.Layer {
  #content: PlacesContent;
  #selectedId: string | null = null;
  #glide = true;
  readonly #handlers: PlacesHandlers;
  readonly #group = L.layerGroup();
  readonly #markers = new Map<string, { marker: L.Marker; icon: MountedIcon }>();
  /** Cluster markers by where they stand and what they hold (their names follow the language in place). */
  readonly #clusters = new Map<string, { marker: L.Marker; icon: MountedIcon; mark: Cluster }>();
  readonly #popup = L.popup({ autoPan: false, className: 'place-popup-frame' });
  readonly #popupNode = document.createElement('div');
  #popupContent: Mounted<PopupProps> | undefined;
  /** The place whose popup is open, or opens at the next layout. */
  #popupPlace: string | undefined;
  /** A layout of the popup waits for Svelte to apply its content. */
  #layoutPending = false;
  /** The next layout sizes the popup to the room it has (it was asked to open). */
  #sizePending = false;
  /** The event the open popup's list was last scrolled to. */
  #scrolledTo: string | null = null;
  #settle: ReturnType<typeof setTimeout> | undefined;
  #overlays: readonly HTMLElement[] = [];

  constructor(content: PlacesContent, handlers: PlacesHandlers) {
    super();
    this.#content = content;
    this.#handlers = handlers;
    this.#popup.setContent(this.#popupNode);
    this.#popup.on('add', () => this.#bringPopupIntoView());
    this.#popup.on('remove', () => {
      this.#popupPlace = undefined;
      this.#scrolledTo = null;
    });
  }

  override onAdd(map: L.Map): this {
    this.#group.addTo(map);
    this.#draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    clearTimeout(this.#settle);
    map.closePopup(this.#popup);
    this.#group.remove();
    for (const { icon } of [...this.#markers.values(), ...this.#clusters.values()]) icon.content.destroy();
    this.#markers.clear();
    this.#clusters.clear();
    this.#popupContent?.destroy();
    this.#popupContent = undefined;
    this.#popupPlace = undefined;
    return this;
  }

  override getEvents() {
    return { zoomend: this.#draw };
  }

  setContent(content: Partial<PlacesContent>) {
    this.#content = { ...this.#content, ...content };
    this.#draw();
  }

  /** Marks the selected event: its place stands apart and out, and an open popup marks it. */
  setSelected(id: string | null) {
    if (id === this.#selectedId) return;
    this.#selectedId = id;
    this.#draw();
  }

  /** Whether a pan that brings an opening popup into view glides (else it jumps). */
  setGlide(glide: boolean) {
    this.#glide = glide;
  }

  /**
   * Elements laid over the map (the relation legend along its lower edge, the count at its top):
   * an open popup keeps above the first kind and clear of the second, like the zoom control.
   */
  setOverlays(overlays: readonly HTMLElement[]) {
    if (overlays.length === this.#overlays.length && overlays.every((overlay, index) => overlay === this.#overlays[index])) return;
    this.#overlays = overlays;
    if (this._map?.hasLayer(this.#popup)) this.#bringPopupIntoView();
  }

  /** Opens the popup of the selected event's place (refreshing it if open) once its content is applied, in this turn; false when it has no marker. */
  openSelected(): boolean {
    const placeId = this.#selectedPlace();
    const entry = placeId ? this.#markers.get(placeId) : undefined;
    if (!placeId || !entry || !this._map) return false;
    this.#openPopup(placeId, entry.marker);
    return true;
  }

  closePlacePopup() {
    this.#popupPlace = undefined;
    this._map?.closePopup(this.#popup);
  }

  #selectedPlace(): string | undefined {
    return this.#selectedId ? this.#content.eventsById.get(this.#selectedId)?.place : undefined;
  }

  /** The event choosing a place selects: the selected one if it is there, else the first in the window. */
  #eventToPick(placeId: string): IndexedEvent | undefined {
    const events = this.#content.eventsByPlace.get(placeId) ?? [];
    const { inWindow } = this.#content;
    return events.find((event) => event.id === this.#selectedId) ?? events.find((event) => inWindow.has(event.id)) ?? events[0];
  }

  #pickPlace(placeId: string) {
    const event = this.#eventToPick(placeId);
    if (!event) return;
    this.#selectedId = event.id;
    this.#draw();
    this.openSelected();
    this.#handlers.onPick(event.id);
  }

  #pickEvent = (id: string) => {
    if (id === this.#selectedId) return;
    this.#selectedId = id;
    this.#draw();
    this.#handlers.onPick(id);
  };

  #markerLabel(place: Place, count: number): string {
    const { t, lang } = this.#content;
    return count === 1 ? t('map.markerOne', { place: place.name[lang] }) : t('map.marker', { place: place.name[lang], count });
  }

  /** Brings markers, clusters and an open popup in line with the content, the zoom and the selection. */
  #draw = () => {
    const map = this._map;
    if (!map) return;
    const { eventsByPlace, placesById, inWindow, t } = this.#content;
    const keepApart = this.#selectedPlace();
    const points = [...eventsByPlace].flatMap(([placeId, events]) => {
      const place = placesById.get(placeId);
      if (!place) return [];
      const shown = events.filter((event) => inWindow.has(event.id)).length;
      return [{ placeId, lat: place.lat, lon: place.lon, events: events.length, shown }];
    });
    const marks = markPlaces(points, map.getZoom(), keepApart);
    const standing = new Set<string>();
    const clusterKeys = new Set<string>();
    for (const mark of marks) {
      if (mark.kind === 'cluster') {
        const key = `${mark.lat},${mark.lon},${mark.places},${mark.events},${mark.shown === 0},${mark.expansionZoom}`;
        clusterKeys.add(key);
        const props = { count: mark.events, outside: mark.shown === 0, label: t('map.cluster', { places: mark.places, count: mark.events }) };
        const kept = this.#clusters.get(key);
        if (kept) kept.icon.content.update(props);
        else this.#addCluster(key, mark, props);
        continue;
      }
      const place = placesById.get(mark.placeId);
      if (!place) continue;
      standing.add(place.id);
      const props = { count: mark.events, outside: mark.shown === 0, selected: place.id === keepApart, label: this.#markerLabel(place, mark.events) };
      const kept = this.#markers.get(place.id);
      if (kept) kept.icon.content.update(props);
      else this.#addMarker(place, props);
      // Marks with nothing in the window sink under the others.
      const zIndexOffset = mark.shown === 0 ? -1000 : 0;
      const marker = this.#markers.get(place.id)?.marker;
      if (marker && marker.options.zIndexOffset !== zIndexOffset) marker.setZIndexOffset(zIndexOffset);
    }
    for (const [placeId, { marker, icon }] of this.#markers) {
      if (standing.has(placeId)) continue;
      this.#group.removeLayer(marker);
      icon.content.destroy();
      this.#markers.delete(placeId);
    }
    for (const [key, { marker, icon }] of this.#clusters) {
      if (clusterKeys.has(key)) continue;
      this.#group.removeLayer(marker);
      icon.content.destroy();
      this.#clusters.delete(key);
    }
    if (this.#popupPlace) this.#fillPopup(this.#popupPlace);
  };

  #addMarker(place: Place, props: Omit<IconProps, 'kind' | 'placeId' | 'onactivate'>) {
    const activate = () => this.#pickPlace(place.id);
    const icon = new MountedIcon({ kind: 'place', placeId: place.id, onactivate: activate, ...props });
    const marker = L.marker([place.lat, place.lon], { icon, keyboard: false, riseOnHover: true });
    marker.on('click', activate);
    this.#markers.set(place.id, { marker, icon });
    this.#group.addLayer(marker);
  }

  #addCluster(key: string, mark: Cluster, props: Omit<IconProps, 'kind' | 'selected' | 'onactivate'>) {
    const expand = () => this.#handlers.onExpand(mark.lat, mark.lon, mark.expansionZoom);
    const icon = new MountedIcon({ kind: 'cluster', selected: false, onactivate: expand, ...props });
    const marker = L.marker([mark.lat, mark.lon], { icon, keyboard: false });
    marker.on('click', expand);
    this.#clusters.set(key, { marker, icon, mark });
    this.#group.addLayer(marker);
  }

  /** The popup's props for a place: up to POPUP_LIMIT events around the selected one. */
  #popupProps(placeId: string): PopupProps {
    const { eventsByPlace, placesById, inWindow, lang, t } = this.#content;
    const events = eventsByPlace.get(placeId) ?? [];
    const { shown, more } = popupEvents(events, { selectedId: this.#selectedId, inWindow, limit: POPUP_LIMIT });
    return {
      placeId,
      name: placesById.get(placeId)?.name[lang] ?? '',
      rows: shown.map((event) => ({
        id: event.id,
        date: formatEventDate(event.date, event.end, lang),
        title: event.title[lang],
        current: event.id === this.#selectedId,
        outside: !inWindow.has(event.id)
      })),
      more: more ? t('map.popupMore', { count: more }) : '',
      onselect: this.#pickEvent
    };
  }

  #fillPopup(placeId: string) {
    const props = this.#popupProps(placeId);
    if (this.#popupContent) this.#popupContent.update(props);
    else this.#popupContent = new Mounted(PlacePopup, this.#popupNode, props);
    this.#layOutPopupLater();
  }

  /**
   * Leaflet sizes the popup from its content: it is opened or laid out again once Svelte has
   * applied the changes, and once for all the changes of a turn (a selection redraws the layer
   * several times). Each layout forces the page's: one is measured after every view has changed.
   */
  #layOutPopupLater() {
    if (this.#layoutPending) return;
    this.#layoutPending = true;
    tick().then(() => {
      this.#layoutPending = false;
      this.#layOutPopup();
    });
  }

  #layOutPopup() {
    const map = this._map;
    const entry = this.#popupPlace ? this.#markers.get(this.#popupPlace) : undefined;
    if (!map || !entry) return;
    if (this.#sizePending) {
      this.#sizePending = false;
      Object.assign(this.#popup.options, {
        maxWidth: Math.min(280, map.getSize().x - 48),
        maxHeight: popupMaxHeight(this.#popupRoom(map)),
        // The popup's tip ends just above the marker, never over it.
        offset: L.point(0, -9)
      });
    }
    if (map.hasLayer(this.#popup)) this.#updatePopup();
    else this.#popup.setLatLng(entry.marker.getLatLng()).openOn(map);
    // The list scrolls to a newly marked event, not on every redraw (the reader may be scrolling it).
    if (this.#scrolledTo === this.#selectedId) return;
    this.#scrolledTo = this.#selectedId;
    showCurrentEvent(this.#popup.getElement());
  }

  /** Leaflet's update puts the content back in, which would scroll its list to the top: it stays where it was. */
  #updatePopup() {
    const list = this.#popupNode.querySelector<HTMLElement>('.place-popup__events');
    const scrolled = list?.scrollTop ?? 0;
    this.#popup.update();
    if (list) list.scrollTop = scrolled;
  }

  /** Opens (or refreshes) the popup of a place, at its next layout. */
  #openPopup(placeId: string, marker: L.Marker) {
    const map = this._map;
    if (!map) return;
    // Moved to another place, the popup opens anew (and is brought into view there).
    if (map.hasLayer(this.#popup) && !this.#popup.getLatLng()?.equals(marker.getLatLng())) map.closePopup(this.#popup);
    this.#popupPlace = placeId;
    this.#sizePending = true;
    this.#fillPopup(placeId);
  }

  /**
   * Where a popup may stand, in the page's pixels: the map, less the part below the top of an
   * overlay laid over its lower edge (the relation legend); and what to keep clear of at its top:
   * the controls and the other overlays there. Overlays beside the map (on a narrow screen the
   * count sits under it) take no room.
   */
  #popupRoom(map: L.Map): PopupRoom {
    const container = map.getContainer();
    const bounds = container.getBoundingClientRect();
    const controls = container.querySelector('.leaflet-top.leaflet-left')?.getBoundingClientRect();
    const obstacles: ScreenBox[] = controls ? [controls] : [];
    let bottom = bounds.bottom;
    for (const overlay of this.#overlays) {
      const box = overlay.isConnected ? overlay.getBoundingClientRect() : undefined;
      if (!box?.height || box.bottom <= bounds.top || box.top >= bounds.bottom || box.right <= bounds.left || box.left >= bounds.right) continue;
      if (box.bottom >= bounds.top + bounds.height / 2 && box.top > bounds.top) bottom = Math.min(bottom, box.top);
      else obstacles.push(box);
    }
    return { frame: { left: bounds.left, top: bounds.top, right: bounds.right, bottom }, obstacles };
  }

  /**
   * An opening popup is brought fully into view, clear of what stands at the map's top, by our own
   * pan (Leaflet's autoPan misjudges popups opened while the layout settles, and glides whatever
   * the reader prefers). Measured once the map has been still for a moment: a popup opened at the
   * end of a flight can still be carried by the last zoom step or a resize.
   */
  #bringPopupIntoView() {
    const map = this._map;
    if (!map) return;
    const fit = () => {
      if (!map.hasLayer(this.#popup)) return;
      const room = this.#popupRoom(map);
      // An overlay that appeared or changed since the popup opened leaves it less room.
      const maxHeight = popupMaxHeight(room);
      if (maxHeight !== this.#popup.options.maxHeight) {
        this.#popup.options.maxHeight = maxHeight;
        this.#updatePopup();
        // A shorter list may have left the selected event out of sight.
        showCurrentEvent(this.#popup.getElement());
      }
      const element = this.#popup.getElement();
      if (!element) return;
      // The tip hangs below the popup's box: it is kept in view too.
      const popupBox = element.getBoundingClientRect();
      const tip = element.querySelector('.leaflet-popup-tip-container')?.getBoundingClientRect();
      const box = { left: popupBox.left, top: popupBox.top, right: popupBox.right, bottom: Math.max(popupBox.bottom, tip?.bottom ?? 0) };
      const { frame, obstacles } = room;
      const offset = obstacles.reduce((pan, obstacle) => clearOf(pan, box, obstacle, frame, POPUP_MARGIN), panIntoView(box, frame, POPUP_MARGIN));
      if (offset.x || offset.y) map.panBy([offset.x, offset.y], { animate: this.#glide, duration: 0.25 });
    };
    const later = () => {
      clearTimeout(this.#settle);
      this.#settle = setTimeout(fit, 120);
    };
    later();
    map.on('moveend zoomend', later);
    const stop = () => map.off('moveend zoomend', later);
    this.#popup.once('remove', stop);
    setTimeout(stop, 1500);
  }
}

/** Where a popup may stand: the frame it stays inside, and what at the map's top it keeps clear of. */
interface PopupRoom {
  frame: ScreenBox;
  obstacles: readonly ScreenBox[];
}

/** Short enough to fit, tip included, between what stands at the map's top and the room's bottom, with the margins: the list scrolls inside. */
function popupMaxHeight({ frame, obstacles }: PopupRoom): number {
  const top = Math.max(frame.top, ...obstacles.map((obstacle) => obstacle.bottom));
  return Math.max(120, Math.round(frame.bottom - top - 2 * POPUP_MARGIN - POPUP_PADDING - POPUP_TIP));
}

/** Scrolls a popup's list (never the page) so that its selected event is in sight. */
function showCurrentEvent(popup: HTMLElement | undefined) {
  const row = popup?.querySelector<HTMLElement>('.popup-event[aria-current="true"]');
  const list = row?.closest<HTMLElement>('.place-popup__events');
  if (!row || !list) return;
  list.scrollTop += row.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 3;
}
