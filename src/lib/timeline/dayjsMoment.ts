/**
 * The part of moment.js that vis-timeline uses, on Day.js: moment is no longer in the bundle, and
 * the timeline's chunk is ~16 KB gzip smaller.
 *
 * vis-timeline imports `moment` at module level (build/libraries.ts points that import here) and takes a
 * `moment` option; both must behave like moment. The main difference between the two libraries:
 * moment values are mutable (`m.add(1, 'week')` changes `m` and returns it), Day.js values are not.
 * vis-timeline relies on mutation in places (`nextWeek.add(1, 'week')` in TimeStep.next,
 * `current.weekday(0)` in TimeStep.roundToMinor, `m.locale('en')` in getClassName), so a
 * {@link DayjsMoment} holds a Day.js value and every mutator replaces it and returns `this`.
 *
 * All date work is done by Day.js and its official plugins; this file translates calls, and keeps
 * two habits of moment that show at a clock change in local time: adding 0 changes nothing, and the
 * day-of-week and week setters add days.
 * One difference remains: startOf('hour'|'minute'|'second') in local time, during the hour that a
 * clock change repeats, gives the first of the two hours (moment keeps the instant's). vis-timeline
 * rounds that way only the current-time bar, with its `moment` option: UTC here.
 *
 * What vis-timeline calls, and where (vis-timeline/esnext, 8.5):
 * - `moment(x)` with nothing (now), a number, a Date, a string or a moment: the vis-data type
 *   coercion (`convert`), TimeStep, Range, CurrentTime, CustomTime, DateUtil (hidden dates).
 * - `moment.isMoment(x)`: `convert`. `moment.locale(lang)`: TimeAxis.setOptions({ locale }), and at
 *   module level with the browser's language list (`navigator.languages`, an array).
 * - getters and setters: year, month, date, day, weekday, isoWeekday, week, dayOfYear, hours,
 *   minutes, seconds, milliseconds; `add`/`subtract` (millisecond … year, singular, plural or 'y'),
 *   `startOf` (CurrentTime's alignCurrentTime), `isSame` with and without a unit, `diff` (weekly
 *   hidden dates), `clone`, `valueOf` (also through `<`, `-`), `toDate`, `_d` (hidden dates check it
 *   against "Invalid Date"), `locale(lang)`, `utc()`.
 * - `format` with TimeStep.FORMAT's tokens, 'dddd, MMMM Do YYYY, H:mm:ss' (custom and current time
 *   titles), 'MM/DD/YYYY hh:mm' (item drag tooltip), 'dddd', 'MMMM' and 'w' (axis class names), and
 *   no template (ISO 8601, in `convert`).
 * tests/unit/lib/timeline/dayjsMoment.test.ts checks each of these against moment itself.
 */
import dayjs from 'dayjs/esm';
import type { ConfigType, Dayjs, ManipulateType, OpUnitType, QUnitType, UnitType } from 'dayjs/esm';
import advancedFormat from 'dayjs/esm/plugin/advancedFormat';
import dayOfYear from 'dayjs/esm/plugin/dayOfYear';
import isoWeek from 'dayjs/esm/plugin/isoWeek';
import utc from 'dayjs/esm/plugin/utc';
import weekOfYear from 'dayjs/esm/plugin/weekOfYear';
import weekday from 'dayjs/esm/plugin/weekday';
// The app's other language (English is built in). It does not change the global locale.
import 'dayjs/esm/locale/fr';

dayjs.extend(utc);
dayjs.extend(weekday);
dayjs.extend(isoWeek);
dayjs.extend(weekOfYear);
dayjs.extend(dayOfYear);
dayjs.extend(advancedFormat);

/** What `moment(x)` accepts here: nothing (now), a number, a Date, a string, or a moment. */
export type MomentInput = ConfigType | DayjsMoment;

/** A moment-like, mutable date: a Day.js value that the mutators below replace. */
export class DayjsMoment {
  #value: Dayjs;
  /** moment's mark, by which vis-util's option validator and {@link moment.isMoment} know a moment. */
  readonly _isAMomentObject = true;

  constructor(input?: MomentInput) {
    // Day.js values are immutable: a moment's value can be shared by its clone.
    this.#value = input instanceof DayjsMoment ? input.#value : dayjs(input);
  }

