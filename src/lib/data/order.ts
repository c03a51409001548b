/**
 * The one sort order of the data, used by the build, the validator and the app alike, so a list
 * reads the same in the compiled file, in the validator's report and on screen.
 */

/**
 * Plain code-point comparison, the same on every machine (localeCompare depends on the locale).
 * On partial dates it is chronological, coarser first: '2021' < '2021-03' < '2021-03-01'.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Chronological by date, then by id, so events on the same date keep a stable order. */
export function compareEvents(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return compareText(a.date, b.date) || compareText(a.id, b.id);
}
