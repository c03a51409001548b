import { eventSpan } from '../dates';
import { classifySource, type SourceTier } from '../sources';
import { eventImportance, eventLabel } from './fallbacks';
import { compareEvents } from './order';
import type { Actor, Dataset, Era, Importance, LocalizedText, NewsEvent, Place, Story } from './types';

/** An event with what every view needs precomputed once, at load. */
export interface IndexedEvent extends NewsEvent {
  /** Its label, or its title shortened (see fallbacks.ts). */
  label: LocalizedText;
  /** Its importance, or the fallback (see fallbacks.ts). */
  importance: Importance;
  /** First instant, UTC. */
  start: Date;
  /** First instant after the event (exclusive), UTC. */
  finish: Date;
  /** Country of the event's place: the "by country" lane. */
  country: string;
}

/** An era with its dates as instants, UTC: from its first instant to the first one after it. */
export interface IndexedEra extends Era {
  span: { start: Date; end: Date };
}

export interface DatasetIndex {
  dataset: Dataset;
  /** Chronological, then by id, so every view lists events in the same order. */
  events: IndexedEvent[];
  eventsById: Map<string, IndexedEvent>;
  placesById: Map<string, Place>;
  actorsById: Map<string, Actor>;
  storiesById: Map<string, Story>;
  /** Chronological; empty for data without eras (release 1.0.0). */
  eras: IndexedEra[];
  /** What kind of source a URL is, by data/sources.json; undefined for releases made before it existed. */
  sourceTier: (url: string) => SourceTier | undefined;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const events: IndexedEvent[] = [];
  for (const event of dataset.events) {
    const span = eventSpan(event.date, event.end);
    const place = placesById.get(event.place);
    // The schema cannot see across records; an event that cannot be placed in time or space is left out.
    if (!span || !place) continue;
    events.push({
      ...event,
      label: eventLabel(event),
      importance: eventImportance(event),
      start: span.start,
      finish: span.end,
      country: place.country
    });
  }
  events.sort(compareEvents);
  return {
    dataset,
    events,
    eventsById: new Map(events.map((event) => [event.id, event])),
    placesById,
    actorsById,
    storiesById: new Map(dataset.stories.map((story) => [story.id, story])),
    eras: indexEras(dataset.eras ?? []),
    sourceTier: (url) => classifySource(url, dataset.sourceDomains ?? [])?.tier
  };
}

function indexEras(eras: Era[]): IndexedEra[] {
  const indexed: IndexedEra[] = [];
  for (const era of eras) {
    const span = eventSpan(era.start, era.end);
    if (span) indexed.push({ ...era, span });
  }
  return indexed.sort((a, b) => a.span.start.getTime() - b.span.start.getTime() || a.id.localeCompare(b.id));
}
