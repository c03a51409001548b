/**
 * Our dataset in Knight Lab TimelineJS's JSON format, for the benchmark's side-by-side page:
 * one slide per event with its date (to the precision we know), period end, headline, summary
 * and category as the slide's group.
 */
import { parsePartialDate } from '../../src/lib/dates.ts';
import type { Dataset, Lang, PartialDate } from '../../src/lib/data/types.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJsData {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

/** TimelineJS reads text as HTML; ours is plain text, so it is escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function timelineJsDate(date: PartialDate): TimelineJsDate {
  if (!parsePartialDate(date)) throw new Error(`not a date: ${date}`);
  const [year = 0, month, day] = date.split('-').map(Number);
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

export function toTimelineJs(dataset: Dataset, lang: Lang, title: string): TimelineJsData {
  return {
    title: { text: { headline: escapeHtml(title), text: '' } },
    events: dataset.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      ...(event.end ? { end_date: timelineJsDate(event.end) } : {}),
      text: { headline: escapeHtml(event.title[lang]), text: escapeHtml(event.summary[lang]) },
      group: event.category
    }))
  };
}
