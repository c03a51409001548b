import type { Importance } from '../data/types';

/**
 * Where an event's label goes on the timeline at a given zoom, so that no label runs past the
 * window's edges: after its dot (reading on), before it near the right edge, shortened with an
 * ellipsis when neither side has room, or left out (a bare dot) where the zoom is too wide for an
 * event of its importance. A span's label is inside its bar, or past the bar's end when the bar is
 * too short for it, never across the bar's edge. Pure: the controller gives positions in pixels
 * from the window's left.
 */

/** After or before a point's dot; for a span, `after` is inside its bar and `past` after its end. */
export type LabelSide = 'after' | 'before' | 'past';

export interface LabelPlacement {
  /** False: a bare dot, its label shown on hover or focus. */
  shown: boolean;
  side: LabelSide;
  /** Set when the label must be shortened (an ellipsis) to stay inside the window, or its bar, in px. */
  maxWidth: number | null;
  /** Past a span's bar: how far the bar's end is from where its label would start (the bar's part in view), px. */
  offset?: number;
}

export interface LabelledItem {
  /** Its date's position, px from the window's left edge (negative: before the window). */
  x: number;
  /** For a span (period, month, year): where it ends, px from the window's left edge. */
  endX?: number;
  /** The label's width as drawn (text, dot and padding), px. */
  width: number;
  importance: Importance;
  /** The selected event is always labelled. */
  selected?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The narrowest zoom, in px per day, at which an event of each importance is labelled. Key events
 * always are; notable ones once a year is about 300 px wide; context ones once a month is about
 * 240 px wide (the first screen: the key events' few months).
 */
export const LABEL_MIN_PX_PER_DAY: Record<Importance, number> = { key: 0, notable: 0.8, context: 8 };

/** Room kept between a label and the window's edge, px. */
export const EDGE_GAP = 4;
/** A label shortened below this is left out rather than cut to a few letters (key events excepted). */
const MIN_SHORTENED = 48;

export function pxPerDay(windowMs: number, widthPx: number): number {
  return windowMs > 0 ? (widthPx / windowMs) * DAY : 0;
}

/** Whether an event of this importance gets its label at this zoom. */
export function labelledAtZoom(importance: Importance, zoomPxPerDay: number): boolean {
  return zoomPxPerDay >= LABEL_MIN_PX_PER_DAY[importance];
}

const hidden: LabelPlacement = { shown: false, side: 'after', maxWidth: null };

/**
 * A point's label goes after its dot when it fits before the right edge, else before its dot when
 * that fits after the left edge, else on the roomier side, shortened to fit. A span's label goes
 * inside the part of its bar in view (vis-timeline starts it where the bar enters the window) when
 * it fits there, else past the bar's end when it fits before the right edge, else it is shortened
 * on the roomier of the two. An item whose date lies outside the window gets no label: it would be
 * cut by the edge.
 */
export function placeLabel(item: LabelledItem, windowWidth: number, zoomPxPerDay: number): LabelPlacement {
  const always = item.importance === 'key' || item.selected === true;
  if (!always && !labelledAtZoom(item.importance, zoomPxPerDay)) return hidden;
  if (item.endX !== undefined) {
    if (item.endX <= 0 || item.x >= windowWidth) return hidden;
    const barStart = Math.max(item.x, 0);
    // Inside the bar, and short of the right edge where the bar runs past it.
    const roomInside = Math.min(item.endX, windowWidth - EDGE_GAP) - barStart;
    const roomPast = windowWidth - item.endX - EDGE_GAP;
    if (item.width <= roomInside) return { shown: true, side: 'after', maxWidth: null };
    if (item.width > roomPast && roomInside >= roomPast) return fitted('after', roomInside, item.width, always);
    const past = fitted('past', roomPast, item.width, always);
    return past.shown ? { ...past, offset: Math.round(item.endX - barStart) } : past;
  }
  if (item.x < 0 || item.x > windowWidth) return hidden;
  const roomAfter = windowWidth - item.x - EDGE_GAP;
  const roomBefore = item.x - EDGE_GAP;
  if (item.width <= roomAfter) return { shown: true, side: 'after', maxWidth: null };
  if (item.width <= roomBefore) return { shown: true, side: 'before', maxWidth: null };
  return roomAfter >= roomBefore ? fitted('after', roomAfter, item.width, always) : fitted('before', roomBefore, item.width, always);
}

function fitted(side: LabelSide, room: number, width: number, always: boolean): LabelPlacement {
  if (width <= room) return { shown: true, side, maxWidth: null };
  if (room < MIN_SHORTENED && !always) return hidden;
  return { shown: true, side, maxWidth: Math.max(0, Math.floor(room)) };
}

/**
 * An era's name sits at the start of the part of its band in view, shortened to that part's
 * width; null when too little of the band is in view to name it.
 */
export function placeEraName(startX: number, endX: number, windowWidth: number, nameWidth: number): { offset: number; maxWidth: number | null } | null {
  const left = Math.max(startX, 0);
  const right = Math.min(endX, windowWidth);
  const room = right - left - EDGE_GAP;
  if (room < Math.min(nameWidth, MIN_SHORTENED)) return null;
  return { offset: left - startX, maxWidth: nameWidth <= room ? null : Math.floor(room) };
}
