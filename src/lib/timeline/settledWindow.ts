import type { Timeline } from 'vis-timeline/esnext';

/**
 * vis-timeline keeps itself hidden until its first redraw after a settled window, and announces a
 * window settled ('rangechanged') 200 ms after a move that is not animated: a reader saw the
 * timeline's items that much later than they were drawn. Its first window is settled once it is
 * built, so it is announced at once, and the first redraw shows the items it lays out.
 */
export function announceSettledWindow(timeline: Timeline): void {
  // The event comes from vis-timeline's own emitter (Core mixes it in); its types name only on and off.
  (timeline as unknown as { emit(event: 'rangechanged', properties: { start: Date; end: Date; byUser: boolean }): void }).emit('rangechanged', {
    ...timeline.getWindow(),
    byUser: false
  });
}
