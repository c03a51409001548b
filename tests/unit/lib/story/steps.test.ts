/*
 * Stepping through a story (src/lib/story/steps.ts). What the presenter does with a step on
 * screen (selection, timeline, map) is covered by tests/e2e/presenter.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../src/lib/data/types';
import { indexDataset } from '../../../../src/lib/data/normalize';
import { clampStep, nextStep, parseStepNumber, previousStep, resolveStory } from '../../../../src/lib/story/steps';
import { parseUrlState, serializeUrlState } from '../../../../src/lib/state/urlState';
import { sampleDataset } from '../../../fixtures/dataset';

const index = indexDataset(sampleDataset());

function story(steps: Story['steps']): Story {
  return { schemaVersion: 1, id: 'a-story', title: { en: 'A story', fr: 'Une histoire' }, steps };
}

describe('resolveStory', () => {
  it('pairs every step with its event, numbered from 1, keeping notes, window and zoom', () => {
    const notes = { en: 'Say this.', fr: 'Dire ceci.' };
    const resolved = resolveStory(
      story([
        { event: 'tensions', notes, window: { from: '2021-07', to: '2022-12' }, zoom: 4 },
        { event: 'entity-list' }
      ]),
      index.eventsById
    );
    expect(resolved.unknownEvents).toEqual([]);
    expect(resolved.steps.map((step) => [step.number, step.event.id])).toEqual([
      [1, 'tensions'],
      [2, 'entity-list']
    ]);
    expect(resolved.steps[0]).toMatchObject({
      notes,
      zoom: 4,
      window: { start: new Date('2021-07-01T00:00:00Z'), end: new Date('2023-01-01T00:00:00Z') }
    });
    expect(resolved.steps[1]).not.toHaveProperty('window');
    expect(resolved.steps[1]).not.toHaveProperty('zoom');
    expect(resolved.steps[1]).not.toHaveProperty('notes');
  });

  it('drops and reports steps whose event is not in the data, renumbering the rest', () => {
    const resolved = resolveStory(
      story([{ event: 'gone-event' }, { event: 'secret-talks' }, { event: 'also-gone' }, { event: 'one-hour-notice' }]),
      index.eventsById
    );
    expect(resolved.unknownEvents).toEqual(['gone-event', 'also-gone']);
    expect(resolved.steps.map((step) => [step.number, step.event.id])).toEqual([
      [1, 'secret-talks'],
      [2, 'one-hour-notice']
    ]);
  });

  it('ignores a window that ends before it starts', () => {
    const resolved = resolveStory(story([{ event: 'tensions', window: { from: '2022', to: '2021' } }]), index.eventsById);
    expect(resolved.steps).toHaveLength(1);
    expect(resolved.steps[0]).not.toHaveProperty('window');
  });

  it('does not change the story it reads', () => {
    const input = story([{ event: 'gone-event' }, { event: 'tensions', zoom: 3 }]);
    const copy = structuredClone(input);
    resolveStory(input, index.eventsById);
    expect(input).toEqual(copy);
  });
});

describe('parseStepNumber', () => {
  it.each([
    ['1', 1],
    ['11', 11],
    ['9999', 9999]
  ])('reads %j as step %i', (value, expected) => {
    expect(parseStepNumber(value)).toBe(expected);
  });

  it.each(['0', '-1', '1.5', 'two', '', '1e3', '10000', ' 2'])('refuses %j', (value) => {
    expect(parseStepNumber(value)).toBeUndefined();
  });
});

describe('clampStep', () => {
  it.each([
    [undefined, 11, 1],
    [1, 11, 1],
    [7, 11, 7],
    [11, 11, 11],
    [12, 11, 11],
    [9999, 11, 11],
    [0, 11, 1],
    [-3, 11, 1],
    [2.7, 11, 2],
    [Number.NaN, 11, 1],
    [3, 0, 0]
  ])('step %s of %i is shown as %i', (step, total, expected) => {
    expect(clampStep(step, total)).toBe(expected);
  });
});

describe('nextStep and previousStep', () => {
  it.each([
    [1, 3, false, 2],
    [2, 3, false, 3],
    [3, 3, false, 3],
    [3, 3, true, 1],
    [1, 1, false, 1],
    [1, 1, true, 1],
    [8, 3, false, 3],
    [8, 3, true, 1],
    [1, 0, true, 0]
  ])('after step %i of %i (loop %s) comes %i', (step, total, loop, expected) => {
    expect(nextStep(step, total, loop)).toBe(expected);
  });

  it.each([
    [3, 3, false, 2],
    [2, 3, false, 1],
    [1, 3, false, 1],
    [1, 3, true, 3],
    [8, 3, false, 2],
    [1, 0, true, 0]
  ])('before step %i of %i (loop %s) comes %i', (step, total, loop, expected) => {
    expect(previousStep(step, total, loop)).toBe(expected);
  });

  it('walks the whole story forward and back to where it started', () => {
    const total = 11;
    const visited = [1];
    for (let i = 1; i < total; i++) visited.push(nextStep(visited.at(-1) ?? 0, total, false));
    expect(visited).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    let step = total;
    for (let i = 1; i < total; i++) step = previousStep(step, total, false);
    expect(step).toBe(1);
  });
});

describe('a step in a link', () => {
  it('round-trips the story and step through the query string', () => {
    for (const step of [1, 6, 11]) {
      const search = serializeUrlState({ ...parseUrlState('').state, story: 'how-nso-was-blacklisted', step });
      expect(search).toBe(`?story=how-nso-was-blacklisted&step=${step}`);
      expect(parseUrlState(search)).toEqual({
        state: { ...parseUrlState('').state, story: 'how-nso-was-blacklisted', step },
        problems: []
      });
    }
  });

  it('round-trips the speaker window’s link, and leaves the flag out of every other link', () => {
    const speakerLink = serializeUrlState({ ...parseUrlState('').state, story: 'how-nso-was-blacklisted', step: 4, speaker: true });
    expect(speakerLink).toBe('?story=how-nso-was-blacklisted&step=4&speaker=1');
    expect(parseUrlState(speakerLink).state).toMatchObject({ story: 'how-nso-was-blacklisted', step: 4, speaker: true });
    expect(parseUrlState('?speaker=0').state).not.toHaveProperty('speaker');
    expect(parseUrlState('?speaker=maybe').problems).toEqual([{ param: 'speaker', value: 'maybe' }]);
  });

  it('resumes at the last step when the link asks for one past the end', () => {
    const { state } = parseUrlState('?story=how-nso-was-blacklisted&step=40');
    expect(clampStep(state.step, 11)).toBe(11);
  });
});
