/**
 * compileDataset: what the app fetches, built from validated data.
 * Not covered: reading the files (readDataFiles) and writing releases (release.test.ts).
 */
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import datasetSchema from '../../../data/schema/dataset.v1.schema.json';
import eventSchema from '../../../data/schema/event.v1.schema.json';
import placesSchema from '../../../data/schema/places.v1.schema.json';
import actorsSchema from '../../../data/schema/actors.v1.schema.json';
import storySchema from '../../../data/schema/story.v1.schema.json';
import erasSchema from '../../../data/schema/eras.v1.schema.json';
import sourcesSchema from '../../../data/schema/sources.v1.schema.json';
import { readDataFiles } from '../../../build/readDataFiles';
import { compileDataset } from '../../../build/compile';
import type { NewsEvent } from '../../../src/lib/data/types';
import { validateDataFiles, type ParsedData } from '../../../build/validate';
import { event } from '../../fixtures/dataset';

const release = { version: '1.2.3', date: '2026-11-23' };

function parsed(events: NewsEvent[]): ParsedData {
  return { events, places: [], actors: [], stories: [], eras: [], sourceDomains: [] };
}

describe('compileDataset', () => {
  it('turns the valid fixture tree into a dataset that matches dataset.v1.schema.json', async () => {
    const { findings, data } = validateDataFiles(await readDataFiles(fileURLToPath(new URL('../../fixtures/valid/data', import.meta.url))));
    expect(findings).toEqual([]);
    const ajv = new Ajv2020({ allErrors: true, schemas: [eventSchema, placesSchema, actorsSchema, storySchema, erasSchema, sourcesSchema] });
    ajv.addVocabulary(['schemaVersion']);
    const validateDataset = ajv.compile(datasetSchema);

    const dataset = compileDataset(data, release);

    expect(validateDataset(dataset), JSON.stringify(validateDataset.errors)).toBe(true);
    expect(dataset.release).toEqual(release);
    expect(dataset.events).toHaveLength(2);
    expect(dataset.stories.map((story) => story.id)).toEqual(['entity-list']);
    expect(dataset.eras?.map((era) => era.id)).toEqual(['revelations', 'blacklisting']);
  });

  it('orders events by date, then id, whatever their precision', () => {
    const events = [
      event({ id: 'b', date: '2021-03-01' }),
      event({ id: 'later', date: '2022' }),
      event({ id: 'month', date: '2021-03' }),
      event({ id: 'a', date: '2021-03-01' }),
      event({ id: 'year', date: '2021' })
    ];
    expect(compileDataset(parsed(events), release).events.map((compiled) => compiled.id)).toEqual(['year', 'month', 'a', 'b', 'later']);
  });

  it('orders places, actors and stories by id, and eras by start', () => {
    const data: ParsedData = {
      events: [],
      places: [
        { id: 'washington', name: { en: 'W', fr: 'W' }, lat: 0, lon: 0, country: 'US' },
        { id: 'paris', name: { en: 'P', fr: 'P' }, lat: 0, lon: 0, country: 'FR' }
      ],
      actors: [
        { id: 'nso-group', name: { en: 'N', fr: 'N' }, kind: 'company', country: 'IL', place: 'tel-aviv' },
        { id: 'france', name: { en: 'F', fr: 'F' }, kind: 'state', country: 'FR', place: 'paris' }
      ],
      stories: [
        { schemaVersion: 1, id: 'zeta', title: { en: 'Z', fr: 'Z' }, steps: [{ event: 'a' }] },
        { schemaVersion: 1, id: 'alpha', title: { en: 'A', fr: 'A' }, steps: [{ event: 'a' }] }
      ],
      eras: [
        { id: 'fallout', name: { en: 'F', fr: 'F' }, start: '2021-11', end: '2022-03' },
        { id: 'revelations', name: { en: 'R', fr: 'R' }, start: '2021-07-18', end: '2021-10' }
      ],
      sourceDomains: []
    };
    const dataset = compileDataset(data, release);
    expect(dataset.places.map((place) => place.id)).toEqual(['paris', 'washington']);
    expect(dataset.actors.map((actor) => actor.id)).toEqual(['france', 'nso-group']);
    expect(dataset.stories.map((story) => story.id)).toEqual(['alpha', 'zeta']);
    expect(dataset.eras?.map((era) => era.id)).toEqual(['revelations', 'fallout']);
  });

  it('carries the classifications the sources use, most specific first, and no others', () => {
    const cited = event({
      id: 'a',
      sources: [
        { title: 'T', publisher: 'P', url: 'https://www.lemonde.fr/article', lang: 'fr' },
        { title: 'T', publisher: 'P', url: 'https://blogs.mediapart.fr/la-redaction-de-mediapart/blog/1', lang: 'fr' }
      ]
    });
    const data: ParsedData = {
      ...parsed([cited]),
      sourceDomains: [
        { domain: 'mediapart.fr', tier: 'original' },
        { domain: 'lemonde.fr', tier: 'original', note: 'Paris daily' },
        { domain: 'blogs.mediapart.fr', tier: 'mirror' },
        { domain: 'blogs.mediapart.fr/la-redaction-de-mediapart', tier: 'original' },
        { domain: 'sputniknews.com', tier: 'deprecated' }
      ]
    };
    expect(compileDataset(data, release).sourceDomains).toEqual([
      { domain: 'blogs.mediapart.fr/la-redaction-de-mediapart', tier: 'original' },
      { domain: 'lemonde.fr', tier: 'original' }
    ]);
  });

  it('drops the $schema editor hint from events and stories, and leaves its input alone', () => {
    const withHint = { ...event({ id: 'a' }), $schema: '../schema/event.v1.schema.json' };
    const data = parsed([withHint]);
    const before = structuredClone(data);

    const [compiled] = compileDataset(data, release).events;

    expect(compiled).not.toHaveProperty('$schema');
    expect(compiled).toMatchObject({ id: 'a', schemaVersion: 1 });
    expect(data).toEqual(before);
  });
});
