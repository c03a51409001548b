/**
 * The JSON Schema validators of the data files, compiled by ajv when first imported (Node: the CLI,
 * the build, the tests). Browsers get the same validators compiled ahead of time instead: the data
 * plugin (build/dataPlugin.ts) serves this module as build/schemaValidator.ts's standalone code,
 * because the Content-Security-Policy forbids compiling code at run time.
 */
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import eventSchema from '../../data/schema/event.v1.schema.json' with { type: 'json' };
import placesSchema from '../../data/schema/places.v1.schema.json' with { type: 'json' };
import actorsSchema from '../../data/schema/actors.v1.schema.json' with { type: 'json' };
import storySchema from '../../data/schema/story.v1.schema.json' with { type: 'json' };
import erasSchema from '../../data/schema/eras.v1.schema.json' with { type: 'json' };
import sourcesSchema from '../../data/schema/sources.v1.schema.json' with { type: 'json' };
import type { DataFileKind } from './dataFiles.ts';

export const DATA_FILE_SCHEMA_IDS: Record<DataFileKind, string> = {
  event: eventSchema.$id,
  places: placesSchema.$id,
  actors: actorsSchema.$id,
  story: storySchema.$id,
  eras: erasSchema.$id,
  sources: sourcesSchema.$id
};

/**
 * All errors, and `verbose`, which adds the failing schema and data to each error: the messages need
 * them. `extra` adds options, such as the standalone build's `code`.
 */
export function dataFileAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, ...extra });
  // Our schemas say which data format version they describe; it is an annotation, not a check.
  ajv.addVocabulary(['schemaVersion']);
  for (const schema of [eventSchema, placesSchema, actorsSchema, storySchema, erasSchema, sourcesSchema]) ajv.addSchema(schema);
  return ajv;
}

// Compiled once per process: compiling is what costs, validating is cheap.
const ajv = dataFileAjv();

function compiled(id: string): ValidateFunction {
  const validate = ajv.getSchema(id);
  if (validate === undefined) throw new Error(`schema ${id} is not registered`);
  return validate;
}

export const schemaValidators: Record<DataFileKind, ValidateFunction> = {
  event: compiled(DATA_FILE_SCHEMA_IDS.event),
  places: compiled(DATA_FILE_SCHEMA_IDS.places),
  actors: compiled(DATA_FILE_SCHEMA_IDS.actors),
  story: compiled(DATA_FILE_SCHEMA_IDS.story),
  eras: compiled(DATA_FILE_SCHEMA_IDS.eras),
  sources: compiled(DATA_FILE_SCHEMA_IDS.sources)
};
