/**
 * Date rules the schema's patterns cannot express: a date must exist in the calendar, and a period
 * must end after it starts. Dates are partial (`2021`, `2021-11`, `2021-11-03`).
 */
import { parsePartialDate } from '../../src/lib/dates.ts';
import { error, quote, type Problem } from './problem.ts';
import { forEachRecord, isRecord } from './records.ts';
import { PARTIAL_DATE } from './schema.ts';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
];

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC knows leap years.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A problem when `value` is a well-formed date that does not exist, like 2021-02-30. */
export function checkCalendarDate(value: unknown, pointer: string, field: string): Problem | undefined {
  if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) return undefined; // the schema reports those
  if (parsePartialDate(value)) return undefined;
  const [year = 0, month = 1] = value.split('-').map(Number);
  const lastDay = daysInMonth(year, month);
  return error(
    'invalid-date',
    pointer,
    `${field} ${quote(value)} does not exist: ${MONTH_NAMES[month - 1] ?? ''} ${year} has ${lastDay} days`
  );
}

export interface PeriodNames {
  /** How the start and end read in messages: 'date' and 'end', or 'window.from' and 'window.to'. */
  start: string;
  end: string;
  /** What to do when both are the same; without it, a period may end on the date it starts (its last day is included). */
  sameHint?: string;
}

/**
 * A problem when a period ends before it starts. Partial dates overlap in meaning ('2021' and
 * '2021-06'), so only an end that is certainly earlier counts, plus an end equal to the start.
 */
export function checkPeriod(start: unknown, end: unknown, endPointer: string, names: PeriodNames): Problem | undefined {
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  const startSpan = parsePartialDate(start);
  const endSpan = parsePartialDate(end);
  if (!startSpan || !endSpan) return undefined; // the schema and the calendar check report those
  if (end === start && names.sameHint !== undefined) {
    return error('end-before-date', endPointer, `${names.end} ${quote(end)} is the same as ${names.start}`, names.sameHint);
  }
  if (endSpan.end <= startSpan.start) {
    return error(
      'end-before-date',
      endPointer,
      `${names.end} ${quote(end)} comes before ${names.start} ${quote(start)}`,
      'swap them, or check both dates against the sources'
    );
  }
  return undefined;
}

/** Every date in an event or story document, with where it is, for the calendar check. */
export function documentDates(document: unknown): { value: unknown; pointer: string; field: string }[] {
  if (!isRecord(document)) return [];
  const dates: { value: unknown; pointer: string; field: string }[] = [];
  for (const field of ['date', 'end'] as const) {
    if (field in document) dates.push({ value: document[field], pointer: `/${field}`, field });
  }
  for (const listName of ['sources', 'corrections'] as const) {
    forEachRecord(document[listName], (item, index) => {
      if ('date' in item) dates.push({ value: item.date, pointer: `/${listName}/${index}/date`, field: 'date' });
    });
  }
  forEachRecord(document.steps, (step, index) => {
    if (!isRecord(step.window)) return;
    for (const field of ['from', 'to'] as const) {
      dates.push({ value: step.window[field], pointer: `/steps/${index}/window/${field}`, field });
    }
  });
  return dates;
}
