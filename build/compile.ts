import type { ParsedData } from './validate/types.ts';
import type { Dataset, Era, NewsEvent, Release, Story } from '../src/lib/data/types.ts';
import { compareEvents, compareText } from '../src/lib/data/order.ts';
import { classifySource, type SourceDomain } from '../src/lib/sources.ts';

/**
 * The dataset the app fetches, compiled from validated data files: events in timeline order (date,
 * then id, so the output is the same on every machine), places, actors and stories by id, eras in
 * order (they do not overlap), no `$schema` keys (they only help editors), and the classifications
 * of data/sources.json that the events' sources use (the detail panel says what kind of source each
 * is). Does not change `data`.
 */
export function compileDataset(data: ParsedData, release: Release): Dataset {
  return {
    schemaVersion: 1,
    release: { version: release.version, date: release.date },
    events: data.events.map(withoutSchemaKey).sort(compareEvents),
    places: [...data.places].sort(byId),
    actors: [...data.actors].sort(byId),
    stories: data.stories.map(withoutSchemaKey).sort(byId),
    eras: [...data.eras].sort(byStartThenId),
    sourceDomains: citedDomains(data.events, data.sourceDomains)
  };
}

/** Only what the app needs: the classifications some source applies, by domain. */
function citedDomains(events: NewsEvent[], domains: SourceDomain[]): SourceDomain[] {
  const cited = new Set<SourceDomain>();
  for (const event of events) {
    for (const source of event.sources) {
      const entry = classifySource(source.url, domains);
      if (entry !== undefined) cited.add(entry);
    }
  }
  return [...cited].map(({ domain, tier }) => ({ domain, tier })).sort((a, b) => compareText(a.domain, b.domain));
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
