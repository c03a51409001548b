/**
 * dayjsMoment (src/lib/timeline/dayjsMoment.ts) stands in for moment.js inside vis-timeline. These
 * tests hold it to moment itself (kept as a devDependency for this): the same inputs through both
 * must give the same numbers, labels and mutations, for every call vis-timeline makes, in English
 * and French, in local time and in UTC, and in several time zones (the process's TZ is switched
 * for each block, so Europe/Paris's clock changes are really crossed).
 *
 * Beyond single calls, vis-timeline's own TimeStep (which draws the axis) and hidden-dates code run
 * once with each and must produce the same ticks, labels and class names.
 *
 * One known difference, pinned by its own test: startOf('hour'|'minute'|'second') in local time,
 * during the hour that a clock change repeats (the axis works in UTC).
 *
 * Not covered: moment features vis-timeline never calls (parsing with a format, durations,
 * relative time, other locales), and the text of invalid dates ('Invalid date' in moment,
 * 'Invalid Date' in Day.js).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import realMoment from 'moment/dist/moment.js';
import 'moment/dist/locale/fr';
import * as visTimeline from 'vis-timeline/esnext';
import moment, { DayjsMoment, type MomentInput } from '../../../../src/lib/timeline/dayjsMoment';

/**
 * Each axis case draws every tick of a range twice (moment and the adapter): about a second of CPU on an
 * idle machine, several when the machine is busy (the browser project runs beside it), past Vitest's 5 s.
 */
const AXIS_TIMEOUT_MS = 30_000;

// ─── The API under test ──────────────────────────────────────────────────────────────────────────

/**
 * A date as vis-timeline handles it, from moment or from dayjsMoment. Typed as dayjsMoment, whose
 * methods are the calls vis-timeline makes; moment has them all (moment's own typings differ in
 * detail: Moment rather than `this`, wider arguments).
 */
type MomentApi = DayjsMoment;
type Input = MomentInput;
/** A `moment` function as vis-timeline receives it (its `moment` option, or its module's import). */
type Make = (input?: Input) => MomentApi;
type AddUnit = Parameters<MomentApi['add']>[1];
type RoundUnit = Parameters<MomentApi['startOf']>[0];
type Setter = 'year' | 'month' | 'date' | 'day' | 'weekday' | 'isoWeekday' | 'week' | 'dayOfYear' | 'hours' | 'minutes' | 'seconds' | 'milliseconds';

type Lang = 'en' | 'fr';
type Mode = 'local' | 'utc';

// The same calls, typed as dayjsMoment's (see MomentApi).
const realMake = realMoment as unknown as Make;
const adapterMake: Make = (input) => moment(input);

/** Like the app's momentFor(lang): each new date in `lang`, and in UTC unless `mode` is local. */
function maker(make: Make, lang: Lang, mode: Mode): Make {
  return (input) => {
    const m = make(input).locale(lang);
    return mode === 'utc' ? m.utc() : m;
  };
}
const LIBS = { moment: realMake, dayjsMoment: adapterMake };

/** Runs `trace` with moment and with dayjsMoment, and expects the same result. */
function expectSameAsMoment<T>(trace: (make: Make) => T, lang: Lang, mode: Mode) {
  const expected = trace(maker(LIBS.moment, lang, mode));
  const actual = trace(maker(LIBS.dayjsMoment, lang, mode));
  expect(actual).toEqual(expected);
}

// ─── Dates ───────────────────────────────────────────────────────────────────────────────────────

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

