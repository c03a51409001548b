/**
 * The GitHub workflows cannot run here, so `npm test` lints them against GitHub's workflow schema
 * (action-validator, offline: WebAssembly in an npm package) and checks they run what the README says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

const workflowsDir = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));
const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name)).sort();
const read = (name: string) => readFileSync(path.join(workflowsDir, name), 'utf8');

describe('.github/workflows', () => {
  it('holds the test and the GitHub Pages workflows', () => {
    expect(workflows).toEqual(['pages.yml', 'test.yml']);
  });

  it.each(workflows)('%s lints clean', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the linter rejects a misspelt key and a job that needs a missing job', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    needs: nope\n    steps:\n      - uses: actions/checkout@v4\n        whith: {}\n';
    expect(validateWorkflow(broken).errors.map((error) => error.code).sort()).toEqual(['one_of', 'unresolved_job']);
  });

  it('test.yml runs the README test command and annotates the data findings', () => {
    const workflow = read('test.yml');
    expect(workflow).toContain('run: npm ci --no-audit --no-fund');
    expect(workflow).toContain('run: npm test');
    expect(workflow).toContain('run: npm run validate -- --format github');
    expect(workflow).toContain('path: playwright-report/');
  });

  it('pages.yml publishes the build with the Pages actions', () => {
    const workflow = read('pages.yml');
    expect(workflow).toContain('uses: actions/upload-pages-artifact@');
    expect(workflow).toContain('uses: actions/deploy-pages@');
    expect(workflow).toContain('run: diff -r data/releases dist/data/releases');
  });
});
