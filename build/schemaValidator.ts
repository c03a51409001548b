import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import eventSchema from '../data/schema/event.v1.schema.json' with { type: 'json' };
import placesSchema from '../data/schema/places.v1.schema.json' with { type: 'json' };
import actorsSchema from '../data/schema/actors.v1.schema.json' with { type: 'json' };
import storySchema from '../data/schema/story.v1.schema.json' with { type: 'json' };
import erasSchema from '../data/schema/eras.v1.schema.json' with { type: 'json' };
import sourcesSchema from '../data/schema/sources.v1.schema.json' with { type: 'json' };
import datasetSchema from '../data/schema/dataset.v1.schema.json' with { type: 'json' };
import { DATA_FILE_SCHEMA_IDS, dataFileAjv } from './validate/schemaValidators.ts';

/**
 * The app checks what it fetches against the same JSON Schema as `npm run validate`, but a strict
 * Content-Security-Policy forbids compiling validators at run time (ajv uses `new Function`).
 * So the validator is compiled here, at build time, into plain ES module source.
 */
export function datasetValidatorModule(): string {
  const ajv = new Ajv2020({ code: { source: true, esm: true }, allErrors: false, strict: false });
  ajv.addSchema([eventSchema, placesSchema, actorsSchema, storySchema, erasSchema, sourcesSchema, datasetSchema]);
  const validate = ajv.getSchema(datasetSchema.$id);
  if (!validate) throw new Error(`Schema ${datasetSchema.$id} did not compile`);
  return `${esModuleSource(ajv, validate)}
/** Null when the document is a valid dataset, else the first problem in words. */
export function validateDataset(document) {
  if (validate(document)) return null;
  const error = validate.errors && validate.errors[0];
  if (!error) return 'invalid dataset';
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'dataset';
  return where + ' ' + error.message;
}
`;
}

/**
 * build/validate/schemaValidators.ts for browsers (the form that writes an event): the same ajv
 * options and schemas, compiled here, so the form's messages are the validator's, under the CSP.
 */
export function dataFileValidatorsModule(): string {
  const ajv = dataFileAjv({ code: { source: true, esm: true } });
  return `${esModuleSource(ajv, DATA_FILE_SCHEMA_IDS)}
export const schemaValidators = { ${Object.keys(DATA_FILE_SCHEMA_IDS).join(', ')} };
`;
}

/** ajv's standalone code as an ES module: one validator, or one export per key of `exports`. */
function esModuleSource(ajv: Ajv2020, validators: Parameters<typeof standaloneCode>[1]): string {
  const runtimeImports: string[] = [];
  // ajv's standalone output still `require`s its small runtime helpers (CommonJS modules whose
  // `exports.default` is the function); turn them into imports. The bundler hands over
  // `exports.default` as the default export, Vite's dev server the whole `exports`: take either.
  const source = standaloneCode(ajv, validators).replace(/require\("([^"]+)"\)\.default/g, (_call, specifier: string) => {
    const name = `ajvRuntime${runtimeImports.length}`;
    // With its file extension: ajv has no package exports map, and Node's ES modules need it.
    const file = specifier.endsWith('.js') ? specifier : `${specifier}.js`;
    runtimeImports.push(`import * as ${name}Module from ${JSON.stringify(file)};\nconst ${name} = runtimeHelper(${name}Module);`);
    return name;
  });
  return `const runtimeHelper = (module) => (typeof module.default === 'function' ? module.default : module.default.default);
${runtimeImports.join('\n')}
${source}`;
}
