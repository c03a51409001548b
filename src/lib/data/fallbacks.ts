/**
 * What the app shows when a dataset lacks an optional field: release 1.0.0 (`?data=1.0.0`) has no
 * labels, importance or eras, and a contributor may leave out `label` or `importance`. One home
 * for each rule, applied once at load (normalize.ts), so every view agrees.
 */
import { LABEL_MAX_LENGTH, LANGS, type Importance, type Lang, type LocalizedText, type NewsEvent } from './types';

/**
 * Without an editorial choice no event is singled out: a view that needs key events (the
 * timeline's first screen) must cope with none, as it does for old releases.
 */
export const FALLBACK_IMPORTANCE: Importance = 'context';

export function eventImportance(event: Pick<NewsEvent, 'importance'>): Importance {
  return event.importance ?? FALLBACK_IMPORTANCE;
}

/** The event's label in every language; a title stands in, shortened, where there is none. */
export function eventLabel(event: Pick<NewsEvent, 'title' | 'label'>): LocalizedText {
  if (event.label) return event.label;
  return Object.fromEntries(LANGS.map((lang) => [lang, shortenTitle(event.title[lang])])) as Record<Lang, string>;
}

/** Characters left dangling at a cut: spaces, punctuation and opening quotes or brackets. */
const DANGLING_AT_CUT = /[\s,;:.!?'"«“‘(\[\-–—]+$/u;

/**
 * A title cut to at most `max` characters (code points, as the schema counts them): whole words
 * followed by an ellipsis, or the title itself when it fits. A single word longer than the limit is
 * cut inside the word.
 */
export function shortenTitle(title: string, max: number = LABEL_MAX_LENGTH): string {
  const characters = Array.from(title.trim());
  if (characters.length <= max) return characters.join('');
  const room = characters.slice(0, max - 1).join(''); // one character is kept for the ellipsis
  const nextIsSpace = /\s/u.test(characters[max - 1] ?? '');
  const lastSpace = room.search(/\s\S*$/u);
  const words = nextIsSpace ? room : lastSpace > 0 ? room.slice(0, lastSpace) : room;
  const kept = words.replace(DANGLING_AT_CUT, '');
  return `${kept === '' ? room : kept}…`;
}
