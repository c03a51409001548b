/**
 * Data format migrations. Every data document (an event file, a compiled dataset) carries
 * `schemaVersion`; the app reads the current format and brings older documents up to it one step at
 * a time, so that a pinned old release (`?data=1.0.0`) keeps loading after the format changes.
 *
 * Adding format N+1: write data/schema/*.v(N+1).schema.json, add `STEPS[N]` turning a format-N
 * document into a format-(N+1) one, raise CURRENT_SCHEMA_VERSION, and give the step a fixture test
 * (see tests/unit/lib/data/migrations.test.ts for the pattern).
 */

export const CURRENT_SCHEMA_VERSION = 1;

/** The document has no usable `schemaVersion`: it is not our data, or it is damaged. */
export class DataFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFormatError';
  }
}

/** The document is in a newer format than this build of the app can read. */
export class UnsupportedVersionError extends Error {
  constructor(
    public readonly found: unknown,
    public readonly supported: number
  ) {
    super(
      `This data is in format version ${String(found)}, but this version of the site reads formats up to ${supported}. ` +
        'Update the site, or load an older data release.'
    );
    this.name = 'UnsupportedVersionError';
  }
}

export type MigratableDocument = Record<string, unknown> & { schemaVersion: number };

/**
 * Turns a document of format N into one of format N+1 (the runner then sets `schemaVersion` to N+1).
 * It receives a private copy, so it may change it in place or return a new object.
 */
export type MigrationStep = (document: MigratableDocument) => Record<string, unknown>;

/** Keyed by the format version a step migrates from. */
export type MigrationSteps = Readonly<Record<number, MigrationStep>>;

/** Empty while format 1 is the only one. */
const STEPS: MigrationSteps = {};

/** Brings any supported document up to the current format. Does not change its argument. */
export function migrateToLatest(document: unknown): unknown {
  return migrateWith(document, STEPS, CURRENT_SCHEMA_VERSION);
}

/**
 * The migration runner, with the steps and the current version as parameters so that tests can
 * exercise formats that do not exist yet. Returns `document` itself when it is already current,
 * otherwise a migrated copy.
 */
export function migrateWith(document: unknown, steps: MigrationSteps, current: number): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new DataFormatError('The data is not a JSON object, so it cannot be a Pegasus timeline data file.');
  }
  const found: unknown = (document as Record<string, unknown>).schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    throw new DataFormatError(
      found === undefined
        ? 'The data has no schemaVersion, so its format is unknown.'
        : `The data's schemaVersion ${JSON.stringify(found)} is not a format version (1, 2, …).`
    );
  }
  if (found > current) throw new UnsupportedVersionError(found, current);
  if (found === current) return document;

  let migrated: MigratableDocument = structuredClone(document) as MigratableDocument;
  for (let version = found; version < current; version++) {
    const step = steps[version];
    if (step === undefined) {
      // A gap in the registry is a bug in the app, not in the data.
      throw new Error(`No migration from data format ${version} to ${version + 1}.`);
    }
    migrated = { ...step(migrated), schemaVersion: version + 1 };
  }
  return migrated;
}
