import { Timeline, type DataGroupCollectionType, type DataItemCollectionType, type TimelineOptions } from 'vis-timeline/esnext';

/**
 * A vis-timeline built out of the layout. Until its first draw vis-timeline redraws at once on
 * every change, twice in its constructor alone: each redraw lays the page out several times
 * (46 style and layout passes in the app's first render). Built while its container is hidden, it
 * skips them all; shown again, it draws once, at the next frame (the redraw its options queued).
 */
export function buildTimeline(container: HTMLElement, items: DataItemCollectionType, groups: DataGroupCollectionType, options: TimelineOptions): Timeline {
  const display = container.style.display;
  container.style.display = 'none';
  let timeline: Timeline;
  try {
    timeline = new Timeline(container, items, groups, options);
  } finally {
    container.style.display = display;
  }
  // It counts the redraws it skipped while hidden toward its guard against endless redraws (five
  // in a row): left as it is, its first real draw would stop before the lanes settle.
  (timeline as unknown as { redrawCount: number }).redrawCount = 0;
  return timeline;
}
