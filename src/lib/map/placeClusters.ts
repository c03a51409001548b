import Supercluster from 'supercluster';

/** A place with events, as the map counts it. */
export interface PlacePoint {
  placeId: string;
  lat: number;
  lon: number;
  /** Events there that pass the filters. */
  events: number;
  /** Of those, events inside the timeline's window. */
  shown: number;
}

interface Counts {
  events: number;
  shown: number;
}

export type MapMark =
  | ({ kind: 'place' } & PlacePoint)
  | { kind: 'cluster'; id: number; lat: number; lon: number; places: number; events: number; shown: number; expansionZoom: number };

/** Marks closer than this many pixels merge, so every target keeps room around it. */
const CLUSTER_RADIUS = 44;
/**
 * Centres closer than this would let two marks overlap (markers are 30 px, clusters 36 px): a
 * cluster is drawn at the centroid of its places, which can drift toward a place that stood alone.
 */
const MARK_SPACING = 40;
/** Places are clustered up to this zoom: two of the published places (a city and its court) stand
 * closer than a marker's room until then. */
const MAX_CLUSTER_ZOOM = 12;
/** The map's deepest zoom, where every place has its own marker. */
export const MAX_MAP_ZOOM = MAX_CLUSTER_ZOOM + 1;

/** Where a point falls in Web Mercator pixels at a zoom (256-pixel tiles), as Leaflet draws it. */
export function mercatorPixels(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return { x: (size * (lon + 180)) / 360, y: size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
}

/**
 * What the map draws at a zoom: places that stand apart get their own marker, crowded ones merge
 * into a cluster that zooms in when chosen. `keepApart` (the selected event's place) is never
 * merged, so its popup always has a marker to open on; marks that would crowd it are left out
 * until the selection moves on or the reader zooms in (its open popup covers them anyway).
 */
export function markPlaces(points: readonly PlacePoint[], zoom: number, keepApart?: string): MapMark[] {
  const alone = points.filter((point) => point.placeId === keepApart);
  const kept = alone[0] && mercatorPixels(alone[0].lat, alone[0].lon, zoom);
  const crowdsKept = (lat: number, lon: number) => {
    if (!kept) return false;
    const { x, y } = mercatorPixels(lat, lon, zoom);
    return Math.hypot(x - kept.x, y - kept.y) < CLUSTER_RADIUS;
  };
  const clustered = points.filter((point) => point.placeId !== keepApart);
  const index = new Supercluster<PlacePoint, Counts>({
    radius: CLUSTER_RADIUS,
    // Supercluster measures the radius on 512-pixel tiles by default; Leaflet's are 256 pixels.
    extent: 256,
    maxZoom: MAX_CLUSTER_ZOOM,
    minPoints: 2,
    map: (point) => ({ events: point.events, shown: point.shown }),
    reduce: (total, point) => {
      total.events += point.events;
      total.shown += point.shown;
    }
  });
  index.load(clustered.map((point) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [point.lon, point.lat] }, properties: point })));
  const marks: MapMark[] = alone.map((point) => ({ kind: 'place', ...point }));
  for (const feature of index.getClusters([-180, -85, 180, 85], Math.floor(zoom))) {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    if (crowdsKept(lat, lon)) continue;
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      marks.push({
        kind: 'cluster',
        id: properties.cluster_id,
        lat,
        lon,
        places: properties.point_count,
        events: properties.events,
        shown: properties.shown,
        expansionZoom: Math.min(index.getClusterExpansionZoom(properties.cluster_id), MAX_CLUSTER_ZOOM + 1)
      });
    } else {
      marks.push({ kind: 'place', ...(properties as PlacePoint) });
    }
  }
  return withoutOverlaps(marks, zoom, keepApart);
}

/**
 * A mark a cluster has drifted onto joins it (a cluster is drawn at the centroid of its places):
 * no mark hides part of another. Larger clusters take in smaller ones; the kept place stays.
 */
function withoutOverlaps(marks: MapMark[], zoom: number, keepApart?: string): MapMark[] {
  const at = (mark: MapMark) => mercatorPixels(mark.lat, mark.lon, zoom);
  const clusters = marks.filter((mark) => mark.kind === 'cluster').sort((a, b) => b.events - a.events);
  const standing: Extract<MapMark, { kind: 'cluster' }>[] = [];
  const joins = (mark: MapMark) => {
    const { x, y } = at(mark);
    const onto = standing.find((cluster) => {
      const centre = at(cluster);
      return Math.hypot(centre.x - x, centre.y - y) < MARK_SPACING;
    });
    if (!onto) return false;
    onto.places += mark.kind === 'cluster' ? mark.places : 1;
    onto.events += mark.events;
    onto.shown += mark.shown;
    if (mark.kind === 'cluster') onto.expansionZoom = Math.min(onto.expansionZoom, mark.expansionZoom);
    return true;
  };
  for (const cluster of clusters) if (cluster.kind === 'cluster' && !joins(cluster)) standing.push(cluster);
  const places = marks.filter((mark) => mark.kind === 'place' && (mark.placeId === keepApart || !joins(mark)));
  return [...places, ...standing];
}
