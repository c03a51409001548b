import type { EmbedView } from './state/urlState';

/**
 * The timeline and the map are downloaded on their own, each only where it is shown: an embed
 * that shows one of them never fetches the other's library (vis-timeline, or Leaflet). Main asks
 * for them as the page starts, beside the data and the explorer's own code, so none waits for
 * another; the promise is kept, so asking again (the explorer rendering them) costs nothing.
 */
function once<Value>(load: () => Promise<Value>): () => Promise<Value> {
  let loading: Promise<Value> | undefined;
  return () => (loading ??= load());
}

export const loadTimelineView = once(() => import('./timeline/Timeline.svelte'));
export const loadMapView = once(() => import('./map/EventMap.svelte'));

/**
 * Presenter mode shows both views from its first step (an autoplay starts with it), so it comes
 * with them: all three download at once, and the presenter starts when all have arrived.
 */
export function loadPresenter() {
  return Promise.all([import('./story/Presenter.svelte'), loadTimelineView(), loadMapView()]).then(([presenter]) => presenter);
}

/** Which views a page shows: both, except in an embed set to one of them. */
export function shownViews(embed: boolean, view: EmbedView): { timeline: boolean; map: boolean } {
  return { timeline: !embed || view !== 'map', map: !embed || view !== 'timeline' };
}
