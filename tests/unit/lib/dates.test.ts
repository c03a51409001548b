import { describe, expect, it } from 'vitest';
import { eventSpan, formatEventDate, formatPartialDate, parsePartialDate } from '../../../src/lib/dates';

describe('parsePartialDate', () => {
  it('reads a day, a month and a year with their precision and span', () => {
    expect(parsePartialDate('2021-11-03')).toEqual({
      precision: 'day',
      start: new Date('2021-11-03T00:00:00Z'),
      end: new Date('2021-11-04T00:00:00Z')
    });
    expect(parsePartialDate('2021-10')).toEqual({
      precision: 'month',
      start: new Date('2021-10-01T00:00:00Z'),
      end: new Date('2021-11-01T00:00:00Z')
    });
    expect(parsePartialDate('2010')).toEqual({
      precision: 'year',
      start: new Date('2010-01-01T00:00:00Z'),
      end: new Date('2011-01-01T00:00:00Z')
    });
  });

  it('rolls a December month and a New Year’s Eve over into the next year', () => {
    expect(parsePartialDate('2021-12')?.end).toEqual(new Date('2022-01-01T00:00:00Z'));
    expect(parsePartialDate('2021-12-31')?.end).toEqual(new Date('2022-01-01T00:00:00Z'));
  });

  it('keeps years before 100 as they are', () => {
    expect(parsePartialDate('0079-08-24')?.start.getUTCFullYear()).toBe(79);
  });

  it.each(['2021-02-30', '2021-13', '2021-00-10', '21-11-03', '2021-11-3', '2021/11/03', '', 'soon', '2021-11-03T10:00'])(
    'refuses %j',
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
    }
  );

  it('accepts 29 February in a leap year only', () => {
    expect(parsePartialDate('2020-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2021-02-29')).toBeNull();
  });
});

describe('formatPartialDate', () => {
  it('writes a date only as precisely as it is known, in each language', () => {
    expect(formatPartialDate('2021-11-03', 'fr')).toBe('3 novembre 2021');
    expect(formatPartialDate('2021-11-03', 'en')).toBe('November 3, 2021');
    expect(formatPartialDate('2021-07', 'fr')).toBe('juillet 2021');
    expect(formatPartialDate('2021-07', 'en')).toBe('July 2021');
    expect(formatPartialDate('2010', 'fr')).toBe('2010');
  });

  it('does not shift a day across time zones', () => {
    // A UTC midnight printed in a western zone would become the day before.
    expect(formatPartialDate('2021-01-01', 'en')).toBe('January 1, 2021');
  });

  it('shows an unreadable value as it is rather than failing', () => {
    expect(formatPartialDate('sometime', 'en')).toBe('sometime');
  });
});

describe('formatEventDate', () => {
  it('writes a period as a range in the reader’s language', () => {
    // Intl sets the dash between thin spaces.
    expect(formatEventDate('2021-07-20', '2022-12-16', 'en')).toMatch(/^July 20, 2021\s–\sDecember 16, 2022$/u);
    expect(formatEventDate('2021-07-20', '2022-12-16', 'fr')).toMatch(/^20 juillet 2021\s–\s16 décembre 2022$/u);
  });

  it('writes a single date when there is no end', () => {
    expect(formatEventDate('2021-11-01', undefined, 'fr')).toBe('1 novembre 2021');
  });
});

describe('eventSpan', () => {
  it('covers a period to the end of its last day', () => {
    expect(eventSpan('2021-07-20', '2022-12-16')).toEqual({
      start: new Date('2021-07-20T00:00:00Z'),
      end: new Date('2022-12-17T00:00:00Z')
    });
  });

  it('is null for an unreadable date', () => {
    expect(eventSpan('2021-02-30')).toBeNull();
  });
});
