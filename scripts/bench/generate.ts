/**
 * Synthetic events for the benchmarks: as many valid events as asked, in the project's data format,
 * at real places and between real actors (passed in from data/places.json and data/actors.json),
 * spread over 2016–2022, some of them periods and some with relations. Deterministic: event n is
 * the same on every run, so runs and machines compare.
 */
import { compileDataset } from '../../build/compile.ts';
import { CATEGORIES, RELATION_KINDS, type Actor, type Dataset, type NewsEvent, type Place } from '../../src/lib/data/types.ts';
import type { SourceDomain } from '../../src/lib/sources.ts';

const TITLE_WORDS = [
  'court', 'spyware', 'minister', 'phone', 'inquiry', 'export', 'licence', 'lawsuit',
  'report', 'journalist', 'embassy', 'sanction', 'forensic', 'hearing', 'leak', 'summit',
  'activist', 'parliament', 'exploit', 'patch', 'visa', 'prosecutor', 'committee', 'moratorium',
  'complaint', 'denial', 'notification', 'vendor', 'diplomat', 'satellite', 'archive', 'treaty'
];
const DAYS_2016_TO_2022 = 2557;
const DAY_MS = 86_400_000;

function pick<Item>(items: readonly Item[], index: number): Item {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

/** An integer hash (murmur3's finaliser): nearby inputs give unrelated outputs. */
function scramble(value: number): number {
  let hash = value >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Event n: its own date, place, actors and title, so that no two look alike to the duplicate check. */
export function generatedEvent(n: number, { places, actors }: { places: readonly Place[]; actors: readonly Actor[] }): NewsEvent {
  // Multiplying by a prime spreads consecutive events over all the days of 2016–2022.
  const day = new Date(Date.UTC(2016, 0, 1) + ((n * 7919) % DAYS_2016_TO_2022) * DAY_MS).toISOString().slice(0, 10);
  const precision = n % 50; // mostly full dates, some months, a few years
  const date = precision < 42 ? day : precision < 49 ? day.slice(0, 7) : day.slice(0, 4);
  const words = [0, 1, 2, 3, 4, 5].map((position) => pick(TITLE_WORDS, scramble(n * 8 + position)));
  const first = pick(actors, scramble(n));
  const second = pick(actors, scramble(n) + 1 + (n % 7));
  const event: NewsEvent = {
    schemaVersion: 1,
    id: `generated-event-${n}`,
    date,
    title: { en: `${words.join(' ')} (${n})`, fr: `${words.reverse().join(' ')} (${n})` },
    label: { en: `Generated event ${n}`, fr: `Événement généré ${n}` },
    // About as rare as in the real data: one key event in fifty, one notable in five.
    importance: n % 50 === 0 ? 'key' : n % 5 === 0 ? 'notable' : 'context',
    summary: {
      en: `A generated summary for event ${n}, long enough to look like the real ones, in two sentences. It names ${second.name.en}.`,
      fr: `Un résumé généré pour l'événement ${n}, assez long pour ressembler aux vrais, en deux phrases. Il cite ${second.name.fr}.`
    },
    // Half at an actor's seat, like most real events; the rest anywhere on the list.
    place: n % 2 ? first.place : pick(places, scramble(n * 31)).id,
    actors: [first.id, second.id],
    category: pick(CATEGORIES, n),
    sources: [{ title: `Source ${n}`, publisher: 'Example News', url: `https://example.org/news/${n}`, date, lang: n % 2 ? 'en' : 'fr' }]
  };
  // A relation reads the right way round: only a court rules, and a court never sues.
  const kinds = RELATION_KINDS.filter((kind) => kind !== (first.kind === 'court' ? 'lawsuit' : 'ruling'));
  // One in twenty is a period of one to six months, about as often as in the real data.
  if (n % 20 === 0) event.end = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) + (n % 6), 1)).toISOString().slice(0, 7);
  if (n % 3 === 0) event.relations = [{ from: first.id, to: second.id, kind: pick(kinds, n) }];
  return event;
}

/** How the source policy classifies the generated sources' publisher (data/sources.json does not list it). */
export const GENERATED_SOURCE_DOMAIN: SourceDomain = { domain: 'example.org', tier: 'original' };

/** The data/sources.json of a tree of generated events. */
export function generatedSourcesFile(): { path: string; text: string } {
  return { path: 'data/sources.json', text: `${JSON.stringify({ schemaVersion: 1, domains: [GENERATED_SOURCE_DOMAIN] }, null, 2)}\n` };
}

export function generatedEvents(count: number, references: { places: readonly Place[]; actors: readonly Actor[] }): NewsEvent[] {
  return Array.from({ length: count }, (_, n) => generatedEvent(n, references));
}

/** The dataset the app fetches, with `count` generated events (no stories: theirs name real events). */
export function generatedDataset(count: number, { places, actors }: { places: Place[]; actors: Actor[] }): Dataset {
  return compileDataset(
    { events: generatedEvents(count, { places, actors }), places, actors, stories: [], eras: [], sourceDomains: [GENERATED_SOURCE_DOMAIN] },
    { version: 'latest', date: '2026-11-23' }
  );
}
