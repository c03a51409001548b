import { createContext } from 'svelte';
import type { Category, Lang } from '../data/types';
import { parsePartialDate, toIsoDay } from '../dates';
import type { EmbedView, Lanes, Theme, UrlState } from './urlState';

/**
 * Who changed the selection. Views need not know it (their controllers ignore requests for what they
 * already show); the address bar does (a reader's choice adds a history entry, a link's does not),
 * and so does an embed's host page (was it the reader, or the link?).
 */
export type SelectionSource = 'timeline' | 'map' | 'list' | 'detail' | 'url' | 'story' | 'embed';

export interface TimeWindow {
  start: Date;
  end: Date;
}

/**
 * The one source of truth for what the reader sees: selection, filters, window, language and
 * mode. Every view reads it; the URL mirrors it (see urlSync.svelte.ts).
 */
export class AppState {
  selectedId = $state<string | null>(null);
  selectionSource = $state<SelectionSource>('url');
  /** The map zoom the selection asks for (a story step's); undefined lets the map choose. */
  selectionZoom = $state<number | undefined>(undefined);
  actors = $state<string[]>([]);
  categories = $state<Category[]>([]);
  /** The timeline's visible window; null until the timeline or the link sets one. */
  window = $state.raw<TimeWindow | null>(null);
  lang = $state<Lang>('en');
  lanes = $state<Lanes>('category');
  theme = $state<Theme | undefined>(undefined);
  embed = $state(false);
  view = $state<EmbedView>('both');
  story = $state<string | undefined>(undefined);
  step = $state<number | undefined>(undefined);
  data = $state<string | undefined>(undefined);
  autoplay = $state<number | undefined>(undefined);
  loop = $state(false);
  /** This window is a presenter's speaker view. */
  speaker = $state(false);
  /** The id the host page knows this embed by: our loader's (`frame`) or pym.js's (`childId`). */
  frame = $state<string | undefined>(undefined);
  childId = $state<string | undefined>(undefined);
  /** An embed's largest height (`maxheight=`): it lays out to fit and never reports more. */
  maxHeight = $state<number | undefined>(undefined);
  /** Whether the language came from the link (kept in links) or from the browser (not). */
  langFromUrl = $state(false);

  select = (id: string | null, source: SelectionSource, zoom?: number) => {
    this.selectionSource = source;
    this.selectionZoom = zoom;
    this.selectedId = id;
  };

  setWindow = (window: TimeWindow) => {
    this.window = window;
  };

  toggleCategory = (category: Category) => {
    this.categories = this.categories.includes(category)
      ? this.categories.filter((value) => value !== category)
      : [...this.categories, category];
  };

  setLang = (lang: Lang) => {
    this.lang = lang;
    this.langFromUrl = true;
  };

  clearFilters = () => {
    this.actors = [];
    this.categories = [];
  };

  /** Takes a parsed link (on load and on back/forward). */
  applyUrl = (url: UrlState, browserLang: Lang) => {
    this.selectedId = url.event ?? null;
    this.selectionSource = 'url';
    this.selectionZoom = undefined;
    this.actors = url.actors;
    this.categories = url.categories;
    const from = url.from ? parsePartialDate(url.from) : null;
    const to = url.to ? parsePartialDate(url.to) : null;
    this.window = from && to ? { start: from.start, end: to.end } : null;
    this.lang = url.lang ?? browserLang;
    this.langFromUrl = url.lang !== undefined;
    this.lanes = url.lanes ?? 'category';
    this.theme = url.theme;
    this.embed = url.embed;
    this.view = url.view ?? 'both';
    this.story = url.story;
    this.step = url.step;
    this.data = url.data;
    this.autoplay = url.autoplay;
    this.loop = url.loop;
    this.speaker = url.speaker ?? false;
    this.frame = url.frame;
    this.childId = url.childId;
    this.maxHeight = url.maxHeight;
  };

  /** The link for this view. Only what differs from the defaults is written. */
  toUrl = (): UrlState => {
    const window = this.window;
    return {
      ...(this.selectedId ? { event: this.selectedId } : {}),
      actors: this.actors,
      categories: this.categories,
      ...(window ? { from: toIsoDay(window.start), to: toIsoDay(new Date(window.end.getTime() - 1)) } : {}),
      ...(this.langFromUrl ? { lang: this.lang } : {}),
      ...(this.lanes !== 'category' ? { lanes: this.lanes } : {}),
      ...(this.theme ? { theme: this.theme } : {}),
      embed: this.embed,
      ...(this.embed && this.view !== 'both' ? { view: this.view } : {}),
      ...(this.story ? { story: this.story } : {}),
      ...(this.story && this.step !== undefined ? { step: this.step } : {}),
      ...(this.data ? { data: this.data } : {}),
      ...(this.autoplay !== undefined ? { autoplay: this.autoplay } : {}),
      loop: this.loop,
      ...(this.speaker ? { speaker: true } : {}),
      // Kept in an embed's own address, so a reload of the frame still talks to its host page.
      ...(this.embed && this.frame ? { frame: this.frame } : {}),
      ...(this.embed && this.childId ? { childId: this.childId } : {}),
      ...(this.embed && this.maxHeight !== undefined ? { maxHeight: this.maxHeight } : {})
    };
  };
}

export const [getAppState, setAppState] = createContext<AppState>();
