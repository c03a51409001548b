/**
 * clusterEvents and stretchWidth: what the timeline hands vis-timeline around its window.
 * Not covered: drawing and choosing clusters (TimelineView.svelte, e2e and `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import type { IndexedEvent } from '../../../../src/lib/data/normalize';
import { clusterEvents, entryId, itemSpan, stretchWidth, type ClusterOptions } from '../../../../src/lib/timeline/itemClusters';

const DAY = 86_400_000;
/** An event on day `day` (from 1970), lasting `days`, in lane `group`. */
function at(id: string, day: number, group = 'a', days = 1): IndexedEvent {
  return { id, start: new Date(day * DAY), finish: new Date((day + days) * DAY), category: group } as unknown as IndexedEvent;
}

const options = (overrides: Partial<ClusterOptions> = {}): ClusterOptions => ({
  stretchMs: 8 * DAY,
  maxItems: 3,
  from: 0,
  to: 1000 * DAY,
  groupOf: (event) => event.category,
  ...overrides
});

describe('stretchWidth', () => {
  it('is the time of 200 px, rounded up to a power of two ms', () => {
    expect(stretchWidth(1000, 200)).toBe(1024);
    expect(stretchWidth(365 * DAY, 1000)).toBe(2 ** Math.ceil(Math.log2(73 * DAY)));
  });
  it('does not change while panning, only with the zoom', () => {
    expect(stretchWidth(30 * DAY, 800)).toBe(stretchWidth(30 * DAY, 800));
    expect(stretchWidth(60 * DAY, 800)).toBe(2 * stretchWidth(30 * DAY, 800));
  });
  it('survives a container without width', () => {
    expect(stretchWidth(10_000, 0)).toBeGreaterThan(0);
  });
});

describe('clusterEvents', () => {
  const crowd = [at('a1', 16), at('a2', 17), at('a3', 18), at('a4', 19)];

  it('keeps events single while a stretch has room', () => {
    const entries = clusterEvents(crowd.slice(0, 3), options());
    expect(entries.map(entryId).sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('makes one cluster of a crowded stretch, spanning the stretch', () => {
    const entries = clusterEvents([...crowd, at('later', 40)], options());
    expect(entries).toContainEqual({
      kind: 'cluster',
      cluster: { id: `cluster:a:${8 * DAY}:2`, group: 'a', start: new Date(16 * DAY), end: new Date(24 * DAY), count: 4 }
    });
    expect(entries.map(entryId)).toContain('later');
    expect(entries).toHaveLength(2);
  });

  it('counts each lane on its own', () => {
    const entries = clusterEvents([at('a1', 16), at('a2', 17), at('b1', 18, 'b'), at('b2', 19, 'b')], options());
    expect(entries.every((entry) => entry.kind === 'event')).toBe(true);
  });

  it('never clusters the kept event, and returns it even outside the window', () => {
    expect(clusterEvents(crowd, options({ keep: 'a2' })).map(entryId).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(clusterEvents(crowd, options({ keep: 'a2', from: 500 * DAY })).map(entryId)).toEqual(['a2']);
  });

  it('returns only what overlaps the window, long periods included', () => {
    const period = at('period', 0, 'b', 500);
    const entries = clusterEvents([...crowd, at('far', 900), period], options({ from: 100 * DAY, to: 200 * DAY }));
    expect(entries.map(entryId)).toEqual(['period']);
  });

  it('does not change the events it is given', () => {
    const events = [...crowd];
    clusterEvents(events, options());
    expect(events).toEqual(crowd);
  });
});

describe('itemSpan', () => {
  const window = { start: 100 * DAY, end: 130 * DAY };

  it('is the window and half its width on each side', () => {
    expect(itemSpan(null, window, 800)).toEqual({ from: 85 * DAY, to: 145 * DAY, stretchMs: stretchWidth(30 * DAY, 800) });
  });

  it('stays the same object through a short pan, and moves after a long one', () => {
    const span = itemSpan(null, window, 800);
    expect(itemSpan(span, { start: 105 * DAY, end: 135 * DAY }, 800)).toBe(span);
    expect(itemSpan(span, { start: 110 * DAY, end: 140 * DAY }, 800)).toEqual({ from: 95 * DAY, to: 155 * DAY, stretchMs: span.stretchMs });
  });

  it('changes with the zoom', () => {
    const span = itemSpan(null, window, 800);
    expect(itemSpan(span, { start: 100 * DAY, end: 115 * DAY }, 800).stretchMs).toBe(span.stretchMs / 2);
  });
});
