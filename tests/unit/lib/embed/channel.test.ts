import { describe, expect, it, vi } from 'vitest';
import { StateReports, heightMessage, hostChannel, readHostInstruction, stateMessage } from '../../../../src/lib/embed/channel';
import { frameOrTimer, heightReporter, type Clock } from '../../../../src/lib/embed/height';
import { hostMessage, readFrameState, readSelectMessage } from '../../../../src/lib/embed/protocol';
import { loadLoader } from '../../static/embedLoader';

/*
 * The embed's side of the conversation with its host page, checked against the loader's side
 * (static/embed.js) so the two halves of the protocol cannot drift apart.
 */

const loader = loadLoader();
const parent = { name: 'the window that framed us' };
const sibling = { name: 'another frame of the page' };

describe('hostChannel', () => {
  it('speaks our format to our loader, and pym’s to pym (our loader wins if both are given)', () => {
    expect(hostChannel({ frame: 'timeline' })).toEqual({ protocol: 'loader', frame: 'timeline' });
    expect(hostChannel({ childId: 'graphic' })).toEqual({ protocol: 'pym', frame: 'graphic' });
    expect(hostChannel({ frame: 'timeline', childId: 'graphic' })).toEqual({ protocol: 'loader', frame: 'timeline' });
    expect(hostChannel({})).toBeNull();
  });
});

describe('embed → host, read by the loader', () => {
  const channel = { protocol: 'loader', frame: 'timeline' } as const;

  it('sends heights the loader reads', () => {
    expect(loader.readEmbedMessage(heightMessage(channel, 640), 'timeline')).toEqual({ type: 'height', height: 640 });
  });

  it('sends states the loader reads, and the loader’s answer is read back', () => {
    const state = { event: 'bis-entity-list', step: 2 };
    expect(loader.readEmbedMessage(stateMessage(channel, state, 'reader'), 'timeline')).toEqual({ type: 'state', state, cause: 'reader' });
    expect(readSelectMessage(loader.selectMessage('timeline', state), 'timeline')).toEqual(state);
  });

  it('sends pym hosts a height string and no state', () => {
    const pym = { protocol: 'pym', frame: 'graphic' } as const;
    expect(heightMessage(pym, 640)).toBe('pymxPYMxgraphicxPYMxheightxPYMx640');
    expect(stateMessage(pym, { event: 'bis-entity-list', step: null }, 'reader')).toBeNull();
  });

  it('writes the documented wire format', () => {
    expect(hostMessage('timeline', { type: 'state', state: { event: null, step: null }, cause: 'link' })).toEqual({
      namespace: 'pegasus-timeline',
      version: 1,
      frame: 'timeline',
      type: 'state',
      payload: { event: null, step: null, cause: 'link' }
    });
  });
});

describe('readHostInstruction', () => {
  const loaderChannel = { protocol: 'loader', frame: 'timeline' } as const;
  const select = loader.selectMessage('timeline', { event: 'macron-bennett-cop26', step: null });

  it('follows the host’s select', () => {
    expect(readHostInstruction({ data: select, source: parent }, loaderChannel, parent)).toEqual({
      kind: 'select',
      state: { event: 'macron-bennett-cop26', step: null }
    });
  });

  it('answers pym’s width with its height', () => {
    const pym = { protocol: 'pym', frame: 'graphic' } as const;
    expect(readHostInstruction({ data: 'pymxPYMxgraphicxPYMxwidthxPYMx640', source: parent }, pym, parent)).toEqual({ kind: 'report-height' });
  });

  it.each([
    ['another frame of the page', { data: select, source: sibling }],
    ['a message without a source window', { data: select, source: null }],
    ['a select for another embed', { data: loader.selectMessage('other', { event: 'a', step: null }), source: parent }],
    ['a malformed select', { data: { ...(select as object), payload: { event: 'a b', step: null } }, source: parent }],
    ['our own message type', { data: hostMessage('timeline', { type: 'height', height: 1 }), source: parent }],
    ['a string', { data: JSON.stringify(select), source: parent }]
  ])('ignores %s', (_label, event) => {
    expect(readHostInstruction(event, loaderChannel, parent)).toBeNull();
  });

  it('ignores a frame that is not the parent even when the parent is unknown (a top-level page)', () => {
    expect(readHostInstruction({ data: select, source: null }, loaderChannel, null)).toBeNull();
  });
});

