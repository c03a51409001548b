/**
 * Checks each file against its JSON Schema (data/schema, the source of truth) and rewrites ajv's
 * errors in plain words. ajv reports one spot several times (an empty text fails both `minLength`
 * and `pattern`); only the most telling error per spot is kept.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import eventSchema from '../../data/schema/event.v1.schema.json' with { type: 'json' };
import placesSchema from '../../data/schema/places.v1.schema.json' with { type: 'json' };
import { LANGS, type Lang } from '../../src/lib/data/types.ts';
import type { DataFileKind } from './dataFiles.ts';
import { childPointer, fieldName } from './pointer.ts';
import { schemaValidators as validators } from './schemaValidators.ts';
import { didYouMeanHint, error, quote, type Problem } from './problem.ts';
import { didYouMean, slugify } from './suggest.ts';

/** Patterns are recognised by their text, read from the schemas so the two cannot drift apart. */
const PATTERNS = {
  id: eventSchema.$defs.id.pattern,
  partialDate: eventSchema.$defs.partialDate.pattern,
  fullDate: eventSchema.$defs.fullDate.pattern,
  nonEmptyText: eventSchema.$defs.nonEmptyText.pattern,
  url: eventSchema.$defs.source.properties.url.pattern,
  lang: eventSchema.$defs.source.properties.lang.pattern,
  country: placesSchema.$defs.place.properties.country.pattern
};

export const PARTIAL_DATE = new RegExp(PATTERNS.partialDate);
export const ID = new RegExp(PATTERNS.id);
export const SOURCE_URL = new RegExp(PATTERNS.url);

/**
 * Where files refer to ids in other files. A malformed reference ('NSO Group') is left to the
 * cross-file rules, which can say which id was meant ('nso-group').
 */
const REFERENCES: Partial<Record<DataFileKind, RegExp>> = {
  event: /^\/(place|actors\/\d+|relations\/\d+\/(from|to))$/,
  actors: /^\/actors\/\d+\/place$/,
  story: /^\/steps\/\d+\/event$/
};

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', fr: 'French' };

function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}

function languageLabel(lang: Lang): string {
  return `${LANGUAGE_NAMES[lang]} (${lang})`;
}

// ajv's errors carry the schema they failed. Compared by content, not identity: in the browser the
// validators are compiled ahead of time (build/schemaValidator.ts) and carry copies of the schemas.
const schemaKey = (schema: unknown): string => JSON.stringify(schema);
const localizedTextSchema = schemaKey(eventSchema.$defs.localizedText);
const labelTextSchemas = new Set(Object.values(eventSchema.$defs.label.properties).map(schemaKey));
const coordinateSchemas = new Set([
  schemaKey(placesSchema.$defs.place.properties.lat),
  schemaKey(placesSchema.$defs.place.properties.lon)
]);

/** Which of several errors at one spot says the most; lower comes first. */
const KEYWORD_PRIORITY = [
  'type',
  'const',
  'enum',
  'required',
  'additionalProperties',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'uniqueItems'
];

function priority(keyword: string): number {
  const index = KEYWORD_PRIORITY.indexOf(keyword);
  return index === -1 ? KEYWORD_PRIORITY.length : index;
}

export function schemaProblems(kind: DataFileKind, document: unknown): Problem[] {
  const validate = validators[kind];
  if (validate(document)) return [];

  const bestPerSpot = new Map<string, ErrorObject>();
  for (const ajvError of validate.errors ?? []) {
    const spot = `${ajvError.instancePath}\u0000${namedProperty(ajvError) ?? ''}`;
    const kept = bestPerSpot.get(spot);
    if (kept === undefined || priority(ajvError.keyword) < priority(kept.keyword)) bestPerSpot.set(spot, ajvError);
  }

  const problems: Problem[] = [];
  for (const ajvError of bestPerSpot.values()) {
    if (ajvError.keyword === 'pattern' && REFERENCES[kind]?.test(ajvError.instancePath)) continue;
    problems.push(describe(ajvError));
  }
  return problems;
}

/** The property a `required` or `additionalProperties` error is about: each is its own spot. */
function namedProperty(ajvError: ErrorObject): string | undefined {
  const { missingProperty, additionalProperty } = ajvError.params as {
    missingProperty?: string;
    additionalProperty?: string;
  };
  return missingProperty ?? additionalProperty;
}

/** ajv's verbose errors carry the schema and data as `any`; this is where they get types. */
interface VerboseError {
  keyword: string;
  pointer: string;
  params: Record<string, unknown>;
  parentSchema: unknown;
  data: unknown;
}

