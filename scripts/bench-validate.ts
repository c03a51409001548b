/**
 * `npx tsx scripts/bench-validate.ts [count]`: how long validation takes on a large dataset.
 *
 * Generates `count` (default 10,000) valid event files with varied dates (2016–2022), some periods
 * and some relations, writes them to a temporary folder, then times reading them
 * (readDataFiles) and validating them (validateDataFiles), median of 3 runs each.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CATEGORIES, type Actor, type NewsEvent, type Place } from '../src/lib/data/types';
import { validateDataFiles, type DataFile } from '../src/lib/validate';
import { readDataFiles } from './lib/readDataFiles';

const RUNS = 3;
const eventCount = Number(process.argv[2] ?? 10_000);

const places: Place[] = [
  { id: 'washington', name: { en: 'Washington', fr: 'Washington' }, lat: 38.9072, lon: -77.0369, country: 'US' },
  { id: 'paris', name: { en: 'Paris', fr: 'Paris' }, lat: 48.8566, lon: 2.3522, country: 'FR' },
  { id: 'tel-aviv', name: { en: 'Tel Aviv', fr: 'Tel Aviv' }, lat: 32.0853, lon: 34.7818, country: 'IL' },
  { id: 'rabat', name: { en: 'Rabat', fr: 'Rabat' }, lat: 34.0209, lon: -6.8416, country: 'MA' },
  { id: 'toronto', name: { en: 'Toronto', fr: 'Toronto' }, lat: 43.6532, lon: -79.3832, country: 'CA' }
];
const actors: Actor[] = [
  { id: 'united-states', name: { en: 'United States', fr: 'États-Unis' }, kind: 'state', country: 'US', place: 'washington' },
  { id: 'france', name: { en: 'France', fr: 'France' }, kind: 'state', country: 'FR', place: 'paris' },
  { id: 'nso-group', name: { en: 'NSO Group', fr: 'NSO Group' }, kind: 'company', country: 'IL', place: 'tel-aviv' },
  { id: 'morocco', name: { en: 'Morocco', fr: 'Maroc' }, kind: 'state', country: 'MA', place: 'rabat' },
  { id: 'citizen-lab', name: { en: 'Citizen Lab', fr: 'Citizen Lab' }, kind: 'organization', country: 'CA', place: 'toronto' }
];

function pick<Item>(items: readonly Item[], index: number): Item {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

const TITLE_WORDS = [
  'court', 'spyware', 'minister', 'phone', 'inquiry', 'export', 'licence', 'lawsuit',
  'report', 'journalist', 'embassy', 'sanction', 'forensic', 'hearing', 'leak', 'summit',
  'activist', 'parliament', 'exploit', 'patch', 'visa', 'prosecutor', 'committee', 'moratorium',
  'complaint', 'denial', 'notification', 'vendor', 'diplomat', 'satellite', 'archive', 'treaty'
];
const DAYS_2016_TO_2022 = 2557;
const DAY_MS = 86_400_000;

/** An integer hash (murmur3's finaliser): nearby inputs give unrelated outputs. */
function scramble(value: number): number {
  let hash = value >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Deterministic variety: event n gets its own date, place, actors and title, so no two look alike. */
function generatedEvent(n: number): NewsEvent {
  // Multiplying by a prime spreads consecutive events over all the days of 2016–2022.
  const day = new Date(Date.UTC(2016, 0, 1) + ((n * 7919) % DAYS_2016_TO_2022) * DAY_MS).toISOString().slice(0, 10);
  const precision = n % 50; // mostly full dates, some months, a few years
  const date = precision < 42 ? day : precision < 49 ? day.slice(0, 7) : day.slice(0, 4);
  const words = [0, 1, 2, 3, 4, 5].map((position) => pick(TITLE_WORDS, scramble(n * 8 + position)));
  const first = pick(actors, n);
  const second = pick(actors, n + 1 + (n % 3));
  const event: NewsEvent = {
    schemaVersion: 1,
    id: `generated-event-${n}`,
    date,
    title: { en: `${words.join(' ')} (${first.id})`, fr: `${words.reverse().join(' ')} (${first.id})` },
    summary: {
      en: `A generated summary for event ${n}, long enough to look like the real ones, in two sentences. It names ${second.id}.`,
      fr: `Un résumé généré pour l'événement ${n}, assez long pour ressembler aux vrais, en deux phrases. Il cite ${second.id}.`
    },
    place: pick(places, n * 7).id,
    actors: [first.id, second.id],
    category: pick(CATEGORIES, n),
    sources: [{ title: `Source ${n}`, publisher: 'Example News', url: `https://example.org/news/${n}`, date, lang: n % 2 ? 'en' : 'fr' }]
  };
  if (n % 5 === 0) event.end = `${Number(day.slice(0, 4)) + 1}`;
  if (n % 3 === 0) event.relations = [{ from: first.id, to: second.id, kind: 'statement' }];
  return event;
}

function generatedFiles(count: number): DataFile[] {
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: 'data/places.json', text: json({ schemaVersion: 1, places }) },
    { path: 'data/actors.json', text: json({ schemaVersion: 1, actors }) },
    ...Array.from({ length: count }, (_, n) => {
      const event = generatedEvent(n);
      return { path: `data/events/${event.id}.json`, text: json({ $schema: '../schema/event.v1.schema.json', ...event }) };
    })
  ];
}

async function median(task: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const files = generatedFiles(eventCount);
const treeRoot = await mkdtemp(path.join(tmpdir(), 'pegasus-bench-'));
try {
  await mkdir(path.join(treeRoot, 'data', 'events'), { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(treeRoot, file.path), file.text)));

  const findings = validateDataFiles(files).findings;
  if (findings.length > 0) throw new Error(`the generated data should be valid, but has ${findings.length} findings, such as: ${JSON.stringify(findings[0])}`);

  const readMs = await median(() => readDataFiles(path.join(treeRoot, 'data')));
  const validateMs = await median(() => validateDataFiles(files));
  const megabytes = files.reduce((total, file) => total + file.text.length, 0) / 1e6;

  console.log(`${files.length} files (${megabytes.toFixed(1)} MB), median of ${RUNS} runs:\n`);
  console.log('step                 files        ms     files/s');
  for (const [step, ms] of [
    ['readDataFiles', readMs],
    ['validateDataFiles', validateMs],
    ['total', readMs + validateMs]
  ] as const) {
    console.log(
      `${step.padEnd(18)} ${String(files.length).padStart(7)} ${ms.toFixed(0).padStart(9)} ${Math.round((files.length / ms) * 1000).toString().padStart(11)}`
    );
  }
} finally {
  await rm(treeRoot, { recursive: true, force: true });
}
