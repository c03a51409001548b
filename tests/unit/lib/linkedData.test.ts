import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/normalize';
import { filterEvents, neighbours, overlapsWindow } from '../../../src/lib/filter';
import { relationArcs } from '../../../src/lib/relations';
import { sampleDataset } from '../../fixtures/dataset';

const index = indexDataset(sampleDataset());
const ids = (events: Array<{ id: string }>) => events.map((event) => event.id);

describe('indexDataset', () => {
  it('orders events chronologically, then by id', () => {
    expect(ids(index.events)).toEqual(['tensions', 'secret-talks', 'entity-list', 'one-hour-notice']);
  });

  it('gives each event its span and its country', () => {
    const talks = index.eventsById.get('secret-talks');
    expect(talks?.start).toEqual(new Date('2021-10-01T00:00:00Z'));
    expect(talks?.finish).toEqual(new Date('2021-11-01T00:00:00Z'));
    expect(talks?.country).toBe('FR');
  });

  it('leaves out an event it cannot place rather than failing the whole dataset', () => {
    const dataset = sampleDataset();
    dataset.events[0] = { ...dataset.events[0]!, place: 'atlantis' };
    expect(indexDataset(dataset).eventsById.has('one-hour-notice')).toBe(false);
  });
});

describe('filterEvents', () => {
  it('keeps everything without filters', () => {
    expect(filterEvents(index.events, { actors: [], categories: [] })).toHaveLength(4);
  });

  it('keeps events of any chosen category', () => {
    expect(ids(filterEvents(index.events, { actors: [], categories: ['regulatory'] }))).toEqual(['entity-list']);
  });

  it('keeps events involving any chosen actor', () => {
    expect(ids(filterEvents(index.events, { actors: ['israel'], categories: [] }))).toEqual(['secret-talks', 'one-hour-notice']);
  });

  it('combines actor and category filters with AND', () => {
    expect(ids(filterEvents(index.events, { actors: ['israel'], categories: ['regulatory'] }))).toEqual([]);
  });
});

describe('overlapsWindow', () => {
  const window = { start: new Date('2021-11-01T00:00:00Z'), end: new Date('2021-12-01T00:00:00Z') };
  it('includes a period that runs through the window', () => {
    expect(overlapsWindow(index.eventsById.get('tensions')!, window)).toBe(true);
  });
  it('excludes a month that ends as the window begins', () => {
    expect(overlapsWindow(index.eventsById.get('secret-talks')!, window)).toBe(false);
  });
});

describe('neighbours', () => {
  it('finds the events before and after', () => {
    const { previous, next } = neighbours(index.events, 'secret-talks');
    expect(previous?.id).toBe('tensions');
    expect(next?.id).toBe('entity-list');
  });
  it('has none for an unknown or empty selection', () => {
    expect(neighbours(index.events, 'nope')).toEqual({});
    expect(neighbours(index.events, null)).toEqual({});
  });
});

describe('relationArcs', () => {
  it('resolves a relation to the seats of its two actors', () => {
    const arcs = relationArcs(index.eventsById.get('one-hour-notice')!, index.actorsById, index.placesById);
    expect(arcs).toHaveLength(1);
    expect(arcs[0]).toMatchObject({ kind: 'notification', from: { id: 'united-states' }, to: { id: 'israel' } });
    expect(arcs[0]?.fromPlace.id).toBe('washington');
    expect(arcs[0]?.toPlace.id).toBe('jerusalem');
  });

  it('skips a relation whose actors sit in the same place: there is no arc to draw', () => {
    expect(relationArcs(index.eventsById.get('entity-list')!, index.actorsById, index.placesById)).toEqual([]);
  });

  it('skips a relation naming an unknown actor', () => {
    const event = { ...index.eventsById.get('one-hour-notice')!, relations: [{ from: 'ghost', to: 'israel', kind: 'meeting' as const }] };
    expect(relationArcs(event, index.actorsById, index.placesById)).toEqual([]);
  });
});
