import type { Category } from './data/types';
import type { IndexedEvent } from './data/normalize';

export interface EventFilter {
  /** Events involving any of these actors; empty means every actor. */
  actors: readonly string[];
  /** Events in any of these categories; empty means every category. */
  categories: readonly Category[];
}

export function matchesFilter(event: IndexedEvent, filter: EventFilter): boolean {
  if (filter.categories.length && !filter.categories.includes(event.category)) return false;
  if (filter.actors.length && !event.actors.some((actor) => filter.actors.includes(actor))) return false;
  return true;
}

export function filterEvents(events: readonly IndexedEvent[], filter: EventFilter): IndexedEvent[] {
  if (!filter.actors.length && !filter.categories.length) return events.slice();
  return events.filter((event) => matchesFilter(event, filter));
}

/** Whether any part of an event falls inside a time window (periods overlap, points fall in). */
export function overlapsWindow(event: IndexedEvent, window: { start: Date; end: Date }): boolean {
  return event.start < window.end && event.finish > window.start;
}

/** The events before and after one in a list, for "previous / next" stepping. */
export function neighbours(events: readonly IndexedEvent[], id: string | null): { previous?: IndexedEvent; next?: IndexedEvent } {
  const index = id ? events.findIndex((event) => event.id === id) : -1;
  if (index === -1) return {};
  return { previous: events[index - 1], next: events[index + 1] };
}