const NAMED_DATES = [
  // Europe/Paris: 02:00 does not exist on 28 March 2021, 02:00 to 03:00 happens twice on 31 October.
  '2021-03-27T23:00:00.000Z',
  '2021-03-28T00:30:00.000Z',
  '2021-03-28T01:00:00.000Z',
  '2021-03-28T12:00:00.000Z',
  '2021-10-30T22:00:00.000Z',
  '2021-10-31T00:30:00.000Z',
  '2021-10-31T01:30:00.000Z',
  '2021-10-31T23:00:00.000Z',
  // New York's clock changes.
  '2021-03-14T07:00:00.000Z',
  '2021-11-07T05:30:00.000Z',
  '2021-11-07T06:30:00.000Z',
  // 02:30 on a Wednesday after a spring change: going back to the week's start passes the missing hour.
  '2021-03-31T00:30:00.000Z',
  '2021-03-17T06:30:00.000Z',
  // Month ends and leap days (2000 is a leap year, 2100 is not).
  '2021-01-31T00:00:00.000Z',
  '2021-04-30T23:59:59.999Z',
  '2020-02-29T00:00:00.000Z',
  '2020-02-29T23:00:00.000Z',
  '2021-02-28T00:00:00.000Z',
  '2000-02-29T12:00:00.000Z',
  '2100-02-28T00:00:00.000Z',
  // Year boundaries and the weeks across them: ISO week 53 of 2015 and 2020, week 1 of 2019
  // starting on 31 December 2018, and a year starting on a Friday.
  '2020-12-31T23:59:59.999Z',
  '2021-01-01T00:00:00.000Z',
  '2015-12-31T00:00:00.000Z',
  '2016-01-01T00:00:00.000Z',
  '2016-01-03T00:00:00.000Z',
  '2018-12-31T00:00:00.000Z',
  '2020-12-27T00:00:00.000Z',
  '2021-01-03T00:00:00.000Z',
  '2026-12-31T00:00:00.000Z',
  '2027-01-01T00:00:00.000Z',
  // Weeks spanning two months.
  '2021-04-28T00:00:00.000Z',
  '2021-05-02T00:00:00.000Z',
  '2021-11-29T00:00:00.000Z',
  '2021-12-05T00:00:00.000Z',
  '2022-07-31T00:00:00.000Z',
  // The timeline's limits, and dates with every field set.
  '2005-01-01T00:00:00.000Z',
  '2030-01-01T00:00:00.000Z',
  '2019-07-18T13:47:09.123Z',
  '2024-02-29T05:06:07.008Z'
].map((iso) => Date.parse(iso));

/** Deterministic "random" instants between the timeline's limits (2005 to 2030). */
function spreadDates(count: number): number[] {
  let seed = 20211103;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const from = Date.UTC(2005, 0, 1);
  const to = Date.UTC(2030, 0, 1);
  return Array.from({ length: count }, () => Math.floor(from + next() * (to - from)));
}

const DATES = [...NAMED_DATES, ...spreadDates(60)];
/** For the checks that multiply each date by many cases. */
const SOME_DATES = [...NAMED_DATES, ...spreadDates(12)];
const iso = (time: number) => new Date(time).toISOString();
/** Whether the local time at `time` also happens an hour earlier or later (a clock going back repeats an hour). */
const inRepeatedHour = (time: number) =>
  [time - HOUR, time + HOUR].some((other) => new Date(other).getHours() === new Date(time).getHours());

// ─── What vis-timeline calls ─────────────────────────────────────────────────────────────────────

