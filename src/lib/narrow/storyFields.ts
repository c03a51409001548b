import { eventSpan } from '../dates';
import type { Dataset, LocalizedText, NewsEvent } from '../data/types';

/*
 * STAND-IN, to be deleted at merge: the i13-data branch adds `label`, `importance` and `eras` to
 * the data, with their fallbacks applied in src/lib/data (IndexedEvent.label,
 * IndexedEvent.importance, DatasetIndex.eras). Until then these read the optional fields, so the
 * narrow layout codes against the same names; at merge, callers use those fields directly.
 */

interface StoryFields {
  label?: LocalizedText;
  importance?: 'key' | 'notable' | 'context';
}

/** An event's short label, or its title. */
export function eventLabel(event: Pick<NewsEvent, 'title'>): LocalizedText {
  return (event as StoryFields).label ?? event.title;
}

/** Whether the data marks an event as one of the story's key events. */
export function isKeyEvent(event: object): boolean {
  return (event as StoryFields).importance === 'key';
}

export interface EraSpan {
  id: string;
  name: LocalizedText;
  span: { start: Date; end: Date };
}

/** The dataset's named periods, in date order; none for data without them. */
export function datasetEras(dataset: Dataset): EraSpan[] {
  const eras = (dataset as Dataset & { eras?: Array<{ id: string; name: LocalizedText; start: string; end: string }> }).eras ?? [];
  return eras
    .flatMap((era) => {
      const span = eventSpan(era.start, era.end);
      return span ? [{ id: era.id, name: era.name, span }] : [];
    })
    .sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
}
