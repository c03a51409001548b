/**
 * planItemChanges: which timeline items a change of entries (events and clusters), language or
 * lanes rebuilds. Not covered: applying the plan to vis-timeline's DataSet (TimelineView.svelte, e2e).
 */
import { describe, expect, it } from 'vitest';
import { indexDataset, type IndexedEvent } from '../../../../src/lib/data/normalize';
import { entryId, type TimelineEntry } from '../../../../src/lib/timeline/itemClusters';
import { planItemChanges, type ItemSource } from '../../../../src/lib/timeline/itemChanges';
import { sampleDataset } from '../../../fixtures/dataset';

const indexed = indexDataset(sampleDataset()).events;
const asEntries = (list: readonly IndexedEvent[]): TimelineEntry[] => list.map((event) => ({ kind: 'event', event }));
const events = asEntries(indexed);
const ids = (list: readonly TimelineEntry[]) => list.map(entryId).sort();

function shownAs(list: readonly TimelineEntry[], lang: ItemSource['lang'] = 'en', lanes: ItemSource['lanes'] = 'category') {
  return new Map(list.map((entry): [string, ItemSource] => [entryId(entry), { entry, lang, lanes }]));
}

function cluster(count: number): TimelineEntry {
  return { kind: 'cluster', cluster: { id: 'cluster:category:legal:1024:7', group: 'category:legal', start: new Date(7168), end: new Date(8192), count } };
}

describe('planItemChanges', () => {
  const cases: Array<{ name: string; shown: Map<string, ItemSource>; next: TimelineEntry[]; lang?: 'en' | 'fr'; lanes?: 'category' | 'country'; remove: string[]; build: string[] }> = [
    { name: 'builds every item at first', shown: new Map(), next: events, remove: [], build: ids(events) },
    { name: 'leaves unchanged items alone', shown: shownAs(events), next: events, remove: [], build: [] },
    { name: 'only removes what a filter hides', shown: shownAs(events), next: events.slice(0, 1), remove: ids(events.slice(1)), build: [] },
    { name: 'only builds what a filter brings back', shown: shownAs(events.slice(0, 1)), next: events, remove: [], build: ids(events.slice(1)) },
    { name: 'rebuilds everything in another language', shown: shownAs(events), next: events, lang: 'fr', remove: [], build: ids(events) },
    { name: 'rebuilds everything in other lanes', shown: shownAs(events), next: events, lanes: 'country', remove: [], build: ids(events) },
    { name: 'keeps a cluster whose count is the same', shown: shownAs([cluster(9)]), next: [cluster(9)], remove: [], build: [] },
    { name: 'rebuilds a cluster whose count changed', shown: shownAs([cluster(9)]), next: [cluster(8)], remove: [], build: ['cluster:category:legal:1024:7'] }
  ];
  for (const { name, shown, next, lang = 'en', lanes = 'category', remove, build } of cases) {
    it(name, () => {
      const plan = planItemChanges(shown, next, lang, lanes);
      expect(plan.remove.sort()).toEqual(remove);
      expect(ids(plan.build)).toEqual(build.sort());
    });
  }

  it('rebuilds an event that changed (a new dataset), by identity', () => {
    const [first, ...rest] = indexed;
    const changed = { ...first!, title: { en: 'Corrected', fr: 'Corrigé' } };
    expect(ids(planItemChanges(shownAs(events), asEntries([changed, ...rest]), 'en', 'category').build)).toEqual([first!.id]);
  });

  it('does not change what it is given', () => {
    const shown = shownAs(events);
    const next = events.slice(1);
    planItemChanges(shown, next, 'fr', 'country');
    expect([...shown.keys()]).toEqual(events.map(entryId));
    expect(next).toEqual(events.slice(1));
  });
});
