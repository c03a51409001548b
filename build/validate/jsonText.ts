/**
 * Parsing data files and finding where things are in them. JSON.parse does the parsing because it
 * is fast; json-source-map, which is much slower, only runs for files that have something to report.
 */
import { parse as parseWithPointers } from 'json-source-map';
import type { PointerLocations } from 'json-source-map';

export interface Position {
  line: number;
  column: number;
}

/** Which end of a `"key": value` pair a finding points at. */
export type Anchor = 'key' | 'value';

export class SourceText {
  readonly text: string;
  private lineStarts: number[] | undefined;
  private pointers: Record<string, PointerLocations> | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** 1-based line and column of a 0-based offset. */
  positionAt(offset: number): Position {
    this.lineStarts ??= computeLineStarts(this.text);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }

  /** Where the value (or key) at a JSON pointer starts; the start of the file if it is not there. */
  locate(pointer: string, anchor: Anchor = 'value'): Position {
    this.pointers ??= parseWithPointers(this.text).pointers;
    const locations = this.pointers[pointer];
    const location = (anchor === 'key' ? locations?.key : undefined) ?? locations?.value;
    return this.positionAt(location?.pos ?? 0);
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}

export type ParseOutcome =
  | { ok: true; source: SourceText; value: unknown }
  | { ok: false; source: SourceText; error: SyntaxProblem };

export interface SyntaxProblem {
  /** `unreadable-file`: not JSON text at all (binary, or nested past what a parser can follow). */
  rule: 'json-syntax' | 'unreadable-file';
  offset: number;
  message: string;
  hint?: string;
}

/** Editors that save with a byte order mark hide it; so does the validator. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Data files need a handful of levels (a story step's window is 4 deep). Past this the file is not
 * data, and json-source-map, which recurses once per level, would run out of stack (~10,000 levels).
 */
export const MAX_NESTING_DEPTH = 64;

export function parseJson(rawText: string): ParseOutcome {
  const text = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(1) : rawText;
  const source = new SourceText(text);
  const unreadable = binaryProblem(text) ?? nestingProblem(text);
  if (unreadable !== undefined) return { ok: false, source, error: unreadable };
  try {
    return { ok: true, source, value: JSON.parse(text) };
  } catch {
    return { ok: false, source, error: describeSyntaxError(text) };
  }
}

/**
 * Says where and how the JSON is broken, in terms of the mistakes people make when editing by
 * hand. JSON.parse's own messages differ between Node versions and are written for programmers.
 */
export function describeSyntaxError(text: string): SyntaxProblem {
  const problem = describeMistake(text);
  return { rule: 'json-syntax', ...problem };
}

function describeMistake(text: string): Omit<SyntaxProblem, 'rule'> {
  if (text.trim() === '') return { offset: 0, message: 'the file is empty' };

  const offset = syntaxErrorOffset(text);
  if (offset === undefined) {
    // json-source-map accepts raw line breaks and tabs inside texts; JSON does not.
    const controlCharacter = findControlCharacterInString(text);
    if (controlCharacter !== undefined) {
      return {
        offset: controlCharacter,
        message: 'a text runs over a line break or contains a tab',
        hint: 'write each text on one line; if you need a new paragraph, start a new sentence instead'
      };
    }
    return { offset: 0, message: 'the file is not valid JSON' };
  }
  if (offset >= text.length) {
    return {
      offset: lastNonSpace(text, text.length) + 1,
      message: 'the file ends too early',
      hint: "a closing '}' or ']', or the closing quote of a text, is missing"
    };
  }

  const found = text[offset] ?? '';
  const before = lastNonSpace(text, offset);
  const previous = text[before] ?? '';
  if ((found === '}' || found === ']') && previous === ',') {
    return {
      offset: before,
      message: `there is a comma before the closing '${found}'`,
      hint: 'remove the comma after the last item'
    };
  }
  if ('“”‘’«»'.includes(found)) {
    return {
      offset,
      message: `curly quote ${found} found where a straight double quote " belongs`,
      hint: 'JSON only accepts straight double quotes (") around texts; switch off "smart quotes" in your editor'
    };
  }
  if (found === "'") {
    return { offset, message: "single quote ' found", hint: 'JSON needs double quotes (") around texts and field names' };
  }
  if (found === '-' && /\d/.test(previous)) {
    let numberStart = before;
    while (/\d/.test(text[numberStart - 1] ?? '')) numberStart--;
    return { offset: numberStart, message: 'a date without quotes', hint: 'write dates in double quotes, like "2021-11-03"' };
  }
  if (endsValue(previous) && (found === '"' || found === '{' || found === '[')) {
    return { offset, message: 'a comma is missing before this', hint: 'separate fields and list items with commas' };
  }
  if (/[A-Za-z_$]/.test(found) && (previous === '{' || previous === ',')) {
    return { offset, message: 'a field name without double quotes', hint: 'write field names in double quotes, like "title"' };
  }
  return {
    offset,
    message: `unexpected '${found}'`,
    hint: 'look for a missing comma, quote or bracket just before this point'
  };
}

/**
 * NUL and the other control characters JSON never allows outside texts, or U+FFFD, which reading
 * invalid UTF-8 leaves behind: an image, an archive or a UTF-16 file saved under a .json name.
 */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

function binaryProblem(text: string): SyntaxProblem | undefined {
  const match = NOT_TEXT.exec(text);
  if (match === null) return undefined;
  return {
    rule: 'unreadable-file',
    offset: match.index,
    message: 'the file is not UTF-8 text: it holds binary data or was saved in another encoding',
    hint: 'save the data as UTF-8 JSON text (an image or a document renamed to .json cannot be read)'
  };
}

/** A single pass over the text (texts skipped), so that depth costs no stack. */
function nestingProblem(text: string): SyntaxProblem | undefined {
  let depth = 0;
  const offset = findInJson(text, (char, inString) => {
    if (inString) return false;
    if (char === '{' || char === '[') return ++depth > MAX_NESTING_DEPTH;
    if (char === '}' || char === ']') depth--;
    return false;
  });
  if (offset === undefined) return undefined;
  return {
    rule: 'unreadable-file',
    offset,
    message: `lists and objects are nested more than ${MAX_NESTING_DEPTH} levels deep`,
    hint: 'a data file needs only a few levels; look for brackets that were pasted or repeated by mistake'
  };
}

/** The offset json-source-map stopped at: the same on every Node version, unlike JSON.parse's. */
function syntaxErrorOffset(text: string): number | undefined {
  try {
    parseWithPointers(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (message.includes('Unexpected end')) return text.length;
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined ? undefined : Number(position);
  }
}

function findControlCharacterInString(text: string): number | undefined {
  return findInJson(text, (char, inString) => inString && char.charCodeAt(0) < 0x20);
}

/**
 * One walk over JSON text that knows which characters lie inside a text ("…"): `found` sees every
 * character except the quotes around texts and escape sequences, and the walk stops at the first
 * it accepts. Returns that character's offset.
 */
function findInJson(text: string, found: (char: string, inString: boolean) => boolean): number | undefined {
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      else if (found(char, true)) return index;
    } else if (char === '"') {
      inString = true;
    } else if (found(char, false)) {
      return index;
    }
  }
  return undefined;
}

function lastNonSpace(text: string, before: number): number {
  let index = before - 1;
  while (index >= 0 && /\s/.test(text[index] ?? '')) index--;
  return index;
}

/** Whether a character can be the last one of a complete JSON value. */
function endsValue(char: string): boolean {
  return char === '"' || char === '}' || char === ']' || /[0-9a-z]/.test(char);
}
