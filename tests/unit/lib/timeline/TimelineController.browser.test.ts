import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Timeline } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import { TimelineController, type TimelineInputs, type TimeWindow } from '../../../../src/lib/timeline/TimelineController';
import { indexDataset, type IndexedEvent } from '../../../../src/lib/data/normalize';
import { translator } from '../../../../src/lib/i18n';
import { event, sampleDataset } from '../../../fixtures/dataset';
import '../../../../src/app.css';

/** The sample's four events: two on 2021-11-03 (US), a period from July 2021 (FR), October 2021 (FR). */
const sample = () => indexDataset(sampleDataset()).events;
const autumn2021 = { start: new Date(Date.UTC(2021, 5, 1)), end: new Date(Date.UTC(2022, 1, 1)) };

let current: TimelineController | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  current?.destroy();
  container?.remove();
  current = undefined;
  container = undefined;
});

/** A controller in a 1000 × 400 box, once vis-timeline has reported its first window and shows itself. */
async function draw(overrides: Partial<TimelineInputs> = {}) {
  container = document.createElement('div');
  container.style.cssText = 'width: 1000px; height: 400px';
  document.body.append(container);
  const onSelect = vi.fn<(id: string | null) => void>();
  const onWindowChange = vi.fn<(window: TimeWindow) => void>();
  const created = new TimelineController(
    container,
    { events: sample(), eras: [], lanes: 'category', lang: 'en', t: translator('en'), selectedId: null, window: autumn2021, reducedMotion: true, fitContent: false, ...overrides },
    { onSelect, onWindowChange }
  );
  current = created;
  const root = container;
  await vi.waitFor(() => expect(onWindowChange).toHaveBeenCalled());
  // vis-timeline stays hidden (nothing in it can take focus) until the redraw after its first range.
  await expect.element(page.elementLocator(root.querySelector('.vis-timeline')!)).toBeVisible();
  return { controller: created, root, onSelect, onWindowChange };
}

const item = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`.vis-item [data-event-id="${id}"]`);
const selectedIds = (root: HTMLElement) => [...root.querySelectorAll('.vis-item.vis-selected [data-event-id]')].map((node) => node.getAttribute('data-event-id'));
const laneLabels = (root: HTMLElement) => [...root.querySelectorAll('.vis-labelset .lane-label')].map((node) => node.textContent);
const lastWindow = (spy: { mock: { lastCall?: [TimeWindow] } }) => spy.mock.lastCall?.[0];
const widthOf = (window: TimeWindow | undefined) => (window ? window.end.getTime() - window.start.getTime() : NaN);

