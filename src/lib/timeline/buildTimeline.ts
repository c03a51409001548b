import { Timeline, type DataGroupCollectionType, type DataItemCollectionType, type TimelineOptions } from 'vis-timeline/esnext';
import { announceSettledWindow } from './settledWindow';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** Items with a start date (a DataSet or an array): what the first window is kept clear of. */
interface DatedItems {
  map<T>(callback: (item: { start: Date }) => T): T[];
}

/**
 * A vis-timeline on its first window (`options.start`–`end`), built out of the layout, so that its
 * first draw, at the next frame, is the only one and draws every item of the window together.
 * - Until its first draw vis-timeline redraws at once on every change, twice in its constructor
 *   alone, and each setOptions measures its root: each a forced style and layout of the page (46
 *   passes in the app's first render). Built while its container is hidden, it skips them all.
 * - It builds and measures on its own each item it is handed inside its window (hidden too), but
 *   those it finds there at a redraw all together: it opens on a week before every item, and moves
 *   to the first window, still hidden, before its first redraw.
 * Shown again, it draws at the next frame, from the redraw its options queued, and shows itself
 * there: its first window is announced settled at once (settledWindow.ts), before any listener
 * of the caller's.
 */
export function buildTimeline(
  container: HTMLElement,
  items: DatedItems,
  groups: DataGroupCollectionType,
  options: TimelineOptions & { start: Date; end: Date; min?: Date }
): Timeline {
  const itemsFrom = Math.min(...items.map((item) => item.start.getTime()));
  const asideWidth = Math.max(WEEK, Number(options.zoomMin ?? 0));
  const asideStart = itemsFrom - 2 * asideWidth;
  const opensAside = Number.isFinite(itemsFrom) && asideStart >= (options.min?.getTime() ?? -Infinity);
  const display = container.style.display;
  container.style.display = 'none';
  let timeline: Timeline;
  try {
    // vis-timeline takes DOM nodes as content and title at run time; its types only admit strings.
    const opening = opensAside ? { ...options, start: new Date(asideStart), end: new Date(asideStart + asideWidth) } : options;
    timeline = new Timeline(container, items as unknown as DataItemCollectionType, groups, opening);
    // As an option, the first window is also where vis-timeline's first fit goes.
    if (opensAside) timeline.setOptions({ start: options.start, end: options.end });
  } finally {
    container.style.display = display;
  }
  // It counts the redraws it skipped while hidden toward its guard against endless redraws (five
  // in a row): left as it is, its first real draw would stop before the lanes settle.
  (timeline as unknown as { redrawCount: number }).redrawCount = 0;
  announceSettledWindow(timeline);
  return timeline;
}