/** TimeStep.FORMAT (minor and major axis labels), the custom/current time titles, the item-drag tooltip, class names. */
const FORMATS = [
  'SSS',
  's',
  'HH:mm',
  'ddd D',
  'D',
  'w',
  'MMM',
  'YYYY',
  'HH:mm:ss',
  'D MMMM HH:mm',
  'ddd D MMMM',
  'MMMM YYYY',
  'dddd',
  'MMMM',
  'dddd, MMMM Do YYYY, H:mm:ss',
  'MM/DD/YYYY hh:mm'
];
const UNITS: AddUnit[] = ['millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
/** The other spellings vis-timeline uses ('days', 'weeks', 'y'…). */
const UNIT_SPELLINGS: AddUnit[] = ['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'y'];
/** TimeStep's steps (1, 2, 3, 4, 5, 10, 15…) and the negative ones of getClassName and hidden dates. */
const AMOUNTS = [1, 2, 5, 15, -1, -7];
/** TimeStep.roundToMinor and snap set fields to these, overflowing ones included (date(0), hours(24)…). */
const SETS: Array<[Setter, number]> = [
  ['year', 2019],
  ['year', 2020],
  ['year', 2021],
  ['month', 0],
  ['month', 1],
  ['month', 11],
  ['month', 12],
  ['date', 0],
  ['date', 1],
  ['date', 15],
  ['date', 31],
  ['day', 0],
  ['day', 3],
  ['day', 7],
  ['weekday', 0],
  ['weekday', 3],
  ['weekday', 6],
  ['isoWeekday', 1],
  ['isoWeekday', 7],
  ['week', 1],
  ['week', 26],
  ['week', 53],
  ['dayOfYear', 1],
  ['dayOfYear', 60],
  ['dayOfYear', 366],
  ['hours', 0],
  ['hours', 2],
  ['hours', 12],
  ['hours', 24],
  ['minutes', 0],
  ['minutes', 30],
  ['minutes', 60],
  ['seconds', 0],
  ['seconds', 60],
  ['milliseconds', 0],
  ['milliseconds', 500],
  ['milliseconds', 1000]
];
const ROUNDINGS: RoundUnit[] = ['year', 'month', 'week', 'isoWeek', 'day'];
/** See "startOf below a day" for the one case where these differ. */
const SUB_DAY_ROUNDINGS: RoundUnit[] = ['hour', 'minute', 'second'];
const COMPARED_UNITS: Array<RoundUnit | undefined> = [undefined, 'day', 'week', 'month', 'year'];
const OFFSETS = [0, 1, -1, HOUR, -DAY, 3 * DAY, -6 * DAY, 31 * DAY, -YEAR];

function set(m: MomentApi, setter: Setter, value: number): MomentApi {
  return m[setter](value);
}

function fields(m: MomentApi) {
  return {
    valueOf: m.valueOf(),
    toDate: m.toDate().getTime(),
    year: m.year(),
    month: m.month(),
    date: m.date(),
    day: m.day(),
    weekday: m.weekday(),
    isoWeekday: m.isoWeekday(),
    week: m.week(),
    dayOfYear: m.dayOfYear(),
    hours: m.hours(),
    minutes: m.minutes(),
    seconds: m.seconds(),
    milliseconds: m.milliseconds(),
    locale: m.locale()
  };
}

// ─── vis-timeline's own code, run with either ────────────────────────────────────────────────────

interface TimeStepInstance {
  scale: string;
  step: number;
  setMoment(make: Make): void;
  setScale(params: { scale: string; step: number }): void;
  start(): void;
  hasNext(): boolean;
  next(): void;
  getCurrent(): MomentApi;
  isMajor(): boolean;
  getClassName(): string;
  getLabelMinor(date?: MomentApi | Date): string;
  getLabelMajor(date?: MomentApi | Date): string;
}
interface VisInternals {
  TimeStep: new (
    start: Date,
    end: Date,
    minimumStep: number,
    hiddenDates: Array<{ start: number; end: number }>,
    options: { moment: Make; showWeekScale?: boolean; showMajorLabels?: boolean }
  ) => TimeStepInstance;
  DateUtil: {
    updateHiddenDates(make: Make, body: object, hiddenDates: object[]): void;
  };
}
// The `timeline` namespace export (TimeStep, DateUtil…) has no type declarations.
const { TimeStep, DateUtil } = (visTimeline as unknown as { timeline: VisInternals }).timeline;

interface AxisCase {
  start: number;
  end: number;
  minimumStep: number;
  scale?: { scale: string; step: number };
  showWeekScale?: boolean;
  showMajorLabels?: boolean;
  hiddenDates?: Array<{ start: number; end: number }>;
}

/** The ticks TimeAxis._repaintLabels would draw: times, major or not, labels and class names. */
function axisTicks(make: Make, axis: AxisCase) {
  const step = new TimeStep(new Date(axis.start), new Date(axis.end), axis.minimumStep, axis.hiddenDates ?? [], {
    moment: make,
    showWeekScale: axis.showWeekScale ?? false,
    showMajorLabels: axis.showMajorLabels ?? true
  });
  step.setMoment(make);
  if (axis.scale) step.setScale(axis.scale);
  step.start();
  const ticks = [];
  for (let count = 0; step.hasNext() && count < 120; count++) {
    const current = step.getCurrent();
    ticks.push({
      at: iso(current.valueOf()),
      scale: `${step.step} ${step.scale}`,
      isMajor: step.isMajor(),
      className: step.getClassName(),
      minor: step.getLabelMinor(current),
      major: step.getLabelMajor(current),
      majorOfDate: step.getLabelMajor(current.toDate())
    });
    step.next();
  }
  return ticks;
}

/** Minimum steps (ms) that make TimeStep choose each of its scales, from milliseconds to decades. */
const MINIMUM_STEPS = [3, 700, 40_000, 8 * 60_000, 50 * 60_000, 3 * HOUR, 10 * HOUR, 20 * HOUR, 1.5 * DAY, 5 * DAY, 20 * DAY, 70 * DAY, 200 * DAY, 3 * YEAR, 8 * YEAR];
/** Steps that give day and week scales, also drawn with showWeekScale (and once without major labels). */
const WEEK_SCALE_STEPS = [20 * HOUR, 1.5 * DAY, 5 * DAY];
const SCALES: Record<string, number> = { millisecond: 1, second: 1e3, minute: 6e4, hour: HOUR, weekday: DAY, day: DAY, week: 7 * DAY, month: 30 * DAY, year: YEAR };
/** Clock changes, a leap day and a year's end (with a week across it) in the middle of the axis. */
const AXIS_ANCHORS = ['2021-03-28T00:30:00.000Z', '2021-10-31T01:30:00.000Z', '2020-02-29T00:00:00.000Z', '2020-12-31T23:59:59.999Z'].map((time) =>
  Date.parse(time)
);

function axisCases(): AxisCase[] {
  const cases: AxisCase[] = [];
  // About 10 ticks each, the anchor in the middle.
  const around = (anchor: number, span: number) => ({ start: anchor - span / 2, end: anchor + span / 2 });
  for (const anchor of AXIS_ANCHORS) {
    for (const minimumStep of MINIMUM_STEPS) {
      cases.push({ ...around(anchor, minimumStep * 10), minimumStep });
    }
    for (const minimumStep of WEEK_SCALE_STEPS) {
      cases.push({ ...around(anchor, minimumStep * 10), minimumStep, showWeekScale: true });
    }
    cases.push({ ...around(anchor, 5 * DAY * 10), minimumStep: 5 * DAY, showWeekScale: true, showMajorLabels: false });
    // Scales set by hand (vis-timeline's timeAxis option), with steps that need rounding to.
    for (const [scale, unit] of Object.entries(SCALES)) {
      for (const step of [1, 2, 5]) {
        cases.push({ ...around(anchor, unit * step * 10), minimumStep: unit, scale: { scale, step } });
      }
    }
  }
  return cases;
}

/** DateUtil.updateHiddenDates with repeating hidden periods: the periods it lays over a range. */
function hiddenPeriods(make: Make, range: { start: number; end: number }, hiddenDates: object[]) {
  const body = {
    hiddenDates: [] as Array<{ start: number; end: number }>,
    domProps: { centerContainer: { width: 1000 } },
    range: { ...range, startToFront: false, endToFront: false, _applyRange: () => {} }
  };
  DateUtil.updateHiddenDates(make, body, hiddenDates);
  return body.hiddenDates.map(({ start, end }) => `${iso(start)} → ${iso(end)}`);
}

// ─── Specification ───────────────────────────────────────────────────────────────────────────────

const ZONES = [
  { zone: 'Europe/Paris', winterOffset: -60, summerOffset: -120 },
  { zone: 'UTC', winterOffset: 0, summerOffset: 0 },
  { zone: 'America/New_York', winterOffset: 300, summerOffset: 240 },
  { zone: 'Asia/Kolkata', winterOffset: -330, summerOffset: -330 }
];
const LANGS: Lang[] = ['en', 'fr'];
const MODES: Mode[] = ['utc', 'local'];

const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('dayjsMoment behaves like moment where vis-timeline relies on it', () => {
  const x = Date.UTC(2021, 10, 3, 10, 0, 0);

  it('add and subtract change the date they are called on, and return it', () => {
    const a = moment(x).utc();
    expect(a.add(1, 'week')).toBe(a);
    expect(a.valueOf()).toBe(x + 7 * DAY);
    expect(a.subtract(2, 'days')).toBe(a);
    expect(a.valueOf()).toBe(x + 5 * DAY);
  });

  it('setters and startOf change the date in place too (TimeStep calls current.weekday(0) without keeping the result)', () => {
    const a = moment(x).locale('fr').utc();
    a.weekday(0);
    expect(a.format('dddd D MMMM')).toBe('lundi 1 novembre');
    expect(a.hours(0).minutes(0)).toBe(a);
    a.startOf('month');
    expect(a.valueOf()).toBe(Date.UTC(2021, 10, 1));
  });

  it('clone, and moment(another), give independent copies', () => {
    const a = moment(x).locale('fr').utc();
    const b = a.clone();
    const c = moment(a);
    b.add(1, 'day');
    c.locale('en').add(1, 'year');
    expect(a.valueOf()).toBe(x);
    expect(a.locale()).toBe('fr');
    expect(b.valueOf()).toBe(x + DAY);
    // A copy keeps the original's locale and UTC mode.
    expect(b.format('MMMM HH:mm')).toBe('novembre 10:00');
    expect(c.format('MMMM YYYY')).toBe('November 2022');
  });

  it('recognises its own dates as moments', () => {
    expect(moment.isMoment(moment(x))).toBe(true);
    expect(moment.isMoment(new Date(x))).toBe(false);
    expect(moment.isMoment(x)).toBe(false);
    expect(moment.isMoment('2021-11-03')).toBe(false);
    expect(moment.isMoment(null)).toBe(false);
    expect(moment(x)).toBeInstanceOf(DayjsMoment);
  });

  it('recognises and reads a date from another copy of itself (Vite’s dev server bundles one into vis-timeline)', () => {
    const fromAnotherCopy = { _isAMomentObject: true, valueOf: () => x };
    expect(moment.isMoment(fromAnotherCopy)).toBe(true);
    expect(moment(fromAnotherCopy as unknown as DayjsMoment).toDate()).toEqual(new Date(x));
  });

  it('exposes what vis-timeline checks invalid hidden dates with', () => {
    expect(String(moment('not a date')._d)).toBe('Invalid Date');
    expect(Number.isNaN(moment(Number.NaN).valueOf())).toBe(true);
    expect(moment(x)._d.getTime()).toBe(x);
  });
});

describe('the global locale (vis-timeline sets it from the browser, then from its locale option)', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    // moment warns about locales it does not have.
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    realMoment.locale('en');
    moment.locale('en');
    warn.mockRestore();
  });

  it('stays English when French is loaded (moment switched to a locale on loading it)', () => {
    expect(moment.locale()).toBe('en');
    expect(moment(0).locale()).toBe('en');
  });

  const cases: Array<string | string[]> = ['fr', 'fr-FR', 'FR', 'en-US', ['de-DE', 'fr-FR', 'en-US'], ['de-DE', 'de'], 'xx', '', ['fr-CA', 'en']];
  for (const names of cases) {
    it(`is chosen from ${JSON.stringify(names)} as moment chooses it, and new dates take it`, () => {
      const trace = (lib: { locale(names: string | string[]): string }, make: Make) => {
        lib.locale('fr');
        const chosen = lib.locale(names);
        return { chosen, month: make(Date.UTC(2021, 10, 3)).format('MMMM'), instance: make(0).locale() };
      };
      expect(trace(moment, adapterMake)).toEqual(trace(realMoment as unknown as { locale(names: string | string[]): string }, realMake));
    });
  }
});