  /** Sets the value and returns this, as moment's mutators do. */
  #set(value: Dayjs): this {
    this.#value = value;
    return this;
  }

  /**
   * A moment getter-setter on a Day.js one: `m.hours()` reads, `m.hours(0)` sets and returns `m`.
   * (Day.js's own `get(unit)` spells the unit out on every call: slower for the axis's many reads.)
   */
  #unit(read: (value: Dayjs) => number, unit: UnitType, value: number | undefined): number | this {
    return value == null ? read(this.#value) : this.#set(this.#value.set(unit, value));
  }

  /**
   * moment sets the day of the week, the week and the day of the year by adding days to the date:
   * in one step, and not at all when the value is already right. (Setting a local date again
   * during the hour that a clock change repeats would move it to the first of the two.)
   */
  #addDays(days: number): this {
    return days === 0 ? this : this.#set(this.#value.add(days, 'day'));
  }

  clone(): DayjsMoment {
    return new DayjsMoment(this);
  }

  valueOf(): number {
    return this.#value.valueOf();
  }

  toDate(): Date {
    return this.#value.toDate();
  }

  /** moment's internal Date; vis-timeline compares it with "Invalid Date". A copy here. */
  get _d(): Date {
    return this.#value.toDate();
  }

  /**
   * Without a template, ISO 8601 as moment writes it: with the offset (+02:00), or a Z in UTC mode.
   */
  format(template?: string): string {
    return this.#value.format(template || (this.#value.isUTC() ? 'YYYY-MM-DDTHH:mm:ss[Z]' : undefined));
  }

  /** The locale's name, or sets the locale (an unknown one leaves it as it is). */
  locale(): string;
  locale(name: string): this;
  locale(name?: string): string | this {
    if (name === undefined) return this.#value.locale();
    // Day.js makes a new value for each change; the axis asks for the same locale again and again.
    return name === this.#value.locale() ? this : this.#set(this.#value.locale(name));
  }

  /** Switches to UTC: getters, setters, startOf and format then work in UTC. Keeps the instant. */
  utc(): this {
    return this.#value.isUTC() ? this : this.#set(this.#value.utc());
  }

  /** Adding nothing changes nothing, as in moment (TimeStep often subtracts `x % step`, 0). */
  add(amount: number, unit: ManipulateType): this {
    return amount === 0 ? this : this.#set(this.#value.add(amount, unit));
  }

  subtract(amount: number, unit: ManipulateType): this {
    return amount === 0 ? this : this.#set(this.#value.subtract(amount, unit));
  }

  startOf(unit: OpUnitType | 'isoWeek'): this {
    return this.#set(this.#value.startOf(unit));
  }

  endOf(unit: OpUnitType | 'isoWeek'): this {
    return this.#set(this.#value.endOf(unit));
  }

  /**
   * Whether `other` falls in the same `unit` (day, week, month…) as this date, in this date's time
   * zone and locale; without a unit, whether it is the same instant.
   */
  isSame(other: MomentInput, unit?: OpUnitType | 'isoWeek'): boolean {
    return this.#value.isSame(unwrap(other), unit);
  }

  /** `this - other` in `unit`s, with `other` read in this date's time zone (as moment does). */
  diff(other: MomentInput, unit?: QUnitType | OpUnitType, float?: boolean): number {
    const that = dayjs(unwrap(other));
    return this.#value.diff(this.#value.isUTC() ? that.utc() : that, unit, float);
  }

  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    return this.#unit((d) => d.year(), 'year', value);
  }

  /** 0 to 11. */
  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    return this.#unit((d) => d.month(), 'month', value);
  }

  /** Day of the month. */
  date(): number;
  date(value: number): this;
  date(value?: number): number | this {
    return this.#unit((d) => d.date(), 'date', value);
  }

  /** Day of the week, 0 (Sunday) to 6. */
  day(): number;
  day(value: number): this;
  day(value?: number): number | this {
    return value == null ? this.#value.day() : this.#addDays(value - this.#value.day());
  }

  /** Day of the week in the locale's order: 0 is Sunday in English, Monday in French. */
  weekday(): number;
  weekday(value: number): this;
  weekday(value?: number): number | this {
    return value == null ? this.#value.weekday() : this.#addDays(value - this.#value.weekday());
  }

  /** Day of the week, 1 (Monday) to 7. */
  isoWeekday(): number;
  isoWeekday(value: number): this;
  isoWeekday(value?: number): number | this {
    return value == null ? this.#value.isoWeekday() : this.#addDays(value - this.#value.isoWeekday());
  }

  /** Week of the year by the locale's rules. */
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    return value == null ? this.#value.week() : this.#addDays((value - this.#value.week()) * 7);
  }

  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    return value == null ? this.#value.dayOfYear() : this.#addDays(value - this.#value.dayOfYear());
  }

  hours(): number;
  hours(value: number): this;
  hours(value?: number): number | this {
    return this.#unit((d) => d.hour(), 'hour', value);
  }

  minutes(): number;
  minutes(value: number): this;
  minutes(value?: number): number | this {
    return this.#unit((d) => d.minute(), 'minute', value);
  }

  seconds(): number;
  seconds(value: number): this;
  seconds(value?: number): number | this {
    return this.#unit((d) => d.second(), 'second', value);
  }

  milliseconds(): number;
  milliseconds(value: number): this;
  milliseconds(value?: number): number | this {
    return this.#unit((d) => d.millisecond(), 'millisecond', value);
  }
}

/** What Day.js accepts in place of a moment. */
function unwrap(input: MomentInput): ConfigType {
  return input instanceof DayjsMoment ? input.valueOf() : input;
}

/** A new moment-like date (now, without an argument), in the global locale and local time. */
function moment(input?: MomentInput): DayjsMoment {
  return new DayjsMoment(input);
}

/**
 * By the flag, as moment does: Vite's dev server bundles a second copy of this module into its
 * pre-bundled vis-timeline, whose dates must count too. (Another copy's date is then read by its
 * `valueOf`, which is all vis-timeline's type coercion needs.)
 */
moment.isMoment = (value: unknown): value is DayjsMoment =>
  value instanceof DayjsMoment || (value as { _isAMomentObject?: unknown } | null)?._isAMomentObject === true;

/**
 * The global locale's name, or sets it to the first of `names` that is loaded ('fr-FR' counts as
 * 'fr'), as moment does; with none loaded it stays as it was. vis-timeline passes
 * `navigator.languages` when it loads, and the timeline's `locale` option afterwards.
 */
moment.locale = (names?: string | readonly string[]): string => {
  if (names === undefined) return dayjs.locale();
  for (const name of typeof names === 'string' ? [names] : names) {
    // With `isLocal`, Day.js only looks the locale up: false when it is not loaded.
    const loaded = dayjs.locale(name, undefined, true) as string | false;
    if (loaded) return dayjs.locale(loaded);
  }
  return dayjs.locale();
};

export default moment;