function describe(ajvError: ErrorObject): Problem {
  const failure: VerboseError = {
    keyword: ajvError.keyword,
    pointer: ajvError.instancePath,
    params: ajvError.params as Record<string, unknown>,
    parentSchema: ajvError.parentSchema,
    data: ajvError.data as unknown
  };
  const field = fieldName(failure.pointer);
  switch (failure.keyword) {
    case 'required':
      return describeMissing(failure, String(failure.params.missingProperty));
    case 'additionalProperties':
      return describeUnknownField(failure, String(failure.params.additionalProperty));
    case 'type':
      return describeWrongType(failure, field);
    case 'const': // schemaVersion is the only constant in the schemas
      return error(
        'schema-version',
        failure.pointer,
        `schemaVersion must be ${quote(failure.params.allowedValue)}, not ${quote(failure.data)}`,
        'this site reads data format version 1; copy the schemaVersion line from data/templates/event.json'
      );
    case 'enum': {
      const allowed = (failure.params.allowedValues as unknown[]).map(String);
      return error(
        'schema',
        failure.pointer,
        `${field} ${quote(failure.data)} is not one of: ${allowed.join(', ')}`,
        typeof failure.data === 'string' ? didYouMeanHint(didYouMean(failure.data, allowed)) : undefined
      );
    }
    case 'pattern':
      return describePatternMismatch(failure, field, String(failure.params.pattern));
    case 'minLength':
      return describeEmptyText(failure, field);
    case 'maxLength': {
      const length = typeof failure.data === 'string' ? Array.from(failure.data).length : 0;
      if (labelTextSchemas.has(schemaKey(failure.parentSchema))) {
        return error(
          'label-too-long',
          failure.pointer,
          `the label is ${length} characters long, at most ${String(failure.params.limit)}`,
          'the timeline draws labels whole: keep the few words a reader needs, the title says the rest'
        );
      }
      return error(
        'schema',
        failure.pointer,
        `${field} is too long: ${length} characters, at most ${String(failure.params.limit)}`
      );
    }
    case 'minimum':
    case 'maximum':
      return describeOutOfRange(failure, field);
    case 'minItems':
      return error(
        'schema',
        failure.pointer,
        `${field} is empty`,
        failure.params.limit === 1 ? 'list at least one' : `list at least ${String(failure.params.limit)}`
      );
    case 'uniqueItems': {
      const later = Number(failure.params.i);
      const items = Array.isArray(failure.data) ? (failure.data as unknown[]) : [];
      return error(
        'schema',
        childPointer(failure.pointer, later),
        `${quote(items[later])} is listed twice in ${field}`,
        'remove one of them'
      );
    }
    default:
      // Keywords our schemas do not use today; better ajv's words than silence.
      return error('schema', failure.pointer, `${field} ${ajvError.message ?? 'is not valid'}`);
  }
}

function describeMissing(failure: VerboseError, property: string): Problem {
  if (schemaKey(failure.parentSchema) === localizedTextSchema && isLang(property)) {
    return error(
      'missing-translation',
      failure.pointer,
      `${fieldName(failure.pointer)} has no ${languageLabel(property)} text`,
      `add "${property}": "…"`
    );
  }
  return error('schema', failure.pointer, `missing field '${property}'`);
}

function describeUnknownField(failure: VerboseError, property: string): Problem {
  const known = Object.keys(schemaProperties(failure.parentSchema));
  const suggestion = didYouMean(property, known);
  const problem = error(
    'unknown-field',
    childPointer(failure.pointer, property),
    `unknown field '${property}'`,
    suggestion === undefined ? `the fields allowed here are: ${known.join(', ')}` : didYouMeanHint(suggestion)
  );
  return { ...problem, anchor: 'key' };
}

function schemaProperties(schema: unknown): Record<string, unknown> {
  if (typeof schema === 'object' && schema !== null && 'properties' in schema) {
    const { properties } = schema;
    if (typeof properties === 'object' && properties !== null) return properties as Record<string, unknown>;
  }
  return {};
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text in double quotes',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null'
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'an object';
  }
}

function describeWrongType(failure: VerboseError, field: string): Problem {
  const expected = String(failure.params.type);
  const actual = describeType(failure.data);
  if (failure.pointer === '') {
    return error('schema', '', `the file must hold one object { … }, not ${actual}`);
  }
  if (schemaKey(failure.parentSchema) === localizedTextSchema) {
    const example = LANGS.map((lang) => `"${lang}": "…"`).join(', ');
    return error(
      'missing-translation',
      failure.pointer,
      `${field} must be given in every language, not as ${actual}`,
      `write it as { ${example} }`
    );
  }
  const message = `${field} must be ${TYPE_WORDS[expected] ?? expected}, not ${actual}`;
  const value = failure.data;
  if ((expected === 'number' || expected === 'integer') && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return error('schema', failure.pointer, message, `remove the quotes around ${value}`);
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return error('schema', failure.pointer, message, `write it in double quotes: "${String(value)}"`);
  }
  if (expected === 'array' && typeof value === 'string') {
    return error('schema', failure.pointer, message, `write it as a list: [${JSON.stringify(value)}]`);
  }
  return error('schema', failure.pointer, message);
}

