import type { ParsedData } from './validate/types.ts';
import type { Dataset, Era, NewsEvent, Release, Story } from '../src/lib/data/types.ts';
import { compareEvents, compareText } from '../src/lib/data/order.ts';

/**
 * The dataset the app fetches, compiled from validated data files: events in timeline order (date,
 * then id, so the output is the same on every machine), places, actors and stories by id, eras in
 * order (they do not overlap), and no
 * `$schema` keys (they only help editors). Does not change `data`.
 */
export function compileDataset(data: ParsedData, release: Release): Dataset {
  return {
    schemaVersion: 1,
    release: { version: release.version, date: release.date },
    events: data.events.map(withoutSchemaKey).sort(compareEvents),
    places: [...data.places].sort(byId),
    actors: [...data.actors].sort(byId),
    stories: data.stories.map(withoutSchemaKey).sort(byId),
    eras: [...data.eras].sort(byStartThenId)
  };
}

function withoutSchemaKey<Document extends NewsEvent | Story>(document: Document): Document {
  const { $schema: _editorHint, ...rest } = document as Document & { $schema?: string };
  return rest as Document;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareText(a.id, b.id);
}

function byStartThenId(a: Era, b: Era): number {
  return compareText(a.start, b.start) || compareText(a.id, b.id);
}