for (const { zone, winterOffset, summerOffset } of ZONES) {
  describe(`in ${zone}`, () => {
    beforeAll(() => {
      process.env.TZ = zone;
    });

    it('the process really runs in that time zone', () => {
      expect(new Date(Date.UTC(2021, 0, 15)).getTimezoneOffset()).toBe(winterOffset);
      expect(new Date(Date.UTC(2021, 6, 15)).getTimezoneOffset()).toBe(summerOffset);
    });

    describe('creating dates', () => {
      beforeEach(() => {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2021-10-31T01:30:00.000Z'));
      });
      afterEach(() => {
        vi.useRealTimers();
      });

      const strings = [
        '2021-03-28',
        '2021-03-28T02:30:00', // does not exist in Paris
        '2021-10-31T02:30:00', // happens twice in Paris
        '2021-10-31 02:30:00.123',
        '2021-10-31T02:30:00Z',
        '2021-10-31T02:30:00+05:30',
        '2021-10-31T02:30:00.123-04:00'
      ];
      for (const lang of LANGS) {
        for (const mode of MODES) {
          it(`from nothing (now), numbers, Dates, ISO strings and moments (${lang}, ${mode})`, () => {
            expectSameAsMoment(
              (make) => ({
                now: fields(make()),
                numbers: DATES.map((time) => fields(make(time))),
                dates: DATES.map((time) => fields(make(new Date(time)))),
                strings: strings.map((text) => fields(make(text))),
                moments: DATES.map((time) => fields(make(make(time))))
              }),
              lang,
              mode
            );
          });
        }
      }
    });

    it('startOf below a day differs from moment only in local time, during the hour a clock change repeats', () => {
      // Day.js sets the local fields again, which picks the first of the two; moment subtracts and
      // keeps the instant's offset. vis-timeline rounds that way only the current-time bar (its
      // alignCurrentTime option), with its `moment` option: the axis's UTC dates, here.
      for (const time of DATES) {
        for (const unit of SUB_DAY_ROUNDINGS) {
          const expected = realMake(time).startOf(unit).valueOf();
          const actual = adapterMake(time).startOf(unit).valueOf();
          if (inRepeatedHour(time)) expect([expected, expected - HOUR], `${iso(time)} ${unit}`).toContain(actual);
          else expect(actual, `${iso(time)} ${unit}`).toBe(expected);
          expect(adapterMake(time).utc().startOf(unit).valueOf()).toBe(realMake(time).utc().startOf(unit).valueOf());
        }
      }
    });

    for (const lang of LANGS) {
      for (const mode of MODES) {
        describe(`${lang}, ${mode === 'utc' ? 'UTC (as the axis uses it)' : 'local time'}`, () => {
          it('reads every field the same', () => {
            expectSameAsMoment((make) => DATES.map((time) => ({ at: iso(time), ...fields(make(time)) })), lang, mode);
          });

          it('formats every template vis-timeline uses the same, and ISO 8601 without a template', () => {
            expectSameAsMoment(
              (make) =>
                DATES.map((time) => ({
                  at: iso(time),
                  iso: make(time).format(),
                  ...Object.fromEntries(FORMATS.map((template) => [template, make(time).format(template)]))
                })),
              lang,
              mode
            );
          });

          it('adds and subtracts every unit the same, in place', () => {
            const cases = [
              ...SOME_DATES.flatMap((time) => UNITS.flatMap((unit) => AMOUNTS.map((amount) => ({ time, unit, amount })))),
              ...NAMED_DATES.flatMap((time) => UNIT_SPELLINGS.flatMap((unit) => [1, -1, 3].map((amount) => ({ time, unit, amount }))))
            ];
            expectSameAsMoment(
              (make) =>
                cases.map(({ time, unit, amount }) => {
                  const added = make(time);
                  const subtracted = make(time);
                  return {
                    at: `${iso(time)} ${amount} ${unit}`,
                    add: added.add(amount, unit) === added ? iso(added.valueOf()) : 'returned another object',
                    subtract: subtracted.subtract(amount, unit) === subtracted ? iso(subtracted.valueOf()) : 'returned another object'
                  };
                }),
              lang,
              mode
            );
          });

          it('sets every field the same, overflowing values included, in place', () => {
            expectSameAsMoment(
              (make) =>
                DATES.flatMap((time) =>
                  SETS.map(([setter, value]) => {
                    const m = make(time);
                    return { at: `${iso(time)} ${setter}(${value})`, result: set(m, setter, value) === m ? iso(m.valueOf()) : 'returned another object' };
                  })
                ),
              lang,
              mode
            );
          });

          it('rounds and snaps like TimeStep: startOf, endOf and chained setters', () => {
            expectSameAsMoment(
              (make) =>
                DATES.map((time) => {
                  const m = make(time);
                  return {
                    at: iso(time),
                    ...Object.fromEntries(
                      [...ROUNDINGS, ...(mode === 'local' && inRepeatedHour(time) ? [] : SUB_DAY_ROUNDINGS)].flatMap((unit) => [
                        [`startOf ${unit}`, iso(make(time).startOf(unit).valueOf())],
                        [`endOf ${unit}`, iso(make(time).endOf(unit).valueOf())]
                      ])
                    ),
                    // TimeStep.snap, year scale
                    year: iso(make(time).year(m.year() + Math.round(m.month() / 12)).month(0).date(0).hours(0).minutes(0).seconds(0).milliseconds(0).valueOf()),
                    // month scale
                    month: iso(make(time).date(1).add(1, 'month').hours(0).valueOf()),
                    // week scale, and TimeStep.next's "switch back to week cycles"
                    week: iso(make(time).weekday(0).add(1, 'week').hours(0).valueOf()),
                    // TimeStep.next's month break
                    weekMonth: iso(make(time).add(1, 'week').date(1).valueOf()),
                    day: iso(make(time).hours(Math.round(m.hours() / 24) * 24).minutes(0).valueOf()),
                    hour: iso(make(time).minutes(Math.round(m.minutes() / 60) * 60).seconds(0).valueOf())
                  };
                }),
              lang,
              mode
            );
          });

          it('compares with isSame (per unit, or to the millisecond) and diff the same', () => {
            expectSameAsMoment(
              (make) =>
                SOME_DATES.flatMap((time) =>
                  OFFSETS.map((offset) => ({
                    at: `${iso(time)} ${offset}`,
                    ...Object.fromEntries(
                      COMPARED_UNITS.flatMap((unit) => [
                        [`${unit} number`, make(time).isSame(time + offset, unit)],
                        [`${unit} Date`, make(time).isSame(new Date(time + offset), unit)],
                        [`${unit} moment`, make(time).isSame(make(time + offset), unit)]
                      ])
                    ),
                    days: make(time + offset).diff(make(time), 'days'),
                    weeks: make(time + offset).diff(make(time), 'weeks'),
                    months: make(time + offset).diff(make(time), 'months')
                  }))
                ),
              lang,
              mode
            );
          });

          it('changes locale and switches to UTC on an instance, keeping the instant', () => {
            expectSameAsMoment(
              (make) =>
                DATES.map((time) => {
                  const m = make(time);
                  const english = m.locale('en');
                  return {
                    sameObject: english === m,
                    locale: m.locale(),
                    month: m.format('MMMM dddd'),
                    utc: m.utc() === m ? m.format('YYYY-MM-DD HH:mm:ss.SSS') : 'returned another object',
                    valueOf: m.valueOf()
                  };
                }),
              lang,
              mode
            );
          });

          it('draws the same axis with vis-timeline’s TimeStep: ticks, major ticks, labels, class names', () => {
            vi.useFakeTimers({ toFake: ['Date'] });
            // "Today" (a vis-today class) inside some of the ranges.
            vi.setSystemTime(new Date('2021-03-28T09:00:00.000Z'));
            try {
              for (const axis of axisCases()) {
                const expected = axisTicks(maker(realMake, lang, mode), axis);
                const actual = axisTicks(maker(adapterMake, lang, mode), axis);
                expect(actual, JSON.stringify({ ...axis, start: iso(axis.start), end: iso(axis.end) })).toEqual(expected);
              }
            } finally {
              vi.useRealTimers();
            }
          }, AXIS_TIMEOUT_MS);

          it('lays repeating hidden periods (daily, weekly, monthly, yearly) the same, and TimeStep steps over them the same', () => {
            const range = { start: Date.UTC(2021, 2, 1), end: Date.UTC(2021, 4, 1) };
            const hiddenDates = [
              { start: '2021-03-27 22:00:00', end: '2021-03-28 06:00:00', repeat: 'daily' },
              { start: '2021-03-27T00:00:00Z', end: '2021-03-29T00:00:00Z', repeat: 'weekly' },
              { start: '2021-01-31 00:00:00', end: '2021-02-02 00:00:00', repeat: 'monthly' },
              { start: '2020-12-24 00:00:00', end: '2021-01-02 00:00:00', repeat: 'yearly' }
            ];
            for (const hidden of hiddenDates) {
              expectSameAsMoment((make) => hiddenPeriods(make, range, [hidden]), lang, mode);
            }
            // The ticks around nights hidden by moment itself.
            const nights = hiddenPeriods(maker(realMake, lang, mode), range, [hiddenDates[0]!]).map((period) => {
              const [start, end] = period.split(' → ').map((text) => Date.parse(text));
              return { start: start!, end: end! };
            });
            for (const minimumStep of [50 * 60_000, 3 * HOUR, 20 * HOUR]) {
              const axis = { start: Date.UTC(2021, 2, 26), end: Date.UTC(2021, 2, 26) + minimumStep * 30, minimumStep, hiddenDates: nights };
              expectSameAsMoment((make) => axisTicks(make, axis), lang, mode);
            }
          });
        });
      }
    }
  });
}