describe('StateReports', () => {
  const at = (event: string | null, step: number | null = null) => ({ event, step });

  it('reports nothing until the embed has settled its link, then that state as the link’s', () => {
    const reports = new StateReports();
    expect(reports.next(at('unknown-id'), 'url', false)).toBeNull();
    expect(reports.next(at(null), 'url', true)).toEqual({ state: at(null), cause: 'link' });
  });

  it('reports the reader’s selections and story steps as the reader’s, once each', () => {
    const reports = new StateReports();
    reports.next(at('a'), 'url', true);
    expect(reports.next(at('b'), 'timeline', true)).toEqual({ state: at('b'), cause: 'reader' });
    expect(reports.next(at('b'), 'map', true)).toBeNull();
    expect(reports.next(at('c', 2), 'story', true)).toEqual({ state: at('c', 2), cause: 'reader' });
  });

  it('does not echo what the host asked for, and compares later states with it', () => {
    const reports = new StateReports();
    reports.next(at('a'), 'url', true);
    reports.next(at('b'), 'list', true);
    expect(reports.next(at('a'), 'embed', true)).toBeNull();
    expect(reports.next(at('a'), 'detail', true)).toBeNull();
    expect(reports.next(at('b'), 'detail', true)).toEqual({ state: at('b'), cause: 'reader' });
  });

  it('reports a correction of the link (an unknown id dropped) as the link’s', () => {
    const reports = new StateReports();
    reports.next(at('a'), 'url', true);
    reports.next(at('no-such-event'), 'embed', true);
    expect(reports.next(at(null), 'url', true)).toEqual({ state: at(null), cause: 'link' });
  });
});

describe('readFrameState', () => {
  it.each([
    [{ event: 'a', step: 1 }, { event: 'a', step: 1 }],
    [{ event: null, step: null }, { event: null, step: null }],
    [{ event: 'A', step: null }, null],
    [{ event: 'a', step: 0 }, null],
    [{ event: 'a' }, null],
    [['a', 1], null],
    ['a', null]
  ])('%j → %j', (payload, expected) => {
    expect(readFrameState(payload)).toEqual(expected);
  });
});

describe('heightReporter', () => {
  function setup(heights: number[]) {
    const scheduled = new Set<() => void>();
    const sent: number[] = [];
    const measure = vi.fn(() => heights.shift() ?? 0);
    const reporter = heightReporter(measure, (height) => sent.push(height), (callback) => {
      scheduled.add(callback);
      return () => scheduled.delete(callback);
    });
    const runFrame = () => {
      const due = [...scheduled];
      scheduled.clear();
      due.forEach((callback) => callback());
    };
    return { reporter, sent, measure, runFrame };
  }

  it('measures once per frame however many changes come in, rounding up', () => {
    const { reporter, sent, measure, runFrame } = setup([612.2]);
    reporter.changed();
    reporter.changed();
    reporter.changed();
    expect(sent).toEqual([]);
    runFrame();
    expect(measure).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([613]);
  });

  it('sends only when the height changed', () => {
    const { reporter, sent, runFrame } = setup([600, 600, 700]);
    for (let frame = 0; frame < 3; frame += 1) {
      reporter.changed();
      runFrame();
    }
    expect(sent).toEqual([600, 700]);
  });

  it('resends the same height when asked, at once', () => {
    const { reporter, sent, runFrame } = setup([600, 600]);
    reporter.changed();
    runFrame();
    reporter.resend();
    expect(sent).toEqual([600, 600]);
  });

  it('sends nothing after stop', () => {
    const { reporter, sent, runFrame } = setup([600]);
    reporter.changed();
    reporter.stop();
    runFrame();
    expect(sent).toEqual([]);
  });
});

describe('frameOrTimer', () => {
  /** A clock whose frames and timers run only when the test says so. */
  function manualClock() {
    let next = 1;
    const frames = new Map<number, () => void>();
    const timers = new Map<number, { callback: () => void; delay: number }>();
    const clock: Clock = {
      requestAnimationFrame: (callback) => {
        frames.set(next, () => callback(0));
        return next++;
      },
      cancelAnimationFrame: (handle) => frames.delete(handle),
      setTimeout: ((callback: () => void, delay: number) => {
        timers.set(next, { callback, delay });
        return next++;
      }) as Clock['setTimeout'],
      clearTimeout: ((handle: number) => timers.delete(handle)) as Clock['clearTimeout']
    };
    const runFrames = () => [...frames.values()].forEach((run) => run());
    const runTimers = () => [...timers.values()].forEach(({ callback }) => callback());
    return { clock, frames, timers, runFrames, runTimers };
  }

  it('runs on the next frame, and the timer then does nothing', () => {
    const { clock, frames, timers, runFrames } = manualClock();
    const callback = vi.fn();
    frameOrTimer(clock, 100)(callback);
    expect([...timers.values()].map(({ delay }) => delay)).toEqual([100]);
    runFrames();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(frames.size + timers.size).toBe(0);
  });

  it('runs on the timer when no frame comes, as in an off-screen cross-origin frame', () => {
    const { clock, frames, timers, runTimers } = manualClock();
    const callback = vi.fn();
    frameOrTimer(clock)(callback);
    runTimers();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(frames.size + timers.size).toBe(0);
  });

  it('runs nothing once cancelled', () => {
    const { clock, frames, timers } = manualClock();
    const callback = vi.fn();
    frameOrTimer(clock)(callback)();
    expect(frames.size + timers.size).toBe(0);
  });

  it('reports an off-screen embed’s height within the delay', () => {
    const { clock, runTimers } = manualClock();
    const sent: number[] = [];
    const reporter = heightReporter(() => 1480, (height) => sent.push(height), frameOrTimer(clock));
    reporter.changed();
    runTimers();
    expect(sent).toEqual([1480]);
  });
});
