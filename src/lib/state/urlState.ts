import { CATEGORIES, LANGS, type Category, type Lang } from '../data/types';
import { parsePartialDate } from '../dates';
import { parseStepNumber } from '../story/steps';

export type Lanes = 'category' | 'country';
export type EmbedView = 'both' | 'timeline' | 'map';
export type Theme = 'light' | 'dark';

/** Everything a link can say about a view. Absent fields mean "the default". */
export interface UrlState {
  event?: string;
  actors: string[];
  categories: Category[];
  from?: string;
  to?: string;
  lang?: Lang;
  lanes?: Lanes;
  story?: string;
  /** 1-based, as people count steps. */
  step?: number;
  embed: boolean;
  view?: EmbedView;
  theme?: Theme;
  /** A pinned data release (semantic version). */
  data?: string;
  /** Seconds between story steps in kiosk mode. */
  autoplay?: number;
  loop: boolean;
  /** The presenter's second window: current and next step, notes and a timer. */
  speaker?: boolean;
  /** The frame id our embed.js loader gives an embed, carried in its messages to the host page. */
  frame?: string;
  /** The frame id a pym.js host page gives an embed (pym's own `childId` parameter). */
  childId?: string;
  /** An embed's largest height in CSS pixels (`maxheight=`), for hosts with a fixed frame: it lays out to fit. */
  maxHeight?: number;
}

/** A parameter the link carried that could not be used; the app tells the reader politely. */
export interface UrlProblem {
  param: string;
  value: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;
const MAX_ID_LENGTH = 80;
const MAX_LIST_LENGTH = 50;
/** Host pages name their frames: element ids, kept to characters that are safe in a URL hash. */
const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** The heights an embed can be capped at: below the least, no view is readable (static/embed.js checks the same). */
export const EMBED_MAX_HEIGHT = { least: 300, most: 20000 } as const;

/** Whether `height` can cap an embed: whole pixels, within EMBED_MAX_HEIGHT. */
export function isEmbedMaxHeight(height: number): boolean {
  return Number.isInteger(height) && height >= EMBED_MAX_HEIGHT.least && height <= EMBED_MAX_HEIGHT.most;
}

export function emptyUrlState(): UrlState {
  return { actors: [], categories: [], embed: false, loop: false };
}

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID.test(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function isFlag(value: string): boolean | undefined {
  if (value === '1' || value === 'true' || value === '') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

/** Reads a query string. Never throws: whatever cannot be used is reported in `problems`. */
export function parseUrlState(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const state = emptyUrlState();
  const problems: UrlProblem[] = [];
  const reject = (param: string, value: string) => problems.push({ param, value });

  const single = (name: string): string | undefined => {
    const value = params.get(name);
    return value === null ? undefined : value.trim();
  };
  const list = (name: string): string[] =>
    params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');

  const event = single('event');
  if (event !== undefined) {
    if (isId(event)) state.event = event;
    else reject('event', event);
  }

  for (const actor of list('actor').slice(0, MAX_LIST_LENGTH)) {
    if (isId(actor)) {
      if (!state.actors.includes(actor)) state.actors.push(actor);
    } else reject('actor', actor);
  }

  for (const value of list('category').slice(0, MAX_LIST_LENGTH)) {
    const category = oneOf(CATEGORIES, value);
    if (category) {
      if (!state.categories.includes(category)) state.categories.push(category);
    } else reject('category', value);
  }

  const from = single('from');
  const to = single('to');
  const fromSpan = from === undefined ? null : parsePartialDate(from);
  const toSpan = to === undefined ? null : parsePartialDate(to);
  if (from !== undefined && !fromSpan) reject('from', from);
  if (to !== undefined && !toSpan) reject('to', to);
  if (fromSpan && toSpan && fromSpan.start >= toSpan.end) {
    reject('to', to ?? '');
  } else {
    if (fromSpan) state.from = from;
    if (toSpan) state.to = to;
  }

  /** Reads one parameter; a value that `parse` refuses is reported and left out. */
  const read = <T>(name: string, parse: (value: string) => T | undefined): T | undefined => {
    const value = single(name);
    if (value === undefined) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) reject(name, value);
    return parsed;
  };
  const wholeNumber = (value: string, min: number, max: number): number | undefined =>
    /^\d{1,5}$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined;

  state.lang = read('lang', (value) => oneOf(LANGS, value));
  state.lanes = read('lanes', (value) => oneOf(['category', 'country'] as const, value));
  state.view = read('view', (value) => oneOf(['both', 'timeline', 'map'] as const, value));
  state.theme = read('theme', (value) => oneOf(['light', 'dark'] as const, value));
  state.story = read('story', (value) => (isId(value) ? value : undefined));
  state.data = read('data', (value) => (value === 'latest' || SEMVER.test(value) ? value : undefined));
  state.step = read('step', parseStepNumber);
  state.autoplay = read('autoplay', (value) => wholeNumber(value, 1, 3600));
  state.embed = read('embed', isFlag) ?? false;
  state.loop = read('loop', isFlag) ?? false;
  if (read('speaker', isFlag)) state.speaker = true;
  state.frame = read('frame', (value) => (FRAME_ID.test(value) ? value : undefined));
  state.childId = read('childId', (value) => (FRAME_ID.test(value) ? value : undefined));
  state.maxHeight = read('maxheight', (value) => wholeNumber(value, EMBED_MAX_HEIGHT.least, EMBED_MAX_HEIGHT.most));
  if (state.data === 'latest') state.data = undefined;
  for (const key of Object.keys(state) as Array<keyof UrlState>) {
    if (state[key] === undefined) delete state[key];
  }

  return { state, problems };
}

/** Writes a state as a query string (with its leading `?`, or '' when everything is default). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.embed) params.set('embed', '1');
  if (state.view) params.set('view', state.view);
  if (state.story) params.set('story', state.story);
  if (state.step !== undefined) params.set('step', String(state.step));
  if (state.event) params.set('event', state.event);
  if (state.categories.length) params.set('category', state.categories.join(','));
  if (state.actors.length) params.set('actor', state.actors.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.lanes) params.set('lanes', state.lanes);
  if (state.lang) params.set('lang', state.lang);
  if (state.theme) params.set('theme', state.theme);
  if (state.data) params.set('data', state.data);
  if (state.autoplay !== undefined) params.set('autoplay', String(state.autoplay));
  if (state.loop) params.set('loop', '1');
  if (state.speaker) params.set('speaker', '1');
  if (state.frame) params.set('frame', state.frame);
  if (state.childId) params.set('childId', state.childId);
  if (state.maxHeight !== undefined) params.set('maxheight', String(state.maxHeight));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
