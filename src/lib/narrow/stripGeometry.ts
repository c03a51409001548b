/*
 * The geometry of the narrow layout's strip (StoryStrip.svelte), as pure functions.
 *
 * On a phone the affair's events crowd into a few weeks (fourteen in July 2021): on a time scale
 * 340 px wide they would sit on top of each other. The strip is therefore ordinal: one column per
 * event, in date order, its dot at the height of its lane; a window of STRIP_COLUMNS columns is
 * shown at a time, so every dot is a target at least 24 px wide and nothing overlaps. Years and eras
 * are drawn as runs of columns, and an overview bar places the window among all the events.
 * Positions are fractions of the strip's width, so the first render needs no measuring.
 */

/** Columns shown at once: about 30 px each on a 340 px phone, 24 px at 264 px. */
export const STRIP_COLUMNS = 11;

/** Indexes [start, end) of the events shown. */
export interface StripWindow {
  start: number;
  end: number;
}

/** The window of `columns` events around `centre`, kept inside the list. */
export function windowAround(centre: number, total: number, columns: number = STRIP_COLUMNS): StripWindow {
  if (total <= columns) return { start: 0, end: Math.max(0, total) };
  const start = Math.min(Math.max(0, Math.round(centre) - Math.floor(columns / 2)), total - columns);
  return { start, end: start + columns };
}

/** The window moved by whole pages (a swipe on the strip): `pages` < 0 goes back in time. */
export function pageWindow(window: StripWindow, pages: number, total: number, columns: number = STRIP_COLUMNS): StripWindow {
  const size = window.end - window.start;
  const step = Math.max(1, columns - 1) * pages;
  return windowAround(window.start + Math.floor(size / 2) + step, total, columns);
}

/** A run of consecutive items sharing a key: columns [from, to) of the window. */
export interface Run<Key> {
  key: Key;
  from: number;
  to: number;
}

/** Consecutive items grouped by key (a year, an era); items without a key belong to no run. */
export function runs<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key | undefined): Run<Key>[] {
  const found: Run<Key>[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const last = found.at(-1);
    if (key === undefined) return;
    if (last && last.key === key && last.to === index) last.to = index + 1;
    else found.push({ key, from: index, to: index + 1 });
  });
  return found;
}

/** The lanes that hold at least one event, in the timeline's lane order. */
export function lanesInUse(order: readonly string[], used: Iterable<string>): string[] {
  const present = new Set(used);
  return order.filter((lane) => present.has(lane));
}

/** Where a column starts and how wide it is, in % of the strip. */
export function columnBox(column: number, columns: number): { left: number; width: number } {
  return { left: (column / columns) * 100, width: 100 / columns };
}

/** The vertical centre of a lane's row, in % of the dots' area. */
export function rowCentre(row: number, rows: number): number {
  return ((row + 0.5) / Math.max(1, rows)) * 100;
}

/** The era a moment falls in (eras in date order, each [start, end)). */
export function eraAt<Era extends { span: { start: Date; end: Date } }>(moment: Date, eras: readonly Era[]): Era | undefined {
  return eras.find((era) => era.span.start <= moment && moment < era.span.end);
}

/** The window's share of all the events, in %: the overview bar's bracket. */
export function overviewShare(window: StripWindow, total: number): { left: number; width: number } {
  if (total <= 0) return { left: 0, width: 100 };
  return { left: (window.start / total) * 100, width: ((window.end - window.start) / total) * 100 };
}

/** Where an arrow key, Home or End moves the focus along the dots; undefined for any other key. */
export function focusTarget(key: string, index: number, total: number): number | undefined {
  if (total <= 0) return undefined;
  const targets: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: total - 1 };
  const target = targets[key];
  return target === undefined ? undefined : Math.min(Math.max(0, target), total - 1);
}
