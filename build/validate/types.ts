import type { Actor, Era, NewsEvent, Place, Story } from '../../src/lib/data/types.ts';
import type { SourceDomain } from '../../src/lib/sources.ts';

/** One file of the data tree, as read from disk or held in memory by a test. */
export interface DataFile {
  /** Path relative to the repository root, with forward slashes: `data/events/bis-entity-list.json`. */
  path: string;
  text: string;
  /** Size on disk, given when the file was too large to read (then `text` is empty). */
  byteLength?: number;
}

/** One problem found in the data, worded for contributors who are not programmers. */
export interface Finding {
  /** Errors fail `npm run validate` and the build; warnings are shown but pass. */
  severity: 'error' | 'warning';
  /** Stable rule id, e.g. `unknown-actor`; CONTRIBUTING.md lists them all. */
  rule: string;
  /** The {@link DataFile.path} the problem is in. */
  file: string;
  /** 1-based line of the offending value (of the key, for unknown fields). */
  line: number;
  /** 1-based column, counted in UTF-16 code units like editors do. */
  column: number;
  /** JSON pointer of the offending value, e.g. `/actors/2`; `''` for the whole file. */
  path: string;
  /** What is wrong, in plain words: "unknown actor 'nso'". */
  message: string;
  /** How to fix it, where a fix is likely: "did you mean 'nso-group'?". */
  hint?: string;
}

/**
 * The documents of every file that parsed as JSON, valid or not, so that tools can show as much as
 * possible. Only use them as the types say once the findings contain no errors.
 */
export interface ParsedData {
  events: NewsEvent[];
  places: Place[];
  actors: Actor[];
  stories: Story[];
  eras: Era[];
  /** The classified domains of data/sources.json. */
  sourceDomains: SourceDomain[];
}

export interface ValidationResult {
  /** Sorted by file, then line and column. */
  findings: Finding[];
  data: ParsedData;
}
