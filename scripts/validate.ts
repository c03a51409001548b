/**
 * `npm run validate [-- <folder>] [-- --format text|json|github]`: checks the data and explains every problem.
 *
 * <folder> is the folder that contains data/ (default: this repository), so a fixture tree can be
 * checked with `npm run validate -- tests/fixtures/broken/unknown-actor`. Prints errors first, then
 * warnings, grouped by file, and a summary; exits 1 when there is any error. `--format json` (or
 * `--json`) prints `{ findings, files, errors, warnings }` instead, for tools; `--format github`
 * prints GitHub Actions workflow commands, which a pull request shows on the lines they are about.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classifyDataFile, formatFinding, validateDataFiles, type Finding } from '../build/validate/index.ts';
import { githubAnnotation } from '../build/validate/githubAnnotations.ts';
import { readDataFiles } from '../build/readDataFiles.ts';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS = ['text', 'json', 'github'] as const;

const { values: options, positionals } = parseArgs({
  options: { format: { type: 'string', default: 'text' }, json: { type: 'boolean', default: false } },
  allowPositionals: true
});
const format = options.json ? 'json' : options.format;
if (!FORMATS.some((known) => known === format)) {
  console.error(`Unknown --format '${format}': use ${FORMATS.join(', ')}.`);
  process.exit(2);
}
const folderArgument = positionals[0];
const treeRoot = folderArgument === undefined ? repositoryRoot : path.resolve(folderArgument);
const dataDir = path.join(treeRoot, 'data');

if (!existsSync(dataDir)) {
  console.error(`There is no data folder in ${treeRoot}. Give the folder that contains data/.`);
  process.exit(2);
}

const files = await readDataFiles(dataDir);
const { findings } = validateDataFiles(files);
const checkedFiles = files.filter((file) => classifyDataFile(file.path).kind !== 'ignored').length;
const errors = findings.filter((finding) => finding.severity === 'error');
const warnings = findings.filter((finding) => finding.severity === 'warning');

if (format === 'json') {
  console.log(JSON.stringify({ findings, files: checkedFiles, errors: errors.length, warnings: warnings.length }, null, 2));
} else if (format === 'github') {
  // GitHub places annotations by path from the checkout's root, which is where CI runs this.
  const fromWorkingDirectory = (file: string) => path.relative(process.cwd(), path.join(treeRoot, file)).split(path.sep).join('/');
  for (const finding of findings) console.log(githubAnnotation({ ...finding, file: fromWorkingDirectory(finding.file) }));
  console.log(summary());
} else {
  const useColour = process.stdout.isTTY && process.env.NO_COLOR === undefined;
  for (const group of [errors, warnings]) printGrouped(group, useColour);
  console.log(summary());
}
process.exitCode = errors.length > 0 ? 1 : 0;

function summary(): string {
  return `${checkedFiles} ${plural(checkedFiles, 'file')} checked: ${errors.length} ${plural(errors.length, 'error')}, ${warnings.length} ${plural(warnings.length, 'warning')}`;
}

/** Findings are already sorted by file; a blank line between files keeps long lists readable. */
function printGrouped(group: Finding[], useColour: boolean): void {
  let previousFile: string | undefined;
  for (const finding of group) {
    if (previousFile !== undefined && finding.file !== previousFile) console.log('');
    previousFile = finding.file;
    console.log(useColour ? colour(formatFinding(finding), finding.severity) : formatFinding(finding));
  }
  if (group.length > 0) console.log('');
}

function colour(line: string, severity: Finding['severity']): string {
  const code = severity === 'error' ? 31 : 33; // red, yellow
  return line.replace(`  ${severity}  `, `  \u001b[${code}m${severity}\u001b[0m  `);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