function describeEmptyText(failure: VerboseError, field: string): Problem {
  return isLang(field)
    ? error('missing-translation', failure.pointer, `the ${languageLabel(field)} text is empty`)
    : error('schema', failure.pointer, `${field} is empty`);
}

function describePatternMismatch(failure: VerboseError, field: string, pattern: string): Problem {
  const value = typeof failure.data === 'string' ? failure.data : '';
  switch (pattern) {
    case PATTERNS.nonEmptyText:
      return describeEmptyText(failure, field);
    case PATTERNS.partialDate:
      return error(
        'invalid-date',
        failure.pointer,
        `${field} ${quote(value)} must be YYYY, YYYY-MM or YYYY-MM-DD`,
        didYouMeanHint(padDate(value, PARTIAL_DATE))
      );
    case PATTERNS.fullDate:
      return error(
        'invalid-date',
        failure.pointer,
        `${field} ${quote(value)} must be a full date, YYYY-MM-DD`,
        didYouMeanHint(padDate(value, new RegExp(PATTERNS.fullDate)))
      );
    case PATTERNS.id: {
      const slug = slugify(value);
      return error(
        'invalid-id',
        failure.pointer,
        `${field} ${quote(value)} must be lowercase letters and digits joined by hyphens`,
        slug === '' ? undefined : didYouMeanHint(slug)
      );
    }
    case PATTERNS.url:
      return describeBadUrl(failure, value);
    case PATTERNS.country:
      return error(
        'schema',
        failure.pointer,
        `${field} ${quote(value)} must be a two-letter country code in capitals, like 'FR'`,
        /^[a-z]{2}$/i.test(value) ? didYouMeanHint(value.toUpperCase()) : undefined
      );
    case PATTERNS.lang:
      return error(
        'schema',
        failure.pointer,
        `${field} ${quote(value)} must be a two-letter language code, like 'en' or 'fr'`,
        /^[a-z]{2}$/i.test(value) ? didYouMeanHint(value.toLowerCase()) : undefined
      );
    default:
      return error('schema', failure.pointer, `${field} ${quote(value)} is not in the expected form`);
  }
}

/** '2021-3-4' → '2021-03-04': the usual slip, a missing leading zero. */
function padDate(value: string, accepted: RegExp): string | undefined {
  const parts = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(value.trim());
  if (parts === null) return undefined;
  const padded = [parts[1], parts[2], parts[3]]
    .filter((part): part is string => part !== undefined)
    .map((part, index) => (index === 0 ? part : part.padStart(2, '0')))
    .join('-');
  return padded !== value && accepted.test(padded) ? padded : undefined;
}

function describeBadUrl(failure: VerboseError, url: string): Problem {
  if (url.trim() === '') {
    return error('schema', failure.pointer, 'the source URL is empty', 'paste the address of the public page you cite');
  }
  if (/^https?:\/\//.test(url)) {
    return error(
      'invalid-url',
      failure.pointer,
      'the source URL contains a space or a line break',
      "copy the address again from your browser's address bar"
    );
  }
  let fixed: string | undefined;
  if (/^https?:\/\//i.test(url)) fixed = url.replace(/^https?:\/\//i, (scheme) => scheme.toLowerCase());
  else if (/^www\./i.test(url)) fixed = `https://${url}`;
  return error(
    'url-scheme',
    failure.pointer,
    `the source URL ${quote(url)} must start with https:// or http://`,
    fixed === undefined ? 'link to a public web page' : didYouMeanHint(fixed)
  );
}

function describeOutOfRange(failure: VerboseError, field: string): Problem {
  const comparison = failure.keyword === 'minimum' ? 'at least' : 'at most';
  if (coordinateSchemas.has(schemaKey(failure.parentSchema))) {
    const latitude = field === 'lat';
    return error(
      'coordinate-range',
      failure.pointer,
      latitude
        ? `latitude ${quote(failure.data)} is out of range: it must be between -90 and 90`
        : `longitude ${quote(failure.data)} is out of range: it must be between -180 and 180`,
      latitude ? 'lat is north–south and lon east–west; are they swapped?' : undefined
    );
  }
  return error('schema', failure.pointer, `${field} ${quote(failure.data)} must be ${comparison} ${String(failure.params.limit)}`);
}
