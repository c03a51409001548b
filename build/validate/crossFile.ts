/**
 * Rules that need more than one file: ids are unique and match file names, every reference points
 * at something that exists, relations stay within the event's actors and read in the right
 * direction, sources follow the source policy, and no event is entered twice.
 */
import { LANGS } from '../../src/lib/data/types.ts';
import { fileName, type DataFileKind } from './dataFiles.ts';
import { displayPath } from './pointer.ts';
import { didYouMeanHint, error, quote, warning, type Problem } from './problem.ts';
import { forEachRecord, isRecord } from './records.ts';
import { ID } from './schema.ts';
import { checkRelationDirections } from './relationDirections.ts';
import { checkEventSources, sourceDomains } from './sourcePolicy.ts';
import { didYouMean, similarity } from './suggest.ts';

export interface ParsedDocument {
  path: string;
  kind: DataFileKind;
  document: unknown;
}

export interface CrossFileInput {
  /** Sorted by path: the first of two duplicates is the one that stays unreported. */
  parsed: ParsedDocument[];
  /** Files that are not valid JSON: their contents are unknown, so rules must not guess about them. */
  unparsed: { path: string; kind: DataFileKind }[];
}

export type Report = (file: string, problem: Problem) => void;

/** Titles at least this similar (0–1), on the same date and place, are probably the same event. */
const DUPLICATE_TITLE_SIMILARITY = 0.8;

/** One record with an id: an event or story file, or an entry of places.json or actors.json. */
interface Entry {
  path: string;
  pointer: string;
  record: Record<string, unknown>;
}

export function checkAcrossFiles({ parsed, unparsed }: CrossFileInput, report: Report): void {
  const ofKind = (kind: DataFileKind): ParsedDocument[] => parsed.filter((file) => file.kind === kind);
  const events = wholeFileEntries(ofKind('event'));
  const stories = wholeFileEntries(ofKind('story'));
  const places = listEntries(ofKind('places'), 'places');
  const actors = listEntries(ofKind('actors'), 'actors');
  const eras = listEntries(ofKind('eras'), 'eras');
  const domains = sourceDomains(listEntries(ofKind('sources'), 'domains'), report);

  const eventIds = checkUniqueIds(events, 'event', report);
  checkUniqueIds(stories, 'story', report);
  const placeIds = checkUniqueIds(places, 'place', report);
  const actorIds = checkUniqueIds(actors, 'actor', report);
  checkUniqueIds(eras, 'era', report);
  checkFileNames([...events, ...stories], report);

  const unparsedKinds = new Set(unparsed.map((file) => file.kind));
  // A file that failed to parse still has an id, its name: stories that use it are not at fault.
  for (const file of unparsed) {
    if (file.kind === 'event') eventIds.add(fileName(file.path).replace(/\.json$/, ''));
  }

  const knownPlaces = referenceTarget('places', placeIds, ofKind('places').length > 0, unparsedKinds);
  const knownActors = referenceTarget('actors', actorIds, ofKind('actors').length > 0, unparsedKinds);
  if (knownPlaces === 'missing' && (events.length > 0 || actors.length > 0)) {
    report('data/places.json', error('missing-file', '', 'data/places.json is missing', 'events and actors refer to the places listed there'));
  }
  if (knownActors === 'missing' && events.length > 0) {
    report('data/actors.json', error('missing-file', '', 'data/actors.json is missing', 'events refer to the actors listed there'));
  }
  const sourcesState = ofKind('sources').length > 0 ? 'read' : unparsedKinds.has('sources') ? 'unreadable' : 'missing';
  if (sourcesState === 'missing' && events.length > 0) {
    report(
      'data/sources.json',
      error('missing-file', '', 'data/sources.json is missing', "events' sources are checked against the publishers classified there")
    );
  }
  const actorKinds = new Map(actors.flatMap(({ record }) => (typeof record.id === 'string' ? [[record.id, record.kind] as const] : [])));

  for (const event of events) {
    if (knownPlaces instanceof Set) checkReference(event.path, '/place', event.record.place, knownPlaces, 'place', report);
    forEachString(event.record.actors, (actor, index) => {
      if (knownActors instanceof Set) checkReference(event.path, `/actors/${index}`, actor, knownActors, 'actor', report);
    });
    checkRelations(event, report);
    checkRelationDirections(event, actorKinds, report);
    if (sourcesState === 'read') checkEventSources(event, domains, report);
  }
  if (knownPlaces instanceof Set) {
    for (const actor of actors) checkReference(actor.path, `${actor.pointer}/place`, actor.record.place, knownPlaces, 'place', report);
  }
  for (const story of stories) {
    forEachRecord(story.record.steps, (step, index) => {
      checkReference(story.path, `/steps/${index}/event`, step.event, eventIds, 'event', report);
    });
  }
  checkLikelyDuplicates(events, report);
}

function wholeFileEntries(files: ParsedDocument[]): Entry[] {
  return files.flatMap(({ path, document }) => (isRecord(document) ? [{ path, pointer: '', record: document }] : []));
}

function listEntries(files: ParsedDocument[], listName: string): Entry[] {
  const entries: Entry[] = [];
  for (const { path, document } of files) {
    if (!isRecord(document)) continue;
    forEachRecord(document[listName], (record, index) => entries.push({ path, pointer: `/${listName}/${index}`, record }));
  }
  return entries;
}

/**
 * Reports every repeat of an id, naming the first use; returns the set of ids. A file named after
 * its id counts as the first use: the copy is the one to change.
 */
