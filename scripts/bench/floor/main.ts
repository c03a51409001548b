/**
 * The libraries' floor (`npm run bench`, BENCH_PAGES=floor): vis-timeline and Leaflet alone,
 * drawing the app's wide first screen from the same data: the timeline on the app's first window
 * (defaultWindow), every event as its short label in its category's lane, and the map on the
 * bundled basemap with a marker per place. None of the app's components, validation or i18n: what
 * is left is what the libraries themselves cost, the floor under the app's own first render.
 */
import type { DataGroupCollectionType } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './floor.css';
import { datasetUrl } from '../../../src/lib/data/datasetUrl.ts';
import { indexDataset } from '../../../src/lib/data/normalize.ts';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { loadBasemap } from '../../../src/lib/map/basemap.ts';
import { countriesLayer } from '../../../src/lib/map/BasemapLayer.ts';
import { defaultWindow, timelineGroups, timelineItem } from '../../../src/lib/timeline/items.ts';
import { buildTimeline } from '../../../src/lib/timeline/buildTimeline.ts';

/** Text as a DOM node: vis-timeline would take a string as HTML. */
const text = (value: string) => {
  const element = document.createElement('span');
  element.textContent = value;
  return element;
};

// The country borders load beside the data, and are drawn after the views (drawBorders).
const countries = loadBasemap();
// The page's own origin root, where the bench serves the app's build (the page itself is under /floor/).
const index = indexDataset((await (await fetch(datasetUrl(undefined, '/'))).json()) as Dataset);

const firstWindow = defaultWindow(index.events);
const items = index.events.map((event) => {
  const spec = timelineItem(event, 'category', 'en');
  return { id: spec.id, start: spec.start, end: spec.end, type: spec.type === 'point' ? 'box' : 'range', group: spec.group, content: text(spec.label) };
});
const groups = timelineGroups(index.events, 'category', (category) => category, (country) => country).map((group) => ({
  id: group.id,
  order: group.order,
  content: text(group.label)
}));
// Built as the app's controller builds it (buildTimeline: out of the layout, its items drawn
// together at its first redraw, which shows it).
// vis-timeline takes DOM nodes as content at run time; its types only admit strings.
buildTimeline(document.getElementById('timeline')!, items, groups as unknown as DataGroupCollectionType, {
  start: firstWindow.start,
  end: firstWindow.end,
  height: '100%',
  stack: true,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 6, vertical: 3 }, axis: 3 },
  groupOrder: 'order',
  // After the frame that shows the timeline (vis-timeline calls this before it).
  onInitialDrawComplete: () => requestAnimationFrame(() => setTimeout(drawBorders))
});

const map = L.map(document.getElementById('map')!, { zoomControl: false, attributionControl: false, zoomSnap: 0.5 });
const places = [...new Set(index.events.map((event) => event.place))].flatMap((id) => index.placesById.get(id) ?? []);
const bounds = L.latLngBounds(places.map((place) => [place.lat, place.lon]));
map.fitBounds(bounds, { padding: [24, 24], maxZoom: 4, animate: false });
for (const place of places) {
  L.marker([place.lat, place.lon], { icon: L.divIcon({ className: 'floor-marker', iconSize: [14, 14] }), title: place.name.en }).addTo(map);
}

/**
 * The country borders, once the timeline is drawn: Leaflet simplifies and projects every border on
 * their first draw (~0.1 s of main thread here), which would otherwise hold back the timeline's.
 */
function drawBorders() {
  countries
    .then((borders) => countriesLayer(borders).addTo(map).bringToBack())
    .catch(() => map.getContainer().classList.add('basemap-unavailable'));
}
