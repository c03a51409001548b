/**
 * Domain types of data format version 1. They mirror data/schema/*.v1.schema.json;
 * the schema is the source of truth (the validator checks data against it); keep the two in step.
 */
import type { RelationKind } from '../relations.ts';
import type { SourceDomain } from '../sources';

/** Every language the data and the interface are written in. Adding one: see README. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A text given in every language. */
export type LocalizedText = Record<Lang, string>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date carries its own precision. */
export type PartialDate = string;

export const CATEGORIES = ['revelation', 'technical', 'legal', 'diplomatic', 'regulatory', 'corporate'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How much an event matters to the story, most first: `key` events carry the story (the timeline's
 * first screen spans them), `notable` ones are worth a label, `context` ones fill in the background.
 */
export const IMPORTANCES = ['key', 'notable', 'context'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** An event's `label` is drawn whole on the timeline, so it has at most this many characters. */
export const LABEL_MAX_LENGTH = 36;

// Relation kinds have their home with how each is drawn (src/lib/relations.ts).
export { RELATION_KINDS, type RelationKind } from '../relations.ts';

export const ACTOR_KINDS = ['state', 'government-body', 'court', 'company', 'organization', 'media', 'person'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Source {
  title: string;
  publisher: string;
  url: string;
  date?: PartialDate;
  lang: string;
}

export interface Relation {
  from: string;
  to: string;
  kind: RelationKind;
}

export interface Correction {
  date: string;
  note: LocalizedText;
}

export interface NewsEvent {
  schemaVersion: 1;
  id: string;
  date: PartialDate;
  end?: PartialDate;
  title: LocalizedText;
  /** Short name drawn on the timeline (at most LABEL_MAX_LENGTH characters); optional, see eventLabel. */
  label?: LocalizedText;
  /** Optional (release 1.0.0 has none); see eventImportance. */
  importance?: Importance;
  summary: LocalizedText;
  caveat?: LocalizedText;
  place: string;
  actors: string[];
  category: Category;
  sources: Source[];
  relations?: Relation[];
  corrections?: Correction[];
}

export interface Place {
  id: string;
  name: LocalizedText;
  lat: number;
  lon: number;
  country: string;
}

export interface Actor {
  id: string;
  name: LocalizedText;
  kind: ActorKind;
  country: string;
  place: string;
}

/** A named period of the affair (data/eras.json), drawn as a band behind the timeline. */
export interface Era {
  id: string;
  name: LocalizedText;
  start: PartialDate;
  end: PartialDate;
  description?: LocalizedText;
}

export interface StoryStep {
  event: string;
  notes?: LocalizedText;
  window?: { from: PartialDate; to: PartialDate };
  zoom?: number;
}

export interface Story {
  schemaVersion: 1;
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  steps: StoryStep[];
}

export interface Release {
  /** Semantic version of a data release, or `latest` for the working tree. */
  version: string;
  /** ISO date of the release. */
  date: string;
}

/** The compiled dataset the app fetches (data/schema/dataset.v1.schema.json). */
export interface Dataset {
  schemaVersion: 1;
  release: Release;
  events: NewsEvent[];
  places: Place[];
  actors: Actor[];
  stories: Story[];
  /** Optional: release 1.0.0 has none. */
  eras?: Era[];
  /** The classifications of data/sources.json that the events' sources use; absent from releases before it existed. */
  sourceDomains?: SourceDomain[];
}
