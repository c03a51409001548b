/*
 * The presenter's pure parts: keys and swipes (commands.ts), kiosk playback (autoplay.ts), the
 * speaker's clock (elapsed.ts), the channel between windows (stepChannel.ts) and the presenter
 * driving the app state (presenter.ts). Not covered here: the component wiring, fullscreen and
 * the second window, which tests/e2e/presenter.spec.ts drives in Chromium.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presenterCommand, swipeCommand, type KeyPress } from '../../../../src/lib/story/commands';
import { Autoplay, resumeDelayMs, type AutoplayState } from '../../../../src/lib/story/autoplay';
import { formatElapsed } from '../../../../src/lib/story/elapsed';
import { openStepChannel, readStepMessage } from '../../../../src/lib/story/stepChannel';
import { StoryPresenter } from '../../../../src/lib/story/presenter';
import { resolveStory } from '../../../../src/lib/story/steps';
import { AppState } from '../../../../src/lib/state/appState.svelte';
import { indexDataset } from '../../../../src/lib/data/normalize';
import { sampleDataset } from '../../../fixtures/dataset';

function press(key: string, overrides: Partial<KeyPress> = {}): KeyPress {
  return { key, altKey: false, ctrlKey: false, metaKey: false, defaultPrevented: false, target: { tagName: 'BODY' }, ...overrides };
}

describe('presenterCommand', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['s', 'speaker'],
    ['S', 'speaker'],
    ['?', 'help'],
    ['Escape', 'leave']
  ])('%j means %s', (key, command) => {
    expect(presenterCommand(press(key))).toBe(command);
  });

  it.each(['ArrowDown', 'a', 'Tab', 'p', 'Shift'])('leaves %j alone', (key) => {
    expect(presenterCommand(press(key))).toBeNull();
  });

  it('leaves keys with Ctrl, ⌘ or Alt to the browser (Ctrl+P prints)', () => {
    expect(presenterCommand(press('f', { ctrlKey: true }))).toBeNull();
    expect(presenterCommand(press('ArrowRight', { metaKey: true }))).toBeNull();
    expect(presenterCommand(press('ArrowLeft', { altKey: true }))).toBeNull();
  });

  it('ignores keys typed into a form field, and keys already handled', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(presenterCommand(press('ArrowRight', { target: { tagName } }))).toBeNull();
    }
    expect(presenterCommand(press('f', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull();
    expect(presenterCommand(press('ArrowRight', { defaultPrevented: true }))).toBeNull();
  });

  it('leaves Space and Enter to a focused button or link, but still steps with the arrows there', () => {
    const button = { tagName: 'BUTTON' };
    const marker = { tagName: 'DIV', getAttribute: (name: string) => (name === 'role' ? 'button' : null) };
    for (const target of [button, { tagName: 'A' }, marker]) {
      expect(presenterCommand(press(' ', { target }))).toBeNull();
      expect(presenterCommand(press('Enter', { target }))).toBeNull();
      expect(presenterCommand(press('ArrowRight', { target }))).toBe('next');
    }
  });
});

describe('swipeCommand', () => {
  it.each([
    [-120, 10, 'next'],
    [140, -20, 'previous'],
    [-60, 0, 'next'],
    [-59, 0, null],
    [-100, 60, null],
    [5, 300, null]
  ])('a swipe of %i, %i px means %s', (dx, dy, command) => {
    expect(swipeCommand(dx, dy)).toBe(command);
  });
});

describe('Autoplay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function player(steps: number, intervalMs = 5_000, resumeAfterMs = 30_000) {
    let step = 1;
    const states: AutoplayState[] = [];
    const autoplay = new Autoplay({
      intervalMs,
      resumeAfterMs,
      advance: () => {
        if (step >= steps) return false;
        step += 1;
        return true;
      },
      onstate: (state) => states.push(state)
    });
    return { autoplay, states, step: () => step };
  }

  it('advances one step per interval, and finishes at the end', () => {
    const { autoplay, states, step } = player(3);
    autoplay.start();
    vi.advanceTimersByTime(4_999);
    expect(step()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(step()).toBe(2);
    vi.advanceTimersByTime(5_000);
    expect(step()).toBe(3);
    vi.advanceTimersByTime(5_000);
    expect(autoplay.state).toBe('finished');
    expect(states).toEqual(['playing', 'finished']);
  });

  it('pauses on input, and plays again after a quiet while', () => {
    const { autoplay, states, step } = player(10);
    autoplay.start();
    vi.advanceTimersByTime(5_000);
    expect(step()).toBe(2);
    autoplay.interrupt();
    expect(autoplay.state).toBe('paused');
    vi.advanceTimersByTime(29_000);
    autoplay.interrupt(); // more input restarts the quiet time
    vi.advanceTimersByTime(29_999);
    expect(step()).toBe(2);
    vi.advanceTimersByTime(1);
    expect(autoplay.state).toBe('playing');
    vi.advanceTimersByTime(5_000);
    expect(step()).toBe(3);
    expect(states).toEqual(['playing', 'paused', 'playing']);
  });

  it('stops for good', () => {
    const { autoplay, step } = player(10);
    autoplay.start();
    autoplay.stop();
    vi.advanceTimersByTime(60_000);
    expect(step()).toBe(1);
  });

  it('waits at least 30 s, and at least one step’s time, before playing again', () => {
    expect(resumeDelayMs(5_000)).toBe(30_000);
    expect(resumeDelayMs(90_000)).toBe(90_000);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_000, '1:05'],
    [3_599_000, '59:59'],
    [3_729_000, '1:02:09'],
    [-5_000, '0:00'],
    [Number.NaN, '0:00']
  ])('%i ms reads %j', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('the step channel between windows', () => {
  it('reads only step messages about its own story', () => {
    expect(readStepMessage({ type: 'step', story: 'a', step: 3 }, 'a')).toBe(3);
    expect(readStepMessage({ type: 'step', story: 'b', step: 3 }, 'a')).toBeUndefined();
    expect(readStepMessage({ type: 'step', story: 'a', step: 0 }, 'a')).toBeUndefined();
    expect(readStepMessage({ type: 'step', story: 'a', step: '3' }, 'a')).toBeUndefined();
    expect(readStepMessage({ type: 'hello', story: 'a', step: 3 }, 'a')).toBeUndefined();
    expect(readStepMessage(null, 'a')).toBeUndefined();
    expect(readStepMessage('step 3', 'a')).toBeUndefined();
  });

  it('carries a step from one window to the other, both ways, and not to another story', async () => {
    const received: string[] = [];
    const main = openStepChannel('a', (step) => received.push(`main ${step}`));
    const speaker = openStepChannel('a', (step) => received.push(`speaker ${step}`));
    const other = openStepChannel('b', (step) => received.push(`other ${step}`));
    main.post(2);
    speaker.post(5);
    await vi.waitFor(() => expect(received).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received.sort()).toEqual(['main 5', 'speaker 2']);
    for (const channel of [main, speaker, other]) channel.close();
    expect(() => main.post(3)).not.toThrow();
  });
});

describe('StoryPresenter', () => {
  const index = indexDataset(sampleDataset());
  const story = resolveStory(
    {
      schemaVersion: 1,
      id: 'a-story',
      title: { en: 'A story', fr: 'Une histoire' },
      steps: [
        { event: 'tensions', window: { from: '2021-07', to: '2022-12' }, zoom: 4 },
        { event: 'secret-talks', zoom: 9 },
        { event: 'entity-list' }
      ]
    },
    index.eventsById
  );

  function presenting(step?: number, loop = false) {
    const app = new AppState();
    app.story = 'a-story';
    app.step = step;
    app.loop = loop;
    return { app, presenter: new StoryPresenter(app, () => story) };
  }

  it('selects the step’s event everywhere, with the step’s window and map zoom', () => {
    const { app, presenter } = presenting();
    presenter.go(1);
    expect(app).toMatchObject({ step: 1, selectedId: 'tensions', selectionSource: 'story', selectionZoom: 4 });
    expect(app.window).toEqual({ start: new Date('2021-07-01T00:00:00Z'), end: new Date('2023-01-01T00:00:00Z') });
    presenter.run('next');
    expect(app).toMatchObject({ step: 2, selectedId: 'secret-talks', selectionZoom: 9 });
    presenter.run('next');
    expect(app).toMatchObject({ step: 3, selectedId: 'entity-list', selectionZoom: undefined });
  });

  it('starts from the link’s step, clamped into the story', () => {
    expect(presenting(2).presenter.current).toBe(2);
    expect(presenting(undefined).presenter.current).toBe(1);
    const { app, presenter } = presenting(40);
    expect(presenter.current).toBe(3);
    presenter.go(app.step ?? 1);
    expect(app).toMatchObject({ step: 3, selectedId: 'entity-list' });
  });

  it('stops at both ends, or goes round when looping', () => {
    const stopping = presenting(3);
    stopping.presenter.run('next');
    expect(stopping.app.step).toBe(3);
    expect(stopping.presenter.upcoming).toBeUndefined();
    stopping.presenter.run('first');
    stopping.presenter.run('previous');
    expect(stopping.app.step).toBe(1);

    const looping = presenting(3, true);
    expect(looping.presenter.upcoming?.event.id).toBe('tensions');
    looping.presenter.run('next');
    expect(looping.app).toMatchObject({ step: 1, selectedId: 'tensions' });
    looping.presenter.run('previous');
    expect(looping.app).toMatchObject({ step: 3, selectedId: 'entity-list' });
  });

  it('puts the step in the link, and leaving keeps the selection but drops the story', () => {
    const { app, presenter } = presenting();
    presenter.go(2);
    expect(app.toUrl()).toMatchObject({ story: 'a-story', step: 2, event: 'secret-talks' });
    presenter.leave();
    expect(app.toUrl()).not.toHaveProperty('story');
    expect(app.toUrl()).not.toHaveProperty('step');
    expect(app.selectedId).toBe('secret-talks');
  });

  it('does nothing for a story none of whose events is in the data', () => {
    const app = new AppState();
    const presenter = new StoryPresenter(app, () => resolveStory({ ...story.story, steps: [{ event: 'gone' }] }, index.eventsById));
    presenter.run('next');
    expect(presenter.current).toBe(0);
    expect(app.selectedId).toBeNull();
    expect(app.step).toBeUndefined();
  });
});
