import { CATEGORIES, type Category, type Importance, type Lang } from '../data/types';
import type { IndexedEvent } from '../data/normalize';
import type { Lanes } from '../state/urlState';
import { parsePartialDate } from '../dates';

/** What the timeline draws for one event, before it becomes a vis-timeline item with DOM content. */
export interface TimelineItemSpec {
  id: string;
  start: Date;
  /** Set for ranges: periods, and dates known only to the month or the year. */
  end?: Date;
  type: 'point' | 'range';
  group: string;
  /** The short label drawn on the timeline; plain text, put in the DOM as text. */
  label: string;
  /** The full title, for the tooltip. */
  title: string;
  category: Category;
  importance: Importance;
}

export interface TimelineGroupSpec {
  id: string;
  label: string;
  order: number;
}

/**
 * Dated events are points; a period, or a date known only to the month or year, is drawn as the
 * span it covers, so "October 2021" is not mistaken for 1 October.
 */
export function timelineItem(event: IndexedEvent, lanes: Lanes, lang: Lang): TimelineItemSpec {
  const precision = parsePartialDate(event.date)?.precision ?? 'day';
  const isSpan = event.end !== undefined || precision !== 'day';
  return {
    id: event.id,
    start: event.start,
    ...(isSpan ? { end: event.finish } : {}),
    type: isSpan ? 'range' : 'point',
    group: groupId(event, lanes),
    label: event.label[lang],
    title: event.title[lang],
    category: event.category,
    importance: event.importance
  };
}

export function groupId(event: IndexedEvent, lanes: Lanes): string {
  return lanes === 'category' ? `category:${event.category}` : `country:${event.country}`;
}

/**
 * The lanes for the events shown: every category in a fixed order, or the countries present,
 * sorted by their name in the reader's language.
 */
export function timelineGroups(
  events: readonly IndexedEvent[],
  lanes: Lanes,
  categoryLabel: (category: Category) => string,
  countryLabel: (country: string) => string
): TimelineGroupSpec[] {
  if (lanes === 'category') {
    return CATEGORIES.map((category, order) => ({ id: `category:${category}`, label: categoryLabel(category), order }));
  }
  const countries = [...new Set(events.map((event) => event.country))];
  return countries
    .map((country) => ({ id: `country:${country}`, label: countryLabel(country) }))
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((group, order) => ({ ...group, order }));
}

const DAY = 24 * 60 * 60 * 1000;
/** The narrowest window a selection zooms to: a point event must stay readable, never milliseconds. */
export const MIN_FOCUS_SPAN = 45 * DAY;

/**
 * The window to show when an event is selected from elsewhere: the current window when the event
 * already sits comfortably inside it, else one centred on the event, at least MIN_FOCUS_SPAN wide
 * and wide enough for a period with some margin.
 */
export function windowForEvent(
  event: Pick<IndexedEvent, 'start' | 'finish'>,
  current: { start: Date; end: Date } | null
): { start: Date; end: Date } {
  const eventSpan = event.finish.getTime() - event.start.getTime();
  if (current) {
    const width = current.end.getTime() - current.start.getTime();
    const margin = width * 0.1;
    const fits = event.start.getTime() >= current.start.getTime() + margin && event.finish.getTime() <= current.end.getTime() - margin;
    if (fits && width <= Math.max(MIN_FOCUS_SPAN * 40, eventSpan * 3)) return current;
  }
  const span = Math.max(MIN_FOCUS_SPAN, eventSpan * 1.4);
  const centre = event.start.getTime() + eventSpan / 2;
  return { start: new Date(centre - span / 2), end: new Date(centre + span / 2) };
}

const FALLBACK_WINDOW = { start: new Date(Date.UTC(2016, 0, 1)), end: new Date(Date.UTC(2023, 0, 1)) };

/** Every event, with a small margin: "show all". */
export function fullWindow(events: ReadonlyArray<Pick<IndexedEvent, 'start' | 'finish'>>): { start: Date; end: Date } {
  if (!events.length) return FALLBACK_WINDOW;
  const start = Math.min(...events.map((event) => event.start.getTime()));
  const end = Math.max(...events.map((event) => event.finish.getTime()));
  const margin = (end - start) * 0.03 + MIN_FOCUS_SPAN / 4;
  return { start: new Date(start - margin), end: new Date(end + margin) };
}

/**
 * The window a reader first sees: the story's core, from the first key event to the last (a
 * period counts from its start: it may run on past the window), with a margin on each side so
 * that the labels at either end have room. Without key events (an old release), where most events
 * are (the middle 80 % of them), so an outlier years earlier does not squeeze the busy months into
 * a sliver.
 */
export function defaultWindow(events: ReadonlyArray<Pick<IndexedEvent, 'start' | 'finish' | 'importance'>>): { start: Date; end: Date } {
  const keyStarts = events.filter((event) => event.importance === 'key').map((event) => event.start.getTime());
  if (keyStarts.length) {
    const low = Math.min(...keyStarts);
    const high = Math.max(...keyStarts);
    const margin = Math.max((high - low) * 0.1, MIN_FOCUS_SPAN / 4);
    return { start: new Date(low - margin), end: new Date(high + margin) };
  }
  if (events.length < 5) return fullWindow(events);
  const starts = events.map((event) => event.start.getTime()).sort((a, b) => a - b);
  const at = (fraction: number) => starts[Math.min(starts.length - 1, Math.floor(fraction * starts.length))] ?? 0;
  const low = at(0.1);
  const high = at(0.9);
  const margin = Math.max((high - low) * 0.08, MIN_FOCUS_SPAN / 2);
  return { start: new Date(low - margin), end: new Date(high + margin) };
}
