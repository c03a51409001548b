/** Which rows of a long list are rendered: [start, end), a page or more around what the reader looks at. */
export interface ListRange {
  start: number;
  end: number;
}

function clamp(start: number, end: number, count: number): ListRange {
  const from = Math.max(0, Math.min(start, count));
  return { start: from, end: Math.max(from, Math.min(end, count)) };
}

function same(a: ListRange, b: ListRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * The rows to render once the list or the selection changed: the current rows while they still
 * hold the selected row (so the reader's scroll is not disturbed), else a page centred on it; at
 * least a page, within the list. Returns `current` itself when nothing changes.
 */
export function rangeAround(current: ListRange, count: number, selected: number, page: number): ListRange {
  let next: ListRange;
  if (selected >= 0 && selected < count && (selected < current.start || selected >= current.end)) {
    const start = Math.max(0, Math.min(selected - Math.floor(page / 2), count - page));
    next = clamp(start, start + page, count);
  } else {
    const start = Math.min(current.start, Math.max(0, count - page));
    next = clamp(start, Math.max(current.end, start + page), count);
  }
  return same(current, next) ? current : next;
}

/** One more page before or after the rendered rows, as the reader scrolls to an edge. */
export function extendRange(current: ListRange, count: number, side: 'before' | 'after', page: number): ListRange {
  const next = side === 'before' ? clamp(current.start - page, current.end, count) : clamp(current.start, current.end + page, count);
  return same(current, next) ? current : next;
}
