/**
 * The benchmark's synthetic data: generated events pass the same validator as contributors' files,
 * at the project's real places and actors, and convert to TimelineJS's format.
 * Not covered: the browser runner (scripts/bench/run.ts), which only prints figures.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedDataset, generatedEvents, generatedSourcesFile } from '../../../../scripts/bench/generate';
import { toTimelineJs } from '../../../../scripts/bench/timelinejs';
import type { Actor, Place } from '../../../../src/lib/data/types';
import { validateDataFiles, type DataFile } from '../../../../build/validate';

async function realFile(name: string): Promise<DataFile> {
  const path = `data/${name}`;
  return { path, text: await readFile(new URL(`../../../../${path}`, import.meta.url), 'utf8') };
}

const placesFile = await realFile('places.json');
const actorsFile = await realFile('actors.json');
const references = {
  places: (JSON.parse(placesFile.text) as { places: Place[] }).places,
  actors: (JSON.parse(actorsFile.text) as { actors: Actor[] }).actors
};

describe('generatedEvents', () => {
  const events = generatedEvents(600, references);

  it('makes the number of events asked for, each valid, with no warning either', () => {
    const files = events.map((event) => ({ path: `data/events/${event.id}.json`, text: JSON.stringify(event) }));
    const { findings, data } = validateDataFiles([placesFile, actorsFile, generatedSourcesFile(), ...files]);
    expect(findings).toEqual([]);
    expect(data.events).toHaveLength(600);
    expect(new Set(events.map((event) => event.id)).size).toBe(600);
  });

  it('spreads them over the years and places, with some periods and some relations', () => {
    const years = new Set(events.map((event) => event.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    expect(new Set(events.map((event) => event.place)).size).toBeGreaterThan(references.places.length / 2);
    expect(events.filter((event) => event.end).length).toBe(30);
    expect(events.filter((event) => event.relations).length).toBe(200);
    expect(events.filter((event) => event.date.length === 7).length).toBeGreaterThan(50);
  });

  it('is deterministic', () => {
    expect(generatedEvents(50, references)).toEqual(events.slice(0, 50));
  });
});

describe('toTimelineJs', () => {
  it('gives every event a slide with its dates to the known precision, its text escaped', () => {
    const dataset = generatedDataset(60, references);
    dataset.events[0] = { ...dataset.events[0]!, date: '2021-07', end: '2022', title: { en: 'A <b>bold</b> claim', fr: 'x' } };

    const timeline = toTimelineJs(dataset, 'en', 'Pegasus & NSO');

    expect(timeline.title.text.headline).toBe('Pegasus &#38; NSO');
    expect(timeline.events).toHaveLength(60);
    expect(timeline.events[0]).toMatchObject({
      unique_id: dataset.events[0]!.id,
      start_date: { year: 2021, month: 7 },
      end_date: { year: 2022 },
      text: { headline: 'A &#60;b&#62;bold&#60;/b&#62; claim' }
    });
    const dated = timeline.events.find((slide) => slide.start_date.day !== undefined);
    expect(dated?.start_date).toEqual(expect.objectContaining({ year: expect.any(Number), month: expect.any(Number), day: expect.any(Number) }));
  });
});
