import type { ParsedData } from './validate/types';
import type { Dataset, NewsEvent, Release, Story } from '../src/lib/data/types';
import { classifySource, type SourceDomain } from '../src/lib/sources';

/**
 * The dataset the app fetches, compiled from validated data files: events in timeline order (date,
 * then id, so the output is the same on every machine), places, actors and stories by id, and no
 * `$schema` keys (they only help editors), and the classifications of data/sources.json that the
 * events' sources use (the detail panel says what kind of source each is). Does not change `data`.
 */
export function compileDataset(data: ParsedData, release: Release): Dataset {
  return {
    schemaVersion: 1,
    release: { version: release.version, date: release.date },
    events: data.events.map(withoutSchemaKey).sort(byDateThenId),
    places: [...data.places].sort(byId),
    actors: [...data.actors].sort(byId),
    stories: data.stories.map(withoutSchemaKey).sort(byId),
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

/** Plain code-point comparison: '2021' sorts before '2021-03', which sorts before '2021-03-01'. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareText(a.id, b.id);
}

function byDateThenId(a: NewsEvent, b: NewsEvent): number {
  return compareText(a.date, b.date) || compareText(a.id, b.id);
}
