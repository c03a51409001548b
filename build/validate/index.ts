/**
 * The data validator: checks the files of data/ and says what is wrong in words contributors can act
 * on. Pure (no file system), so that the CLI (scripts/validate.ts), the Vite build plugin and the
 * tests share it.
 *
 * Which file is what, by path (see ./dataFiles.ts):
 * - `data/places.json`, `data/actors.json`: the lists of places and actors;
 * - `data/eras.json`: the named periods drawn behind the timeline (optional);
 * - `data/sources.json`: the source policy, publishers' domains classified in tiers (../../src/lib/sources.ts);
 * - `data/events/<id>.json`, `data/stories/<id>.json`: one event or story per file;
 * - `data/schema/`, `data/releases/`, `data/templates/` and hidden files: not data, skipped;
 * - any other file in data/events or data/stories, and any other .json file under data/: a warning
 *   (`unexpected-file`), because the app will not read it;
 * - other files (data/CHANGELOG.md): skipped.
 */
import { LABEL_MAX_LENGTH, type Actor, type Era, type NewsEvent, type Place, type Story } from '../../src/lib/data/types.ts';
import { checkAcrossFiles, type ParsedDocument } from './crossFile.ts';
import { classifyDataFile, MAX_DATA_FILE_BYTES, type DataFileKind } from './dataFiles.ts';
import { checkCalendarDate, checkPeriod, documentDates } from './dates.ts';
import { eraProblems } from './eras.ts';
import { parseJson, type SourceText } from './jsonText.ts';
import { displayPath } from './pointer.ts';
import { error, warning, type Problem } from './problem.ts';
import { forEachRecord, isRecord } from './records.ts';
import { schemaProblems } from './schema.ts';
import type { DataFile, Finding, ParsedData, ValidationResult } from './types.ts';
import { compareText } from '../../src/lib/data/order.ts';
import type { SourceDomain } from '../../src/lib/sources.ts';

export type { DataFile, Finding, ParsedData, ValidationResult } from './types.ts';
export { classifyDataFile, IGNORED_DATA_DIRS, MAX_DATA_FILE_BYTES, type DataFileKind } from './dataFiles.ts';

export function validateDataFiles(files: DataFile[]): ValidationResult {
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  const sources = new Map<string, SourceText>();
  const problems = new Map<string, Problem[]>();
  const report = (file: string, problem: Problem): void => {
    const list = problems.get(file);
    if (list === undefined) problems.set(file, [problem]);
    else list.push(problem);
  };
  const findings: Finding[] = [];
  const parsed: ParsedDocument[] = [];
  const unparsed: { path: string; kind: DataFileKind }[] = [];

  for (const file of sorted) {
    const { kind } = classifyDataFile(file.path);
    if (kind === 'ignored') continue;
    if (kind === 'unexpected') {
      findings.push(placeAtStart(file.path, unexpectedFile(file.path)));
      continue;
    }
    if (isTooLarge(file)) {
      findings.push(placeAtStart(file.path, tooLarge()));
      unparsed.push({ path: file.path, kind });
      continue;
    }
    const outcome = parseJson(file.text);
    sources.set(file.path, outcome.source);
    if (!outcome.ok) {
      const { line, column } = outcome.source.positionAt(outcome.error.offset);
      findings.push(toFinding(file.path, error(outcome.error.rule, '', outcome.error.message, outcome.error.hint), line, column));
      unparsed.push({ path: file.path, kind });
      continue;
    }
    parsed.push({ path: file.path, kind, document: outcome.value });
    for (const problem of documentProblems(kind, outcome.value)) report(file.path, problem);
  }

  checkAcrossFiles({ parsed, unparsed }, report);

  for (const [file, fileProblems] of problems) {
    const source = sources.get(file);
    for (const problem of fileProblems) {
      if (source === undefined) {
        findings.push(placeAtStart(file, problem));
        continue;
      }
      const { line, column } = source.locate(problem.pointer, problem.anchor);
      findings.push(toFinding(file, problem, line, column));
    }
  }
  findings.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule)
  );
  return { findings, data: collectData(parsed) };
}


function toFinding(file: string, problem: Problem, line: number, column: number): Finding {
  const finding: Finding = {
    severity: problem.severity,
    rule: problem.rule,
    file,
    line,
    column,
    path: problem.pointer,
    message: problem.message
  };
  if (problem.hint !== undefined) finding.hint = problem.hint;
  return finding;
}

function placeAtStart(file: string, problem: Problem): Finding {
  return toFinding(file, problem, 1, 1);
}

