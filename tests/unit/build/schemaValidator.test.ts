/**
 * datasetValidatorModule: the validator compiled at build time into plain ES module source (the
 * app's `virtual:dataset-validator`). Here it runs in plain Node, whose ES modules see a CommonJS
 * module's whole `exports` as the default export, as Vite's dev server does; the production
 * bundle, which hands over `exports.default`, is covered by the end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetValidatorModule } from '../../../build/schemaValidator';
import { compileDataset } from '../../../build/compile';
import { validateDataFiles } from '../../../build/validate';
import { readDataFiles } from '../../../build/readDataFiles';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Inside the project, so that the module's imports of ajv's runtime resolve from node_modules.
const scratch = mkdtempSync(path.join(root, 'node_modules', '.validator-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What the compiled validator says about each document, run by Node in a child process. */
function validateInNode(documents: unknown[]): Array<string | null> {
  writeFileSync(path.join(scratch, 'validator.mjs'), datasetValidatorModule());
  writeFileSync(path.join(scratch, 'documents.json'), JSON.stringify(documents));
  writeFileSync(
    path.join(scratch, 'run.mjs'),
    `import { readFileSync } from 'node:fs';
import { validateDataset } from './validator.mjs';
const documents = JSON.parse(readFileSync(new URL('./documents.json', import.meta.url), 'utf8'));
console.log(JSON.stringify(documents.map(validateDataset)));`
  );
  return JSON.parse(execFileSync(process.execPath, [path.join(scratch, 'run.mjs')], { encoding: 'utf8' }));
}

describe('the compiled dataset validator', () => {
  it('accepts a valid dataset and names the first problem of an invalid one', async () => {
    const { findings, data } = validateDataFiles(await readDataFiles(fileURLToPath(new URL('../../fixtures/valid/data', import.meta.url))));
    expect(findings).toEqual([]);
    const dataset = compileDataset(data, { version: '1.0.0', date: '2026-11-23' });
    const [firstEvent] = dataset.events;
    const withoutTitle = { ...dataset, events: [{ ...firstEvent, title: undefined }] };
    const withWordForDate = { ...dataset, events: [{ ...firstEvent, date: 'soon' }] };

    const [valid, missingTitle, badDate] = validateInNode([dataset, withoutTitle, withWordForDate]);

    expect(valid).toBeNull();
    expect(missingTitle).toMatch(/^events\.0 must have required property 'title'$/);
    expect(badDate).toMatch(/^events\.0\.date /);
  });

  it('accepts release 1.0.0, which has no labels, importance or eras, and checks them when present', async () => {
    const release: unknown = JSON.parse(readFileSync(path.join(root, 'data/releases/1.0.0.json'), 'utf8'));
    const { data } = validateDataFiles(await readDataFiles(fileURLToPath(new URL('../../fixtures/valid/data', import.meta.url))));
    const dataset = compileDataset(data, { version: 'latest', date: '2026-11-27' });
    const [firstEvent] = dataset.events;
    const longLabel = { ...dataset, events: [{ ...firstEvent, label: { en: 'A label far longer than thirty-six characters', fr: 'Court' } }] };
    const eraWithoutName = { ...dataset, eras: [{ id: 'x', start: '2021', end: '2022' }] };

    const [old, withLabelTooLong, withEraWithoutName] = validateInNode([release, longLabel, eraWithoutName]);

    expect(old).toBeNull();
    expect(withLabelTooLong).toMatch(/^events\.0\.label\.en must NOT have more than 36 characters$/);
    expect(withEraWithoutName).toMatch(/^eras\.0 must have required property 'name'$/);
  });
});
