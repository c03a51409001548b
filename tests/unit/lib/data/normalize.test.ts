/**
 * indexDataset: what every view reads. Here, how it fills in what a dataset may lack (labels,
 * importance and eras are optional; release 1.0.0 has none of them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/lib/data/normalize';
import { LABEL_MAX_LENGTH, type Dataset } from '../../../../src/lib/data/types';
import { event, sampleDataset } from '../../../fixtures/dataset';

describe('indexDataset', () => {
  it('keeps an event’s own label and importance', () => {
    const dataset: Dataset = {
      ...sampleDataset(),
      events: [
        event({
          id: 'one-hour-notice',
          label: { en: 'Israel gets an hour’s notice', fr: 'Israël prévenu une heure avant' },
          importance: 'key'
        })
      ]
    };
    const [indexed] = indexDataset(dataset).events;
    expect(indexed?.label).toEqual({ en: 'Israel gets an hour’s notice', fr: 'Israël prévenu une heure avant' });
    expect(indexed?.importance).toBe('key');
  });

  it('gives an event without them its shortened title and the context importance', () => {
    const dataset: Dataset = {
      ...sampleDataset(),
      events: [event({ id: 'long', title: { en: 'A title that is much too long to be drawn whole on the timeline', fr: 'Court' } })]
    };
    const [indexed] = indexDataset(dataset).events;
    expect(indexed?.label).toEqual({ en: 'A title that is much too long to be…', fr: 'Court' });
    expect(indexed?.importance).toBe('context');
  });

  it('lists eras in time order with their spans, and none when the dataset has none', () => {
    const eras = [
      { id: 'fallout', name: { en: 'Fallout', fr: 'Retombées' }, start: '2021-11-03', end: '2022-03' },
      { id: 'revelations', name: { en: 'Revelations', fr: 'Révélations' }, start: '2021-07-18', end: '2021-09' }
    ];
    const index = indexDataset({ ...sampleDataset(), eras });
    expect(index.eras.map((era) => era.id)).toEqual(['revelations', 'fallout']);
    // An era includes its last day, month or year.
    expect(index.eras[0]?.span).toEqual({ start: new Date('2021-07-18T00:00:00Z'), end: new Date('2021-10-01T00:00:00Z') });
    expect(index.eras[1]?.span).toEqual({ start: new Date('2021-11-03T00:00:00Z'), end: new Date('2022-04-01T00:00:00Z') });
    expect(indexDataset(sampleDataset()).eras).toEqual([]);
  });

  it('reads the frozen release 1.0.0, which has no labels, importance or eras', () => {
    const release = JSON.parse(readFileSync(new URL('../../../../data/releases/1.0.0.json', import.meta.url), 'utf8')) as Dataset;
    expect(release.eras).toBeUndefined();
    expect(release.events.some((candidate) => 'label' in candidate || 'importance' in candidate)).toBe(false);

    const index = indexDataset(release);
    expect(index.events).toHaveLength(36);
    expect(index.eras).toEqual([]);
    expect(new Set(index.events.map((indexed) => indexed.importance))).toEqual(new Set(['context']));
    for (const indexed of index.events) {
      for (const label of Object.values(indexed.label)) expect(Array.from(label).length).toBeLessThanOrEqual(LABEL_MAX_LENGTH);
    }
    expect(index.eventsById.get('israel-one-hour-notice')?.label.en).toBe('Israel learns of the NSO…');
  });
});