/** Its size on disk when it was not read (readDataFiles), else the UTF-8 size of its text. */
function isTooLarge(file: DataFile): boolean {
  if (file.byteLength !== undefined) return file.byteLength > MAX_DATA_FILE_BYTES;
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most files need no encoding to be cleared.
  return file.text.length * 3 > MAX_DATA_FILE_BYTES && new TextEncoder().encode(file.text).length > MAX_DATA_FILE_BYTES;
}

function tooLarge(): Problem {
  return error(
    'unreadable-file',
    '',
    `the file is larger than ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB, the most a data file may be`,
    'readers download the data on phones; if this really is data, split it or ask the maintainers'
  );
}

function unexpectedFile(path: string): Problem {
  const inFolder = path.startsWith('data/events/') ? 'events' : path.startsWith('data/stories/') ? 'stories' : undefined;
  return warning(
    'unexpected-file',
    '',
    'this file is not read by the site',
    inFolder === undefined
      ? 'data files are data/places.json, data/actors.json, data/eras.json, data/sources.json, data/events/<id>.json and data/stories/<id>.json'
      : `put it directly in data/${inFolder}/ and name it <id>.json`
  );
}

/** Rules that look at one file alone: its schema, then what the schema cannot say (dates, labels). */
function documentProblems(kind: DataFileKind, document: unknown): Problem[] {
  const problems = schemaProblems(kind, document);
  const add = (problem: Problem | undefined): void => {
    if (problem !== undefined) problems.push(problem);
  };
  for (const { value, pointer, field } of documentDates(document)) add(checkCalendarDate(value, pointer, field));
  if (!isRecord(document)) return problems;
  if (kind === 'event') {
    add(
      checkPeriod(document.date, document.end, '/end', {
        start: 'date',
        end: 'end',
        sameHint: 'leave out end for an event that did not last longer than its date'
      })
    );
    if (!('label' in document)) add(missingLabel('title' in document));
  }
  if (kind === 'eras') problems.push(...eraProblems(document.eras));
  if (kind === 'story') {
    forEachRecord(document.steps, (step, index) => {
      if (!isRecord(step.window)) return;
      add(
        checkPeriod(step.window.from, step.window.to, `/steps/${index}/window/to`, {
          start: 'window.from',
          end: 'window.to',
          sameHint: 'the window must end after it starts'
        })
      );
    });
  }
  return problems;
}

/** A warning, not an error: the timeline falls back on the title, cut short, which readers may not follow. */
function missingLabel(hasTitle: boolean): Problem {
  return warning(
    'missing-label',
    hasTitle ? '/title' : '',
    'this event has no label, so the timeline shows its title cut short',
    `add "label": { "en": "…", "fr": "…" } after the title: the event's name in at most ${LABEL_MAX_LENGTH} characters`
  );
}

/** Documents as the types describe them; the findings say whether they really are. */
function collectData(parsed: ParsedDocument[]): ParsedData {
  const data: ParsedData = { events: [], places: [], actors: [], stories: [], eras: [], sourceDomains: [] };
  for (const { kind, document } of parsed) {
    if (!isRecord(document)) continue;
    switch (kind) {
      case 'event':
        data.events.push(document as unknown as NewsEvent);
        break;
      case 'story':
        data.stories.push(document as unknown as Story);
        break;
      case 'places':
        forEachRecord(document.places, (place) => data.places.push(place as unknown as Place));
        break;
      case 'actors':
        forEachRecord(document.actors, (actor) => data.actors.push(actor as unknown as Actor));
        break;
      case 'eras':
        forEachRecord(document.eras, (era) => data.eras.push(era as unknown as Era));
      case 'sources':
        forEachRecord(document.domains, (domain) => data.sourceDomains.push(domain as unknown as SourceDomain));
        break;
    }
  }
  return data;
}

/**
 * One finding on one line, the way compilers print them so that editors can jump to it:
 * `data/events/x.json:7:14  error  actors[2]: unknown actor 'nso'; did you mean 'nso-group'?  (unknown-actor)`
 */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${findingText(finding)}  (${finding.rule})`;
}

/** What a finding says, without where it is: `actors[2]: unknown actor 'nso'; did you mean 'nso-group'?`. */
export function findingText(finding: Finding): string {
  const where = finding.path === '' ? '' : `${displayPath(finding.path)}: `;
  const hint = finding.hint === undefined ? '' : `; ${finding.hint}`;
  return `${where}${finding.message}${hint}`;
}
