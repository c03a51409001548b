import type { Importance, Story } from '../data/types';

/**
 * The event a narrow screen opens on when the link names none: the story's first key event (the
 * data marks them), else the first step of the first story, else the first event. Pure, so the
 * first screen can be rendered ahead of time from the data alone.
 */
export function defaultEvent<E extends { id: string; importance?: Importance }>(events: readonly E[], stories: readonly Story[]): E | undefined {
  const key = events.find((event) => event.importance === 'key');
  if (key) return key;
  const shown = new Map(events.map((event) => [event.id, event]));
  for (const story of stories.slice(0, 1)) {
    for (const step of story.steps) {
      const event = shown.get(step.event);
      if (event) return event;
    }
  }
  return events[0];
}
