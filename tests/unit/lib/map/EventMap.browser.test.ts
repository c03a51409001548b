import { expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import EventMap from '../../../../src/lib/map/EventMap.svelte';
import { indexDataset } from '../../../../src/lib/data/normalize';
import { relationArcs } from '../../../../src/lib/relations';
import { translator } from '../../../../src/lib/i18n';
import { sampleDataset } from '../../../fixtures/dataset';

it('binds its props to the map: a selection given at first opens its popup and draws its arcs', async () => {
  const index = indexDataset(sampleDataset());
  const selected = index.eventsById.get('one-hour-notice')!;
  const onselect = vi.fn();
  render(EventMap, {
    props: {
      events: index.events,
    index,
    selectedId: selected.id,
    arcs: relationArcs(selected, index.actorsById, index.placesById),
    timeWindow: null,
    lang: 'en',
    t: translator('en'),
    reducedMotion: false,
    onselect
    }
  });
  await expect.poll(() => document.querySelector('.leaflet-popup .place-popup__name')?.textContent).toBe('Washington');
  expect(document.querySelectorAll('path.relation-arc--notification')).toHaveLength(1);
  expect(onselect).not.toHaveBeenCalled();
});
