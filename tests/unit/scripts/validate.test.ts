/**
 * `npm run validate` as contributors and CI run it: output, summary line and exit code.
 * The messages themselves are specified in validate.test.ts and the broken-file corpus.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

function runValidate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' }
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts tsx, which takes seconds on a busy machine (CI runners, shared hosts).
describe('npm run validate', { timeout: 30_000 }, () => {
  it('exits 0 with a summary for a valid tree', () => {
    const { status, stdout } = runValidate('tests/fixtures/valid');
    expect(stdout).toBe('7 files checked: 0 errors, 0 warnings\n');
    expect(status).toBe(0);
  });

  it('prints the findings and exits 1 when there is an error', () => {
    const { status, stdout } = runValidate('tests/fixtures/broken/unknown-actor');
    expect(stdout).toBe(
      "data/events/bis-entity-list.json:20:5  error  actors[1]: unknown actor 'nso'; did you mean 'nso-group'?  (unknown-actor)\n\n" +
        '4 files checked: 1 error, 0 warnings\n'
    );
    expect(status).toBe(1);
  });

  it('exits 0 when there are only warnings', () => {
    const { status, stdout } = runValidate('tests/fixtures/broken/likely-duplicate');
    expect(stdout).toContain('5 files checked: 0 errors, 1 warning\n');
    expect(status).toBe(0);
  });

  it('prints JSON for tools with --json', () => {
    const { status, stdout } = runValidate('tests/fixtures/broken/unknown-actor', '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      files: 4,
      errors: 1,
      warnings: 0,
      findings: [{ rule: 'unknown-actor', file: 'data/events/bis-entity-list.json', line: 20, column: 5, path: '/actors/1' }]
    });
    expect(status).toBe(1);
  });

  it('prints GitHub workflow commands with --format github, paths from the working folder', () => {
    const { status, stdout } = runValidate('tests/fixtures/broken/unknown-actor', '--format', 'github');
    expect(stdout).toBe(
      "::error file=tests/fixtures/broken/unknown-actor/data/events/bis-entity-list.json,line=20,col=5,title=unknown-actor::actors[1]: unknown actor 'nso'; did you mean 'nso-group'?\n" +
        '4 files checked: 1 error, 0 warnings\n'
    );
    expect(status).toBe(1);
  });

  it('refuses a format it does not know', () => {
    const { status, stderr } = runValidate('--format', 'xml');
    expect(stderr).toBe("Unknown --format 'xml': use text, json, github.\n");
    expect(status).toBe(2);
  });

  it('names the file in one line, with no stack trace, when a file is nested 200,000 levels deep', () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'deep-'));
    onTestFinished(() => rmSync(tree, { recursive: true, force: true }));
    cpSync(path.join(repositoryRoot, 'tests/fixtures/valid'), tree, { recursive: true });
    writeFileSync(path.join(tree, 'data/events/deep.json'), '['.repeat(200_000) + ']'.repeat(200_000));
    const { status, stdout, stderr } = runValidate(tree);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      'data/events/deep.json:1:65  error  lists and objects are nested more than 64 levels deep; a data file needs only a few levels; look for brackets that were pasted or repeated by mistake  (unreadable-file)\n\n' +
        '8 files checked: 1 error, 0 warnings\n'
    );
    expect(status).toBe(1);
  });

  it('says so when the folder has no data/ in it', () => {
    const { status, stderr } = runValidate('tests/unit');
    expect(stderr).toContain('There is no data folder in');
    expect(status).toBe(2);
  });
});