describe('TimelineController', () => {
  describe('first draw', () => {
    it('draws nothing while it is built, and draws once the next frame comes', async () => {
      const log = vi.spyOn(console, 'log');
      container = document.createElement('div');
      container.style.cssText = 'width: 1000px; height: 400px';
      document.body.append(container);
      const root = container;
      const onWindowChange = vi.fn<(window: TimeWindow) => void>();
      current = new TimelineController(
        root,
        { events: sample(), eras: [], lanes: 'category', lang: 'en', t: translator('en'), selectedId: null, window: autumn2021, reducedMotion: true, fitContent: false },
        { onSelect: vi.fn(), onWindowChange }
      );
      // A redraw writes the axis's dates: none yet, so building laid nothing out.
      expect(root.querySelectorAll('.vis-time-axis .vis-text')).toHaveLength(0);
      expect(root.style.display).toBe('');
      await new Promise(requestAnimationFrame);
      expect(root.querySelectorAll('.vis-time-axis .vis-text').length).toBeGreaterThan(0);
      expect(item(root, 'entity-list')?.checkVisibility()).toBe(true);
      await vi.waitFor(() => expect(onWindowChange).toHaveBeenCalledExactlyOnceWith(autumn2021));
      // vis-timeline's guard against endless redraws logs when tripped: the redraws it skipped while
      // hidden must not count towards it.
      expect(log).not.toHaveBeenCalledWith(expect.stringContaining('infinite loop'));
    });
  });

  describe('selection', () => {
    it('marks the selected event and brings it into view', async () => {
      const early2017 = { start: new Date(Date.UTC(2017, 0, 1)), end: new Date(Date.UTC(2017, 5, 1)) };
      const { controller, root, onWindowChange, onSelect } = await draw({ window: early2017 });
      // Out of the window: not drawn, or drawn out of sight.
      expect(item(root, 'tensions')?.checkVisibility() ?? false).toBe(false);
      controller.select('tensions');
      // July 2021 to December 2022, with a margin.
      await vi.waitFor(() => {
        const shown = lastWindow(onWindowChange)!;
        expect(shown.start.getTime()).toBeLessThan(Date.UTC(2021, 6, 20));
        expect(shown.end.getTime()).toBeGreaterThan(Date.UTC(2022, 11, 16));
      });
      await vi.waitFor(() => expect(selectedIds(root)).toEqual(['tensions']));
      expect(item(root, 'tensions')?.checkVisibility()).toBe(true);
      controller.select(null);
      await vi.waitFor(() => expect(selectedIds(root)).toEqual([]));
      expect(onSelect).not.toHaveBeenCalled();
    });

    it('reports a click on an item once, and the selection handed back changes nothing', async () => {
      const { controller, root, onSelect } = await draw();
      const setWindow = vi.spyOn(Timeline.prototype, 'setWindow');
      // A context event at this zoom: its bar, unlabelled (labelPlacement.ts).
      const bar = item(root, 'secret-talks')?.closest<HTMLElement>('.vis-item');
      expect(bar).toBeTruthy();
      await userEvent.click(bar!);
      await vi.waitFor(() => expect(onSelect).toHaveBeenCalledExactlyOnceWith('secret-talks'));
      expect(selectedIds(root)).toEqual(['secret-talks']);
      controller.select('secret-talks');
      expect(setWindow).not.toHaveBeenCalled();
      expect(onSelect).toHaveBeenCalledOnce();
      setWindow.mockRestore();
    });
  });

  describe('window', () => {
    it('moves to a window asked for and reports it once settled', async () => {
      const { controller, onWindowChange } = await draw();
      const spring2019 = { start: new Date(Date.UTC(2019, 2, 1)), end: new Date(Date.UTC(2019, 5, 1)) };
      controller.setWindow(spring2019);
      await vi.waitFor(() => expect(lastWindow(onWindowChange)).toEqual(spring2019));
    });

    it('leaves the window alone when asked for the one it shows or just reported', async () => {
      const { controller, onWindowChange } = await draw();
      const setWindow = vi.spyOn(Timeline.prototype, 'setWindow');
      const reported = lastWindow(onWindowChange)!;
      controller.setWindow({ start: new Date(reported.start), end: new Date(reported.end) });
      controller.setWindow(null);
      expect(setWindow).not.toHaveBeenCalled();
      expect(onWindowChange).toHaveBeenCalledOnce();
      setWindow.mockRestore();
    });

    it('shows its items in the first frame that lays them out, not after vis-timeline waits for its window to settle', async () => {
      container = document.createElement('div');
      container.style.cssText = 'width: 1000px; height: 400px';
      document.body.append(container);
      const root = container;
      current = new TimelineController(
        root,
        { events: sample(), eras: [], lanes: 'category', lang: 'en', t: translator('en'), selectedId: null, window: autumn2021, reducedMotion: true, fitContent: false },
        { onSelect: vi.fn(), onWindowChange: vi.fn() }
      );
      const firstFrameWithItems = await new Promise<{ visible: boolean }>((resolve) => {
        const look = () => {
          const item = root.querySelector('.vis-itemset .vis-item');
          if (item) resolve({ visible: item.checkVisibility({ visibilityProperty: true }) });
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      expect(firstFrameWithItems).toEqual({ visible: true });
    });

    it('lays the window out at once for a wider box (the map hidden beside it), not at its one-second poll', async () => {
      const { root } = await draw();
      const centreWidth = () => root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect().width;
      const before = centreWidth();
      root.style.width = '1400px';
      // A ResizeObserver reports at the next frame; vis-timeline alone would wait up to a second.
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
      expect(centreWidth()).toBeCloseTo(before + 400, 0);
    });

    it("reports a reader's zoom with the wheel", async () => {
      const { root, onWindowChange } = await draw();
      const before = widthOf(lastWindow(onWindowChange));
      await userEvent.wheel(page.elementLocator(root.querySelector('.vis-panel.vis-center')!), { delta: { y: 300 } });
      await vi.waitFor(() => expect(widthOf(lastWindow(onWindowChange))).toBeGreaterThan(before));
    });
  });

  describe('lanes', () => {
    it('draws a lane per category, or per country of the events, in the reader’s language', async () => {
      const { controller, root } = await draw();
      expect(laneLabels(root)).toEqual(['Revelation', 'Technical', 'Legal', 'Diplomatic', 'Regulatory', 'Corporate']);
      controller.setLanes('country');
      await vi.waitFor(() => expect(laneLabels(root)).toEqual(['France', 'United States']));
    });
  });

  describe('language', () => {
    it('names lanes, items and the axis in the new language', async () => {
      const { controller, root } = await draw();
      const axis = () => root.querySelector('.vis-time-axis.vis-foreground')?.textContent ?? '';
      await vi.waitFor(() => expect(axis()).toContain('Oct'));
      controller.setLanguage('fr', translator('fr'));
      await vi.waitFor(() => expect(axis()).toContain('oct.'));
      expect(laneLabels(root)).toContain('Diplomatie');
      expect(item(root, 'tensions')?.textContent).toContain('Titre de tensions');
      expect(root.querySelector('.vis-panel.vis-left')?.getAttribute('aria-label')).toBe('Lignes');
    });
  });

  describe('clusters', () => {
    const burst = (): IndexedEvent[] => {
      const dataset = sampleDataset();
      dataset.events = Array.from({ length: 30 }, (_, index) => event({ id: `burst-${index}`, date: '2021-11-03' }));
      return indexDataset(dataset).events;
    };

    it('draws a crowded stretch as one chip, and choosing it zooms in', async () => {
      const { root, onWindowChange } = await draw({ events: burst() });
      const chips = root.querySelectorAll('.vis-item .cluster-label');
      expect([...chips].map((chip) => chip.textContent)).toEqual(['30']);
      expect(root.querySelectorAll('.vis-item [data-event-id]')).toHaveLength(0);
      const before = widthOf(lastWindow(onWindowChange));
      await userEvent.click(chips[0]!);
      // Four times closer: the stretch splits into quarters.
      await vi.waitFor(() => expect(widthOf(lastWindow(onWindowChange))).toBe(before / 4));
    });

    it('builds the items of a jump once, their labels placed for the window it goes to', async () => {
      // Over 2,000 events, so only the items around the window are handed over; a year of monthly
      // events that is one chip at a wide zoom, and single items once a selection zooms in.
      const dataset = sampleDataset();
      const day = (offset: number) => new Date(Date.UTC(2001, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
      const filler = Array.from({ length: 2000 }, (_, index) => event({ id: `filler-${index}`, date: day(index) }));
      const monthly = Array.from({ length: 12 }, (_, month) => event({ id: `monthly-${month}`, date: `2021-${String(month + 1).padStart(2, '0')}-15` }));
      dataset.events = [...dataset.events, ...filler, ...monthly];
      const wide = { start: new Date(Date.UTC(2000, 0, 1)), end: new Date(Date.UTC(2023, 0, 1)) };
      const { controller, root, onWindowChange } = await draw({ events: indexDataset(dataset).events, window: wide });
      expect(item(root, 'monthly-5')).toBeNull();
      const update = vi.spyOn(DataSet.prototype, 'update');
      controller.select('tensions');
      await vi.waitFor(() => expect(selectedIds(root)).toEqual(['tensions']));
      await vi.waitFor(() => expect(item(root, 'monthly-5')?.checkVisibility()).toBe(true));
      // Until the window has settled where the jump and focus() (which centres the event) took it:
      // an item rebuilt for the window it arrived in would be updated by then.
      await vi.waitFor(() => expect(widthOf(lastWindow(onWindowChange))).toBeLessThan(widthOf(wide)));
      // The controller's own DataSet is the first one updated; vis-timeline copies each update into one of its own.
      const ours = update.mock.contexts[0];
      const updatedIds = update.mock.calls.filter((_, call) => update.mock.contexts[call] === ours).flatMap(([items]) => (Array.isArray(items) ? items : [items]).map((item) => String(item.id)));
      expect(updatedIds).toContain('monthly-5');
      // An item updated again is drawn and measured again, in the reader's click.
      expect(updatedIds.filter((id, index) => updatedIds.indexOf(id) !== index)).toEqual([]);
      update.mockRestore();
    });

    it('zooms in when Space is pressed on a focused chip', async () => {
      const { root, onWindowChange } = await draw({ events: burst() });
      const before = widthOf(lastWindow(onWindowChange));
      root.querySelector<HTMLElement>('.vis-item .cluster-label')!.focus();
      await userEvent.keyboard(' ');
      await vi.waitFor(() => expect(widthOf(lastWindow(onWindowChange))).toBe(before / 4));
    });
  });

  describe('keyboard', () => {
    it('selects a focused item with Enter or Space, once each', async () => {
      const { root, onSelect } = await draw();
      item(root, 'tensions')!.focus();
      await userEvent.keyboard('{Enter}');
      expect(onSelect).toHaveBeenCalledExactlyOnceWith('tensions');
      await vi.waitFor(() => expect(selectedIds(root)).toEqual(['tensions']));
      item(root, 'secret-talks')!.focus();
      await userEvent.keyboard(' ');
      expect(onSelect).toHaveBeenLastCalledWith('secret-talks');
      expect(onSelect).toHaveBeenCalledTimes(2);
      await vi.waitFor(() => expect(selectedIds(root)).toEqual(['secret-talks']));
    });
  });

  describe('labels', () => {
    /** The sample with the two events of 3 November 2021 as key ones, and two named eras. */
    const keyed = () => {
      const dataset = sampleDataset();
      dataset.events = dataset.events.map((entry) => (entry.date === '2021-11-03' ? { ...entry, importance: 'key' as const } : entry));
      dataset.eras = [
        { id: 'revelations', name: { en: 'Revelations', fr: 'Révélations' }, start: '2021-07-18', end: '2021-09' },
        { id: 'fallout', name: { en: 'Blacklisting and fallout', fr: 'Liste noire et retombées' }, start: '2021-11-03', end: '2022-03' }
      ];
      return indexDataset(dataset);
    };
    const box = (node: Element | null | undefined) => node!.getBoundingClientRect();
    const centre = (root: HTMLElement) => box(root.querySelector('.vis-panel.vis-center'));
    const text = (root: HTMLElement, id: string) => item(root, id)?.querySelector('.item-label__text');
    const dot = (root: HTMLElement, id: string) => item(root, id)?.querySelector('.item-dot');

    it('puts a label near the right edge before its dot, inside the window, and after it once there is room', async () => {
      const index = keyed();
      const { controller, root, onWindowChange } = await draw({ events: index.events, window: { start: new Date(Date.UTC(2021, 6, 1)), end: new Date(Date.UTC(2021, 10, 8)) } });
      await vi.waitFor(() => expect(box(text(root, 'one-hour-notice')).right).toBeLessThanOrEqual(box(dot(root, 'one-hour-notice')).left));
      expect(box(text(root, 'one-hour-notice')).left).toBeGreaterThanOrEqual(centre(root).left);
      expect(box(text(root, 'one-hour-notice')).right).toBeLessThanOrEqual(centre(root).right);
      const later = { start: new Date(Date.UTC(2021, 9, 20)), end: new Date(Date.UTC(2022, 1, 1)) };
      controller.setWindow(later);
      await vi.waitFor(() => expect(lastWindow(onWindowChange)).toEqual(later));
      await vi.waitFor(() => expect(box(text(root, 'one-hour-notice')).left).toBeGreaterThanOrEqual(box(dot(root, 'one-hour-notice')).right));
      expect(box(text(root, 'one-hour-notice')).right).toBeLessThanOrEqual(centre(root).right);
    });

    it('labels key events at a wide zoom and leaves context ones as dots, labelled once selected', async () => {
      const index = keyed();
      const { controller, root } = await draw({ events: index.events, window: { start: new Date(Date.UTC(2016, 0, 1)), end: new Date(Date.UTC(2023, 0, 1)) } });
      await vi.waitFor(() => expect(text(root, 'one-hour-notice')?.checkVisibility()).toBe(true));
      expect(text(root, 'secret-talks')?.checkVisibility()).toBe(false);
      expect(dot(root, 'entity-list')?.checkVisibility()).toBe(true);
      controller.select('secret-talks');
      await vi.waitFor(() => expect(text(root, 'secret-talks')?.checkVisibility()).toBe(true));
    });

    it('shows the short label on the timeline and the full title in the tooltip', async () => {
      const dataset = sampleDataset();
      dataset.events = [{ ...dataset.events[0]!, label: { en: 'Short one', fr: 'Court' }, importance: 'key' }];
      const { root } = await draw({ events: indexDataset(dataset).events });
      expect(text(root, 'one-hour-notice')?.textContent).toBe('Short one');
      await userEvent.hover(item(root, 'one-hour-notice')!);
      await vi.waitFor(() => expect(root.querySelector('.vis-tooltip')?.textContent).toContain('Title of one-hour-notice'));
    });

    it('draws eras as bands named in a lane of their own, names inside the window, in the reader’s language', async () => {
      const index = keyed();
      const { controller, root } = await draw({ events: index.events, eras: index.eras, window: { start: new Date(Date.UTC(2021, 6, 1)), end: new Date(Date.UTC(2021, 10, 20)) } });
      expect(laneLabels(root)[0]).toBe('Eras');
      expect(root.querySelectorAll('.era-band:not(.era-band--named)')).toHaveLength(2);
      const names = () => [...root.querySelectorAll<HTMLElement>('.era-name')].filter((node) => node.checkVisibility());
      await vi.waitFor(() => expect(names().map((node) => node.textContent)).toEqual(['Revelations', 'Blacklisting and fallout']));
      // The second band begins seventeen days before the window's end: its name is kept inside.
      for (const name of names()) {
        expect(box(name).left).toBeGreaterThanOrEqual(centre(root).left);
        expect(box(name).right).toBeLessThanOrEqual(centre(root).right);
      }
      controller.setLanguage('fr', translator('fr'));
      await vi.waitFor(() => expect(names().map((node) => node.textContent)).toContain('Révélations'));
      expect(laneLabels(root)[0]).toBe('Périodes');
    });
  });

  describe('destroy', () => {
    it('destroys vis-timeline and unmounts every item and lane label', async () => {
      const { controller, root, onWindowChange } = await draw();
      const label = item(root, 'tensions')!;
      const host = label.parentElement!;
      const lane = root.querySelector('.lane-label')!;
      const laneHost = lane.parentElement!;
      const destroy = vi.spyOn(Timeline.prototype, 'destroy');
      controller.destroy();
      current = undefined;
      expect(destroy).toHaveBeenCalledOnce();
      expect(root.querySelector('.vis-timeline')).toBeNull();
      expect(host.childNodes).toHaveLength(0);
      expect(laneHost.childNodes).toHaveLength(0);
      expect(onWindowChange).toHaveBeenCalledOnce();
      destroy.mockRestore();
    });
  });
});