function checkUniqueIds(entries: Entry[], noun: string, report: Report): Set<string> {
  const firstUse = new Map<string, Entry>();
  const namedAfterId = (entry: Entry): boolean => fileName(entry.path) === `${String(entry.record.id)}.json`;
  const ownersFirst = [...entries].sort((a, b) => Number(namedAfterId(b)) - Number(namedAfterId(a)));
  for (const entry of ownersFirst) {
    const { id } = entry.record;
    if (typeof id !== 'string') continue;
    const first = firstUse.get(id);
    if (first === undefined) {
      firstUse.set(id, entry);
      continue;
    }
    const where = first.path === entry.path ? `by ${displayPath(first.pointer)}` : `in ${first.path}`;
    report(
      entry.path,
      error('duplicate-id', `${entry.pointer}/id`, `${noun} id ${quote(id)} is already used ${where}`, `give each ${noun} its own id`)
    );
  }
  return new Set(firstUse.keys());
}

/** Event and story files are named after their id, so that links and file names agree. */
function checkFileNames(entries: Entry[], report: Report): void {
  for (const { path, record } of entries) {
    const { id } = record;
    if (typeof id !== 'string' || !ID.test(id)) continue; // a malformed id is reported by the schema
    const name = fileName(path);
    if (name === `${id}.json`) continue;
    report(
      path,
      error('file-name', '/id', `the file name '${name}' does not match the id ${quote(id)}`, `rename the file to '${id}.json', or correct the id`)
    );
  }
}

/**
 * The ids a reference may point at, or why references cannot be checked: the file is 'missing',
 * or it is 'unreadable' (invalid JSON, reported already; checking would flag every reference).
 */
function referenceTarget(
  kind: 'places' | 'actors',
  ids: Set<string>,
  parsed: boolean,
  unparsedKinds: Set<DataFileKind>
): Set<string> | 'missing' | 'unreadable' {
  if (parsed) return ids;
  return unparsedKinds.has(kind) ? 'unreadable' : 'missing';
}

const LISTED_IN: Record<'place' | 'actor' | 'event', string> = {
  place: 'add it to data/places.json first',
  actor: 'add it to data/actors.json first',
  event: 'check the file name in data/events'
};

function checkReference(
  file: string,
  pointer: string,
  value: unknown,
  known: Set<string>,
  noun: 'place' | 'actor' | 'event',
  report: Report
): void {
  if (typeof value !== 'string' || known.has(value)) return; // not a text: the schema says so
  const suggestion = didYouMean(value, [...known]);
  report(
    file,
    error(`unknown-${noun}`, pointer, `unknown ${noun} ${quote(value)}`, didYouMeanHint(suggestion) ?? LISTED_IN[noun])
  );
}

function forEachString(list: unknown, visit: (item: string, index: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item: unknown, index) => {
    if (typeof item === 'string') visit(item, index);
  });
}

/** A relation is drawn between two of the event's actors, so both ends must be listed there. */
function checkRelations(event: Entry, report: Report): void {
  const eventActors: string[] = [];
  forEachString(event.record.actors, (actor) => eventActors.push(actor));
  forEachRecord(event.record.relations, (relation, index) => {
    for (const end of ['from', 'to'] as const) {
      const actor = relation[end];
      if (typeof actor !== 'string' || eventActors.includes(actor)) continue;
      const suggestion = didYouMean(actor, eventActors);
      report(
        event.path,
        error(
          'relation-actor',
          `/relations/${index}/${end}`,
          `${quote(actor)} is not one of this event's actors`,
          didYouMeanHint(suggestion) ?? `add ${quote(actor)} to the event's actors`
        )
      );
    }
  });
}

/**
 * Warns when two events share date and place and have similar titles. Only events in the same
 * date+place bucket are compared, so the work grows with the data, not with its square.
 */
function checkLikelyDuplicates(events: Entry[], report: Report): void {
  const buckets = new Map<string, { entry: Entry; titles: string[] }[]>();
  for (const entry of events) {
    const { date, place, title } = entry.record;
    if (typeof date !== 'string' || typeof place !== 'string' || !isRecord(title)) continue;
    const key = `${date}\u0000${place}`;
    const titles = LANGS.map((lang) => {
      const text = title[lang];
      return typeof text === 'string' ? comparableTitle(text) : '';
    });
    const bucket = buckets.get(key) ?? [];
    // Two events with one id are already reported as duplicate-id.
    const earlier = bucket.find((other) => other.entry.record.id !== entry.record.id && titlesLookAlike(other.titles, titles));
    if (earlier !== undefined) {
      const otherId = earlier.entry.record.id;
      report(
        entry.path,
        warning(
          'likely-duplicate',
          '/title',
          `this event looks like a duplicate of ${typeof otherId === 'string' ? quote(otherId) : earlier.entry.path}: same date and place, similar title`,
          'merge the two events if they are the same; otherwise make the titles say how they differ'
        )
      );
    }
    bucket.push({ entry, titles });
    buckets.set(key, bucket);
  }
}

/** Lowercase words without accents or punctuation, so that only wording differences count. */
function comparableTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function titlesLookAlike(first: string[], second: string[]): boolean {
  return first.some((title, index) => {
    const other = second[index];
    if (title === '' || other === undefined || other === '') return false;
    // Comparing the words sorted as well catches the same words in another order.
    const sortedWords = (text: string): string => text.split(' ').sort().join(' ');
    return Math.max(similarity(title, other), similarity(sortedWords(title), sortedWords(other))) >= DUPLICATE_TITLE_SIMILARITY;
  });
}
