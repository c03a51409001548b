/**
 * The broken-file corpus: tests/fixtures/broken/<rule>[.<variant>]/ each hold a tiny data tree with
 * one kind of mistake and, in expected.txt, the exact lines `npm run validate` must print for it.
 * tests/fixtures/valid/ must print nothing, and so must the event template once copied into data/.
 * Adding a mistake: add a folder; no code change. Files too big to keep in the repository are
 * written by this test into a copy of their folder (GENERATED).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readDataFiles } from '../../../../build/readDataFiles.ts';
import { formatFinding, MAX_DATA_FILE_BYTES, validateDataFiles } from '../../../../build/validate/index.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const brokenRoot = path.join(fixtures, 'broken');
const cases = readdirSync(brokenRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const DEPTH = 200_000;
/** Case folder → the file the test adds to it: 400 KB and 2 MB are not worth committing. */
const GENERATED: Record<string, { path: string; text: () => string }> = {
  // JSON.parse takes this; json-source-map, which places findings, ran out of stack on it.
  'unreadable-file.too-deep': { path: 'data/events/deep.json', text: () => '['.repeat(DEPTH) + ']'.repeat(DEPTH) },
  'unreadable-file.too-large': {
    path: 'data/events/archive.json',
    text: () => JSON.stringify({ notes: 'x'.repeat(MAX_DATA_FILE_BYTES) })
  }
};

async function printedLines(treeRoot: string): Promise<string[]> {
  const { findings } = validateDataFiles(await readDataFiles(path.join(treeRoot, 'data')));
  return findings.map(formatFinding);
}

describe('the broken-file corpus', () => {
  it('has a case for every rule', () => {
    const rules = new Set(cases.map((name) => name.split('.')[0]));
    expect([...rules].sort()).toEqual([
      'coordinate-range',
      'deprecated-source',
      'duplicate-domain',
      'duplicate-id',
      'end-before-date',
      'era-overlap',
      'file-name',
      'invalid-date',
      'invalid-id',
      'invalid-url',
      'json-syntax',
      'label-too-long',
      'likely-duplicate',
      'mirror-source',
      'missing-file',
      'missing-label',
      'missing-translation',
      'needs-original-source',
      'relation-actor',
      'relation-direction',
      'schema',
      'schema-version',
      'unexpected-file',
      'unknown-actor',
      'unknown-event',
      'unknown-field',
      'unknown-place',
      'unknown-source-domain',
      'unreadable-file',
      'url-scheme'
    ]);
  });

  it.each(cases)('%s prints exactly expected.txt', async (name) => {
    const expected = readFileSync(path.join(brokenRoot, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const rule = name.split('.')[0];

    // Guards against a vacuous case: something is expected, and it is about the folder's rule.
    expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect(line.endsWith(`  (${rule})`), line).toBe(true);
    expect(await printedLines(await caseTree(name))).toEqual(expected);
  });
});

/** The case's folder, or a copy of it with its generated file added. */
async function caseTree(name: string): Promise<string> {
  const folder = path.join(brokenRoot, name);
  const generated = GENERATED[name];
  if (generated === undefined) return folder;
  const copy = mkdtempSync(path.join(tmpdir(), `${name}-`));
  onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(folder, copy, { recursive: true });
  const file = path.join(copy, generated.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, generated.text());
  return copy;
}

describe('the valid tree', () => {
  it('prints nothing', async () => {
    expect(await printedLines(path.join(fixtures, 'valid'))).toEqual([]);
  });
});

describe('data/templates/event.json', () => {
  it('is a valid event once copied into the real data/events under its id', async () => {
    const dataDir = fileURLToPath(new URL('../../../../data', import.meta.url));
    const template = readFileSync(path.join(dataDir, 'templates', 'event.json'), 'utf8');
    const id = (JSON.parse(template) as { id: string }).id;
    const files = [...(await readDataFiles(dataDir)), { path: `data/events/${id}.json`, text: template }];
    expect(validateDataFiles(files).findings.map(formatFinding)).toEqual([]);
  });
});
