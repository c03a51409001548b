import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataGroupCollectionType, Timeline } from 'vis-timeline/esnext';
import { buildTimeline } from '../../../../src/lib/timeline/buildTimeline';
import 'vis-timeline/styles/vis-timeline-graph2d.css';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const label = (text: string) => Object.assign(document.createElement('span'), { textContent: text });
const items = () => [
  { id: 'revelations', start: day('2021-07-18'), type: 'box', group: 'events', content: label('Revelations') },
  { id: 'listing', start: day('2021-11-03'), type: 'box', group: 'events', content: label('Entity List') }
];
const groups = [{ id: 'events', content: label('Events') }] as unknown as DataGroupCollectionType;
const firstWindow = { start: day('2021-06-01'), end: day('2021-12-31') };

let container: HTMLElement | undefined;
let timeline: Timeline | undefined;

afterEach(() => {
  timeline?.destroy();
  container?.remove();
});

function build(options: { start?: Date; min?: Date } = {}) {
  container = document.createElement('div');
  container.style.cssText = 'width: 800px; height: 300px; display: block';
  document.body.append(container);
  timeline = buildTimeline(container, items(), groups, { ...firstWindow, ...options });
  return { root: container, timeline };
}

const drawnItems = (root: HTMLElement) => [...root.querySelectorAll('.vis-item.vis-box')].map((node) => node.textContent);

describe('buildTimeline', () => {
  it('builds no item and lays nothing out, then draws every item of its first window at the next frame', async () => {
    const { root, timeline } = build();
    expect(drawnItems(root)).toEqual([]);
    expect(root.querySelectorAll('.vis-time-axis .vis-text')).toHaveLength(0);
    expect(root.style.display).toBe('block');
    expect(timeline.getWindow()).toEqual(firstWindow);
    await new Promise(requestAnimationFrame);
    await vi.waitFor(() => expect(drawnItems(root).sort()).toEqual(['Entity List', 'Revelations']));
    expect(timeline.getWindow()).toEqual(firstWindow);
  });

  it('opens on its first window at once when there is no room before the items', async () => {
    // A week before the first item (18 July) would start before the earliest date allowed.
    const { root, timeline } = build({ start: day('2021-07-05'), min: day('2021-07-05') });
    expect(timeline.getWindow()).toEqual({ start: day('2021-07-05'), end: firstWindow.end });
    await vi.waitFor(() => expect(drawnItems(root).sort()).toEqual(['Entity List', 'Revelations']));
  });
});
