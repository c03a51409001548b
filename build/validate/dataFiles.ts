/**
 * Which file under data/ is what. The layout is fixed so that contributors never have to register
 * a file anywhere: dropping `data/events/<id>.json` in place is enough.
 */

export type DataFileKind = 'places' | 'actors' | 'eras' | 'sources' | 'event' | 'story';

/** Folders under data/ that hold no source data: the JSON Schemas, compiled releases and the file templates. */
export const IGNORED_DATA_DIRS = ['data/schema', 'data/releases', 'data/templates'] as const;

/**
 * The largest data file the validator reads: the largest today (actors.json) is ~13 KB, and every
 * reader downloads all of them. Above it, a file is reported without being read or parsed.
 */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

export type Classification =
  | { kind: DataFileKind }
  /** Not data (a CHANGELOG, a schema, a release, a hidden file): skipped silently. */
  | { kind: 'ignored' }
  /** Looks like it was meant as data but is not in a place the app reads: reported as a warning. */
  | { kind: 'unexpected' };

const EVENT_FILE = /^data\/events\/[^/]+\.json$/;
const STORY_FILE = /^data\/stories\/[^/]+\.json$/;

export function classifyDataFile(path: string): Classification {
  if (!path.startsWith('data/')) return { kind: 'ignored' };
  if (IGNORED_DATA_DIRS.some((dir) => path.startsWith(`${dir}/`))) return { kind: 'ignored' };
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.startsWith('.')) return { kind: 'ignored' };
  if (path === 'data/places.json') return { kind: 'places' };
  if (path === 'data/actors.json') return { kind: 'actors' };
  if (path === 'data/eras.json') return { kind: 'eras' };
  if (path === 'data/sources.json') return { kind: 'sources' };
  if (EVENT_FILE.test(path)) return { kind: 'event' };
  if (STORY_FILE.test(path)) return { kind: 'story' };
  // Anything in the events and stories folders was meant to be read (`x.json.txt`, a subfolder);
  // elsewhere only a stray .json file is suspicious, other files (CHANGELOG.md) are documentation.
  if (path.startsWith('data/events/') || path.startsWith('data/stories/') || path.endsWith('.json')) {
    return { kind: 'unexpected' };
  }
  return { kind: 'ignored' };
}

/** `'data/events/bis-entity-list.json'` → `'bis-entity-list.json'`. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
