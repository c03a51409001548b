import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { indexDataset } from '../../../src/lib/data/normalize';
import { sampleDataset } from '../../fixtures/dataset';
import AppViews from './AppViews.harness.svelte';
import '../../../src/app.css';

let address: string;
beforeEach(() => {
  address = `${location.pathname}${location.search}`;
});
afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', address);
});

/** The timeline's item for an event (its label or, unlabelled, its bar). */
const timelineItem = (id: string) => document.querySelector<HTMLElement>(`.vis-item [data-event-id="${id}"]`)?.closest<HTMLElement>('.vis-item');
const timelineSelection = () => [...document.querySelectorAll('.vis-item.vis-selected [data-event-id]')].map((node) => node.getAttribute('data-event-id'));
const popupName = () => document.querySelector('.leaflet-popup .place-popup__name')?.textContent ?? '';

/** Both views drawn, the timeline on the sample's autumn 2021. */
async function shown() {
  const app = new AppState();
  app.setWindow({ start: new Date(Date.UTC(2021, 5, 1)), end: new Date(Date.UTC(2022, 1, 1)) });
  render(AppViews, { props: { app, index: indexDataset(sampleDataset()) } });
  // The first render downloads both libraries.
  await vi.waitFor(() => expect(timelineItem('secret-talks')).toBeTruthy(), { timeout: 15_000 });
  await expect.element(page.elementLocator(document.querySelector('.vis-timeline')!)).toBeVisible();
  await expect.poll(() => document.querySelectorAll('[data-testid="place-marker"]').length).toBeGreaterThan(0);
  return app;
}

it('a choice on the timeline reaches the app state, the address (one history entry) and the map', async () => {
  const app = await shown();
  const pushState = vi.spyOn(history, 'pushState');
  await userEvent.click(timelineItem('secret-talks')!);
  await expect.poll(() => app.selectedId).toBe('secret-talks');
  expect(app.selectionSource).toBe('timeline');
  await expect.poll(() => new URLSearchParams(location.search).get('event')).toBe('secret-talks');
  expect(pushState).toHaveBeenCalledOnce();
  await expect.poll(popupName).not.toBe('');
  expect(document.querySelector('.leaflet-popup [aria-current="true"]')?.getAttribute('data-event-id')).toBe('secret-talks');
});

it('a choice on the map reaches the app state and the timeline marks it', async () => {
  const app = await shown();
  app.select('one-hour-notice', 'url');
  await expect.poll(popupName).toBe('Washington');
  const other = document.querySelector<HTMLElement>('.leaflet-popup [data-event-id]:not([aria-current="true"])');
  expect(other).toBeTruthy();
  const id = other!.getAttribute('data-event-id');
  await userEvent.click(other!);
  await expect.poll(() => app.selectedId).toBe(id);
  expect(app.selectionSource).toBe('map');
  await expect.poll(timelineSelection).toEqual([id]);
});
