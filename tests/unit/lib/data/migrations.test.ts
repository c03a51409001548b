/**
 * The migration runner. Format 1 is the only format today, so these tests register hypothetical
 * formats 2 and 3 to prove that old data keeps loading once a new format exists.
 * Not covered: the real production steps (there are none yet).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  DataFormatError,
  migrateToLatest,
  migrateWith,
  UnsupportedVersionError,
  type MigrationSteps
} from '../../../../src/lib/data/migrations';

/** A real format-1 event, the one the valid fixture tree uses. */
const formatOneEvent = JSON.parse(
  readFileSync(new URL('../../../fixtures/valid/data/events/bis-entity-list.json', import.meta.url), 'utf8')
) as Record<string, unknown>;

/** Hypothetical format 2: an event may happen in several places, so `place` becomes `places`. */
const placeToPlaces: MigrationSteps[number] = ({ place, ...rest }) => ({ ...rest, places: [place] });
/** Hypothetical format 3: `category` becomes a list of `categories`. */
const categoryToCategories: MigrationSteps[number] = ({ category, ...rest }) => ({ ...rest, categories: [category] });

describe('migrateToLatest', () => {
  it('reads format 1, the current format, unchanged', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    expect(migrateToLatest(formatOneEvent)).toBe(formatOneEvent);
  });

  it('refuses data from a newer format, saying which', () => {
    let refusal: unknown;
    try {
      migrateToLatest({ schemaVersion: 2 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UnsupportedVersionError);
    expect(refusal).toMatchObject({ found: 2, supported: 1 });
    expect(() => migrateToLatest({ schemaVersion: 2 })).toThrow(
      'This data is in format version 2, but this version of the site reads formats up to 1. Update the site, or load an older data release.'
    );
  });
});

describe('migrateWith, once a format 2 exists', () => {
  const formatTwo = { 1: placeToPlaces };

  it('keeps loading format-1 data by migrating it', () => {
    expect(migrateWith(formatOneEvent, formatTwo, 2)).toEqual({
      ...Object.fromEntries(Object.entries(formatOneEvent).filter(([key]) => key !== 'place')),
      schemaVersion: 2,
      places: ['washington']
    });
  });

  it('does not change the document it migrates', () => {
    const before = structuredClone(formatOneEvent);
    migrateWith(formatOneEvent, formatTwo, 2);
    expect(formatOneEvent).toEqual(before);
  });

  it('passes format-2 data through', () => {
    const formatTwoEvent = { schemaVersion: 2, id: 'x', places: ['paris'] };
    expect(migrateWith(formatTwoEvent, formatTwo, 2)).toBe(formatTwoEvent);
  });

  it('applies the steps in order when a document is several formats behind', () => {
    const applied: number[] = [];
    const recording = (version: number, step: MigrationSteps[number]): MigrationSteps[number] => (document) => {
      applied.push(version);
      return step(document);
    };
    const migrated = migrateWith(formatOneEvent, { 2: recording(2, categoryToCategories), 1: recording(1, placeToPlaces) }, 3);
    expect(applied).toEqual([1, 2]);
    expect(migrated).toMatchObject({ schemaVersion: 3, places: ['washington'], categories: ['regulatory'] });
    expect(migrated).not.toHaveProperty('place');
    expect(migrated).not.toHaveProperty('category');
  });

  it('does not let a step that edits in place reach the original', () => {
    const inPlace: MigrationSteps[number] = (document) => {
      (document.title as Record<string, string>).en = 'changed';
      return document;
    };
    const migrated = migrateWith(formatOneEvent, { 1: inPlace }, 2) as { title: { en: string } };
    expect(migrated.title.en).toBe('changed');
    expect((formatOneEvent.title as { en: string }).en).toBe('US adds NSO Group to the Entity List');
  });

  it('reports a missing step as a bug in the app', () => {
    expect(() => migrateWith(formatOneEvent, {}, 2)).toThrow('No migration from data format 1 to 2.');
  });

  it('refuses format 3 data', () => {
    expect(() => migrateWith({ schemaVersion: 3 }, formatTwo, 2)).toThrow(UnsupportedVersionError);
  });
});

describe('documents that are not data', () => {
  it.each([
    ['no schemaVersion', { id: 'x' }, 'The data has no schemaVersion, so its format is unknown.'],
    ['a text version', { schemaVersion: '1' }, `The data's schemaVersion "1" is not a format version (1, 2, …).`],
    ['a fractional version', { schemaVersion: 1.5 }, `The data's schemaVersion 1.5 is not a format version (1, 2, …).`],
    ['version 0', { schemaVersion: 0 }, `The data's schemaVersion 0 is not a format version (1, 2, …).`],
    ['a list', [{ schemaVersion: 1 }], 'The data is not a JSON object, so it cannot be a Pegasus timeline data file.'],
    ['null', null, 'The data is not a JSON object, so it cannot be a Pegasus timeline data file.']
  ])('refuses %s with a DataFormatError', (_case, document, message) => {
    expect(() => migrateToLatest(document)).toThrow(DataFormatError);
    expect(() => migrateToLatest(document)).toThrow(message);
  });
});
