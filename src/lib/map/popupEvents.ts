import type { IndexedEvent } from '../data/normalize';

/**
 * The events a place's popup lists: all of them while they fit, else `limit` of them around the
 * selected event (or else the first inside the timeline's window), in their order, and how many
 * are left out. A place with hundreds of events stays quick to open and readable; the timeline
 * and the list still show every one. Reads its inputs only.
 */
export function popupEvents(
  events: readonly IndexedEvent[],
  { selectedId, inWindow, limit }: { selectedId: string | null; inWindow: ReadonlySet<string>; limit: number }
): { shown: IndexedEvent[]; more: number } {
  if (events.length <= limit) return { shown: [...events], more: 0 };
  const selected = selectedId ? events.findIndex((event) => event.id === selectedId) : -1;
  const anchor = selected >= 0 ? selected : Math.max(0, events.findIndex((event) => inWindow.has(event.id)));
  const start = Math.max(0, Math.min(anchor - Math.floor(limit / 2), events.length - limit));
  return { shown: events.slice(start, start + limit), more: events.length - limit };
}
