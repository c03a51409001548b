import type { Lang, PartialDate } from './data/types';

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  precision: DatePrecision;
  /** First instant covered, UTC. */
  start: Date;
  /** First instant after the span, UTC (exclusive): the next year, month or day. */
  end: Date;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the span of time it covers.
 * Returns null for anything else, including dates that do not exist (2021-02-30).
 */
export function parsePartialDate(value: PartialDate): DateSpan | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) {
    return { precision: 'year', start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  }
  if (month < 1 || month > 12) return null;
  if (day === undefined) {
    return { precision: 'month', start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  }
  const start = utc(year, month - 1, day);
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null;
  return { precision: 'day', start, end: utc(year, month - 1, day + 1) };
}

function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(year, monthIndex, day)); // month and day may overflow into the next year
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900); // Date.UTC reads 0–99 as 1900–1999
  return date;
}

const FORMAT_BY_PRECISION: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, FORMAT_BY_PRECISION[precision]);
    formatters.set(key, format);
  }
  return format;
}

/** "3 novembre 2021", "juillet 2021", "November 3, 2021", "2010": only as precise as the data. */
export function formatPartialDate(value: PartialDate, lang: Lang): string {
  const span = parsePartialDate(value);
  if (!span) return value;
  return formatter(lang, span.precision).format(span.start);
}

/** A date, or a period written as a range in the reader's language. */
export function formatEventDate(date: PartialDate, end: PartialDate | undefined, lang: Lang): string {
  if (!end) return formatPartialDate(date, lang);
  const from = parsePartialDate(date);
  const to = parsePartialDate(end);
  if (!from || !to) return `${date} – ${end}`;
  if (from.precision === to.precision) {
    return formatter(lang, from.precision).formatRange(from.start, to.start);
  }
  return `${formatPartialDate(date, lang)} – ${formatPartialDate(end, lang)}`;
}

/** The time an event occupies on a timeline: its whole span, to the end of its end date. */
export function eventSpan(date: PartialDate, end?: PartialDate): { start: Date; end: Date } | null {
  const from = parsePartialDate(date);
  if (!from) return null;
  if (!end) return { start: from.start, end: from.end };
  const to = parsePartialDate(end);
  return to ? { start: from.start, end: to.end } : null;
}

/** `YYYY-MM-DD` of a date in UTC: the form windows take in the URL. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
