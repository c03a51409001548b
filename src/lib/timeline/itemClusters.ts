import type { IndexedEvent } from '../data/normalize';

/**
 * Why the timeline clusters events itself rather than with vis-timeline's `cluster` option: that
 * option clusters only after every item has been added, and adding an item draws and measures it
 * when it falls in the window (Group.add → show), so 10,000 events took over 30 s to appear. Here
 * vis-timeline is handed only what it shows: single events where a lane has room, one cluster per
 * crowded stretch, and only around the window.
 */

/** A crowded stretch of one lane, drawn as one item that zooms in when chosen. */
export interface TimelineCluster {
  /** Never an event id (those have no colon). */
  id: string;
  group: string;
  start: Date;
  end: Date;
  count: number;
}

export type TimelineEntry = { kind: 'event'; event: IndexedEvent } | { kind: 'cluster'; cluster: TimelineCluster };

export interface ClusterOptions {
  /** Length of a stretch, in ms: see {@link stretchWidth}. */
  stretchMs: number;
  /** More events than this in one stretch of one lane make a cluster. */
  maxItems: number;
  /** Only entries overlapping [from, to) are returned (the window and a margin), in ms. */
  from: number;
  to: number;
  /** The lane an event is drawn in. */
  groupOf: (event: IndexedEvent) => string;
  /** An event always returned and never put in a cluster: the selected one stays in sight. */
  keep?: string | null;
}

export function entryId(entry: TimelineEntry): string {
  return entry.kind === 'event' ? entry.event.id : entry.cluster.id;
}

/**
 * How long a stretch is at a zoom: the time `pixels` wide on screen, rounded up to a power of two
 * milliseconds. Panning never changes it, so clusters stay put while the reader drags; each halving
 * or doubling of the zoom gives new ones. 200 px lets a short burst of events (five in a week)
 * stay single when the weeks around it are quiet.
 */
export function stretchWidth(windowMs: number, widthPx: number, pixels = 200): number {
  const exact = (windowMs / Math.max(1, widthPx)) * pixels;
  return 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, exact))));
}

/** The span vis-timeline gets items for, and the stretch of its clusters. */
export interface ItemSpan {
  from: number;
  to: number;
  stretchMs: number;
}

/**
 * The window and half its width on each side, so a drag finds items already there. The same
 * object comes back while a pan keeps a quarter width of margin and the zoom keeps its stretch,
 * so nothing is recomputed on most moves.
 */
export function itemSpan(current: ItemSpan | null, window: { start: number; end: number }, widthPx: number): ItemSpan {
  const width = window.end - window.start;
  const stretchMs = stretchWidth(width, widthPx);
  if (current && current.stretchMs === stretchMs && window.start - width / 4 >= current.from && window.end + width / 4 <= current.to) {
    return current;
  }
  return { from: window.start - width / 2, to: window.end + width / 2, stretchMs };
}

/**
 * What the timeline draws around the window: each lane is cut into stretches of `stretchMs`
 * (at fixed positions from 1970), an event belongs to the stretch of its middle, and a stretch
 * holding more than `maxItems` events becomes one cluster spanning the stretch. Events in quieter
 * stretches stay single. Linear in the number of events; reads its inputs only.
 */
export function clusterEvents(events: readonly IndexedEvent[], options: ClusterOptions): TimelineEntry[] {
  const { stretchMs, maxItems, from, to, groupOf, keep } = options;
  const stretches = new Map<string, { group: string; index: number; events: IndexedEvent[] }>();
  const entries: TimelineEntry[] = [];
  const overlaps = (start: number, end: number) => start < to && end > from;
  for (const event of events) {
    if (event.id === keep) {
      entries.push({ kind: 'event', event }); // wherever it is: the timeline may be about to move to it
      continue;
    }
    const group = groupOf(event);
    const index = Math.floor((event.start.getTime() + event.finish.getTime()) / 2 / stretchMs);
    const key = `${group}|${index}`;
    const stretch = stretches.get(key);
    if (stretch) stretch.events.push(event);
    else stretches.set(key, { group, index, events: [event] });
  }
  for (const { group, index, events: members } of stretches.values()) {
    if (members.length > maxItems) {
      const start = index * stretchMs;
      if (overlaps(start, start + stretchMs)) {
        const cluster = { id: `cluster:${group}:${stretchMs}:${index}`, group, start: new Date(start), end: new Date(start + stretchMs), count: members.length };
        entries.push({ kind: 'cluster', cluster });
      }
      continue;
    }
    for (const event of members) if (overlaps(event.start.getTime(), event.finish.getTime())) entries.push({ kind: 'event', event });
  }
  return entries;
}
