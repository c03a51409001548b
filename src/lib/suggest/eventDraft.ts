/**
 * "Suggest an event": what the form holds, the event file it writes, and the checker's findings on
 * it. The checker is the validator itself (build/validate), run on the file next to the data the
 * app has loaded, so the form says exactly what `npm run validate` would say in a pull request.
 */
import { findingText, validateDataFiles, type DataFile, type Finding } from '../../../build/validate/index.ts';
import { slugify } from '../../../build/validate/suggest.ts';
import { LANGS, type Category, type Dataset, type Importance, type LocalizedText, type NewsEvent, type RelationKind } from '../data/types';

export interface SourceDraft {
  title: string;
  publisher: string;
  url: string;
  date: string;
  lang: string;
}

export interface RelationDraft {
  from: string;
  to: string;
  kind: RelationKind | '';
}

/** The event as typed: every text as a string ('' when not filled in yet). */
export interface EventDraft {
  id: string;
  date: string;
  end: string;
  title: LocalizedText;
  /** The short name the timeline draws (at most LABEL_MAX_LENGTH characters). */
  label: LocalizedText;
  summary: LocalizedText;
  caveat: LocalizedText;
  place: string;
  actors: string[];
  category: Category | '';
  importance: Importance | '';
  sources: SourceDraft[];
  relations: RelationDraft[];
}

export function emptyText(): LocalizedText {
  return Object.fromEntries(LANGS.map((lang) => [lang, ''])) as LocalizedText;
}

export function emptySource(): SourceDraft {
  return { title: '', publisher: '', url: '', date: '', lang: 'en' };
}

export function emptyRelation(): RelationDraft {
  return { from: '', to: '', kind: '' };
}

export function emptyDraft(): EventDraft {
  return {
    id: '',
    date: '',
    end: '',
    title: emptyText(),
    label: emptyText(),
    summary: emptyText(),
    caveat: emptyText(),
    place: '',
    actors: [],
    category: '',
    importance: '',
    sources: [emptySource()],
    relations: []
  };
}

/** The id the English title suggests, as the validator's did-you-mean would write it. */
export function suggestedId(draft: EventDraft): string {
  return slugify(draft.title.en).slice(0, 80).replace(/-+$/, '');
}

/** Where the file goes: `data/events/<id>.json`. */
export function eventFilePath(id: string): string {
  return `data/events/${id.trim() || 'new-event'}.json`;
}

/**
 * The event file, fields in the template's order. Required fields are always written, even empty,
 * so that the checker points at them; optional ones only when filled in.
 */
export function eventFromDraft(draft: EventDraft): Record<string, unknown> {
  const text = (value: LocalizedText) => Object.fromEntries(LANGS.map((lang) => [lang, value[lang].trim()]));
  const event: Record<string, unknown> = {
    $schema: '../schema/event.v1.schema.json',
    schemaVersion: 1,
    id: draft.id.trim(),
    date: draft.date.trim()
  };
  if (draft.end.trim()) event.end = draft.end.trim();
  event.title = text(draft.title);
  // Optional, but the checker warns without it (the title, shortened, stands in).
  if (LANGS.some((lang) => draft.label[lang].trim())) event.label = text(draft.label);
  if (draft.importance) event.importance = draft.importance;
  event.summary = text(draft.summary);
  if (LANGS.some((lang) => draft.caveat[lang].trim())) event.caveat = text(draft.caveat);
  event.place = draft.place.trim();
  event.actors = draft.actors.map((actor) => actor.trim()).filter(Boolean);
  event.category = draft.category;
  event.sources = draft.sources.map((source) => {
    const written: Record<string, string> = {
      title: source.title.trim(),
      publisher: source.publisher.trim(),
      url: source.url.trim()
    };
    if (source.date.trim()) written.date = source.date.trim();
    written.lang = source.lang.trim();
    return written;
  });
  if (draft.relations.length > 0) event.relations = draft.relations.map(({ from, to, kind }) => ({ from, to, kind }));
  return event;
}

/** As a contributor's editor would save it: two-space indent, a final line break. */
export function eventFileText(draft: EventDraft): string {
  return `${JSON.stringify(eventFromDraft(draft), null, 2)}\n`;
}

/**
 * The data files the loaded dataset came from, so the checker sees the new event among the others
 * (unknown places and actors, duplicate ids, likely duplicates). Built once per dataset.
 */
export function datasetFiles(dataset: Dataset): DataFile[] {
  return [
    { path: 'data/places.json', text: JSON.stringify({ schemaVersion: 1, places: dataset.places }) },
    { path: 'data/actors.json', text: JSON.stringify({ schemaVersion: 1, actors: dataset.actors }) },
    // The publishers the data already cites: a new one is flagged for classification, as in a pull request.
    { path: 'data/sources.json', text: JSON.stringify({ schemaVersion: 1, domains: dataset.sourceDomains ?? [] }) },
    ...dataset.events.map((event: NewsEvent) => ({ path: `data/events/${event.id}.json`, text: JSON.stringify(event) }))
  ];
}

/** What the checker says about the new file alone (the published data is not the contributor's to fix). */
export function checkEventFile(path: string, text: string, published: DataFile[]): Finding[] {
  const others = published.filter((file) => file.path !== path);
  return validateDataFiles([...others, { path, text }]).findings.filter((finding) => finding.file === path);
}

/** A finding as the form shows it: the validator's words. */
export { findingText };

/**
 * GitHub's "new file" page with the name and content filled in: a link the contributor follows
 * (and signs in, forks, proposes), not a request this app makes.
 */
export function githubNewFileUrl(repository: string, path: string, text: string): string {
  const base = repository.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
  return `${base}/new/main?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(text)}`;
}
