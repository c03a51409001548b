/*
 * The event a narrow screen opens on without a selection (src/lib/narrow/defaultEvent.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../src/lib/data/types';
import { defaultEvent } from '../../../../src/lib/narrow/defaultEvent';

const events = [{ id: 'founded' }, { id: 'trident' }, { id: 'revelations', importance: 'key' as const }, { id: 'blacklist', importance: 'key' as const }];
const story = (...steps: string[]): Story => ({
  schemaVersion: 1,
  id: 'a-story',
  title: { en: 'A story', fr: 'Une histoire' },
  steps: steps.map((event) => ({ event }))
});

describe('defaultEvent', () => {
  it('opens on the first key event, in date order', () => {
    expect(defaultEvent(events, [story('trident')])?.id).toBe('revelations');
  });

  it('without key events, opens on the first story’s first step that is shown', () => {
    const plain = events.map(({ id }) => ({ id }));
    expect(defaultEvent(plain, [story('not-in-data', 'trident', 'founded'), story('founded')])?.id).toBe('trident');
  });

  it('without key events or stories, opens on the first event; on nothing when nothing is shown', () => {
    expect(defaultEvent([{ id: 'founded' }, { id: 'trident' }], [])?.id).toBe('founded');
    expect(defaultEvent([], [story('trident')])).toBeUndefined();
  });
});
