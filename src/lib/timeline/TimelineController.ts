// The ES2017+ builds: the peer builds bundle core-js polyfills that every browser we support has no use for.
import type { Timeline, DataGroupCollectionType, TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment, { type MomentInput } from './dayjsMoment';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import type { IndexedEra, IndexedEvent } from '../data/normalize';
import type { Lang } from '../data/types';
import type { Lanes } from '../state/urlState';
import type { TimeWindow } from '../state/appState.svelte';

export type { TimeWindow };
import type { Translate } from '../i18n';
import { formatEventDate } from '../dates';
import { defaultWindow, fullWindow, groupId, timelineGroups, timelineItem, windowForEvent } from './items';
import { clusterEvents, entryId, itemSpan, type ItemSpan, type TimelineCluster, type TimelineEntry } from './itemClusters';
import { planItemChanges, type ItemSource } from './itemChanges';
import { placeEraName, placeLabel, pxPerDay, type LabelPlacement } from './labelPlacement';
import { MountedContent } from './content/MountedContent';
import { buildTimeline } from './buildTimeline';
import EventLabel from './content/EventLabel.svelte';
import ClusterChip from './content/ClusterChip.svelte';
import ItemTooltip from './content/ItemTooltip.svelte';
import LaneLabel from './content/LaneLabel.svelte';
import EraName from './content/EraName.svelte';

/** What the timeline shows; the constructor takes all of it, the setters each part later. */
export interface TimelineInputs {
  /** The events that pass the filters, chronological. */
  events: IndexedEvent[];
  /** The named periods, drawn as bands behind the lanes and named in a lane of their own. Given once: a dataset's eras do not change. */
  eras: IndexedEra[];
  lanes: Lanes;
  lang: Lang;
  t: Translate;
  selectedId: string | null;
  /** The window to open on (a link's); null: around the selected event, else where most events are. */
  window: TimeWindow | null;
  /** Move instead of gliding (prefers-reduced-motion). */
  reducedMotion: boolean;
  /** Grow to show every lane instead of scrolling them (an embed: its frame grows with it). Given once. */
  fitContent: boolean;
}

export interface TimelineCallbacks {
  /** The reader chose an event (a click, or Enter or Space), or cleared the selection (null). */
  onSelect: (id: string | null) => void;
  /** The window settled somewhere new: the first draw, a reader's pan or zoom, or a move the controller made. */
  onWindowChange: (window: TimeWindow) => void;
}

interface VisItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range' | 'background';
  group?: string;
  content: HTMLElement | string;
  title?: HTMLElement;
  className: string;
  /** A box's side of its date: 'left' puts the label after the dot, 'right' before it. */
  align?: 'left' | 'right';
}
interface VisGroup {
  id: string;
  content: HTMLElement;
  order: number;
}

/**
 * Up to this many events vis-timeline gets every one (it draws only those in the window), so the
 * items, and an embed's height that follows them, change only with the zoom; beyond, only those
 * around the window, so that a zoom or a long pan never builds thousands of items.
 */
const ALL_ITEMS_UP_TO = 2000;
/** More events than this within a stretch (about 200 px) of one lane are drawn as one cluster. */
const CLUSTER_MAX_ITEMS = 8;
const YEAR = 365.25 * 24 * 60 * 60 * 1000;
/** The earliest the timeline goes, and its narrowest window. */
const TIMELINE_MIN = Date.UTC(2005, 0, 1);
const ZOOM_MIN = 7 * 24 * 60 * 60 * 1000;
/** The lane that names the eras, above the others. */
const ERA_LANE = 'eras';
/** A label's dot, gap and padding around its text (timeline.css), px. */
const LABEL_CHROME = 20;
/** The widest a label's text is drawn (timeline.css: 20rem at 16 px), px. */
const LABEL_MAX_TEXT = 320;
/** An era name's padding on both sides (timeline.css), px. */
const ERA_NAME_PADDING = 8;
const GLIDE = { duration: 600, easingFunction: 'easeInOutQuad' as const };

function momentFor(lang: string): TimelineOptions['moment'] {
  // Dates are UTC days: the axis must not shift them by the reader's time zone. vis-timeline's
  // types ask for moment's whole Moment; dayjsMoment has the part of it that vis-timeline calls.
  const utcIn = (date?: MomentInput) => moment(date).locale(lang).utc();
  return utcIn as unknown as TimelineOptions['moment'];
}

function sameWindow(a: { start: Date | number; end: Date | number } | null, b: { start: Date | number; end: Date | number } | null): boolean {
  return !!a && !!b && new Date(a.start).getTime() === new Date(b.start).getTime() && new Date(a.end).getTime() === new Date(b.end).getTime();
}

/**
 * Owns a vis-timeline: events as points (dated to the day) or ranges (periods, months, years), in
 * lanes by category or by country, clustered where crowded. Inputs come in by methods, the reader's
 * choices go out by the callbacks. Each input is compared with what the timeline already shows, so
 * a callback's echo (the app handing back the selection or window the timeline just reported)
 * changes nothing, whatever order the inputs arrive in.
 */
export class TimelineController {
  readonly #items = new DataSet<VisItem, 'id'>();
  readonly #groups = new DataSet<VisGroup, 'id'>();
  readonly #content = new MountedContent();
  readonly #timeline: Timeline;
  readonly #resizeObserver: ResizeObserver;
  readonly #callbacks: TimelineCallbacks;
  readonly #container: HTMLElement;
  #inputs: TimelineInputs;
  /** vis-timeline resets the window on its first draw: it is driven only once that is done. */
  #ready = false;
  /** A window asked for before the first draw, applied once it is done. */
  #pendingWindow: TimeWindow | null = null;
  /** The first selection keeps a window the link gives rather than centring the event. */
  #keepLinkedWindow: boolean;
  /** The last window reported by onWindowChange: the app handing it back moves nothing. */
  #reportedWindow: TimeWindow | null = null;
  /** What each item in the DataSet was built from, by id: a change rebuilds only the items it touches. */
  readonly #shownItems = new Map<string, ItemSource>();
  /** The span around the window that vis-timeline has items for (see itemClusters.ts). */
  #span: ItemSpan;
  /** Where each event's label is (labelPlacement.ts), by id: a move updates only the items whose placement changes. */
  readonly #placed = new Map<string, { span: boolean; key: string }>();
  /** The window on screen (or, during a jump, the one it is going to), in ms: where labels go depends on it. */
  #window: { start: number; end: number };
  /** The window's width in pixels (vis-timeline's centre panel), kept by the ResizeObserver. */
  #centreWidthPx: number;
  /** Measures label text without a layout of the page. */
  #measure: { context: CanvasRenderingContext2D | null; widths: Map<string, number> } | undefined;
  /** What the items were last built from: the same inputs again change nothing. */
  #lastSync: { span: ItemSpan; lang: Lang; lanes: Lanes; keep: string | null; events: IndexedEvent[]; t: Translate } | undefined;
  /**
   * The timeline's width in pixels for clustering, kept by a ResizeObserver: reading it from the
   * DOM in the middle of a selection would force a layout of the whole page. Until it is laid
   * out, the container counts as the window's width.
   */
  #widthPx: number;

  constructor(container: HTMLElement, inputs: TimelineInputs, callbacks: TimelineCallbacks) {
    this.#inputs = { ...inputs };
    this.#container = container;
    this.#callbacks = callbacks;
    this.#keepLinkedWindow = inputs.window !== null;
    const selected = inputs.selectedId ? inputs.events.find((event) => event.id === inputs.selectedId) : undefined;
    // The first window: the link's, else around the linked event, else where most events are.
    const initial = inputs.window ?? (selected ? windowForEvent(selected, null) : defaultWindow(inputs.events));
    this.#widthPx = container.clientWidth;
    // Until vis-timeline has laid out its lane column, it counts as about 7 rem.
    this.#centreWidthPx = Math.max(0, container.clientWidth - 110);
    this.#window = { start: initial.start.getTime(), end: initial.end.getTime() };
    this.#span = itemSpan(null, this.#window, this.#width());
    this.#syncGroups();
    this.#syncEras();
    this.#syncItems();
    const options = {
      start: initial.start,
      end: initial.end,
      min: new Date(TIMELINE_MIN),
      max: new Date(Date.UTC(2030, 0, 1)),
      zoomMin: ZOOM_MIN,
      zoomMax: 25 * YEAR,
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      // Compact rows, so that every lane of the first screen fits without scrolling.
      margin: { item: { horizontal: 6, vertical: 3 }, axis: 3 },
      moment: momentFor(inputs.lang),
      locale: inputs.lang,
      // Content is always a DOM node rendered by a component (text nodes only); a string would be
      // filtered, never trusted.
      xss: { disabled: false },
      tooltip: { followMouse: true, overflowMethod: 'flip', delay: 200 },
      // With a cooperative wheel, the view's wheelGate lets only Ctrl/⌘ + wheel through, and each zooms.
      zoomKey: '',
      // Grown to its lanes, nothing overflows and there is nothing to scroll: vis-timeline then
      // claims only sideways drags, and one finger moving up or down scrolls the page.
      ...(inputs.fitContent ? { minHeight: 300 } : { height: '100%' }),
      verticalScroll: !inputs.fitContent,
      groupOrder: 'order',
      onInitialDrawComplete: () => this.#onFirstDraw(initial)
    } satisfies TimelineOptions;
    this.#resizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target !== container) {
          this.#centreWidthPx = entry.contentRect.width;
          continue;
        }
        const resized = Math.abs(entry.contentRect.width - this.#widthPx) >= 1;
        this.#widthPx = entry.contentRect.width;
        // vis-timeline notices a new width only on the window's resize or its one-second poll: a
        // pane that widens (the map hidden) would keep the old layout for up to a second.
        if (resized) this.#timeline.redraw();
      }
      this.#placeLabels();
    });
    this.#resizeObserver.observe(container);
    // vis-timeline takes DOM nodes as content at run time; its types only admit strings.
    const timeline = buildTimeline(container, this.#items, this.#groups as unknown as DataGroupCollectionType, options);
    this.#timeline = timeline;
    timeline.on('select', this.#onVisSelect);
    timeline.on('rangechange', this.#onRangeChange);
    timeline.on('rangechanged', this.#onRangeChanged);
    // The lane labels scroll with the lanes: keyboard users must be able to reach and scroll them.
    this.#laneColumn()?.setAttribute('tabindex', '0');
    this.#laneColumn()?.setAttribute('aria-label', inputs.t('filters.lanes'));
    const centre = container.querySelector('.vis-panel.vis-center');
    if (centre) this.#resizeObserver.observe(centre);
  }

  setEvents(events: IndexedEvent[]): void {
    if (events === this.#inputs.events) return;
    this.#inputs.events = events;
    this.#syncGroups();
    this.#syncItems();
  }

  setLanes(lanes: Lanes): void {
    if (lanes === this.#inputs.lanes) return;
    this.#inputs.lanes = lanes;
    this.#syncGroups();
    this.#syncItems();
  }

  /** The reader's language: the axis, the lane names and every label follow it. */
  setLanguage(lang: Lang, t: Translate): void {
    if (lang === this.#inputs.lang && t === this.#inputs.t) return;
    this.#inputs.lang = lang;
    this.#inputs.t = t;
    this.#timeline.setOptions({ locale: lang, moment: momentFor(lang) });
    this.#laneColumn()?.setAttribute('aria-label', t('filters.lanes'));
    this.#syncGroups();
    this.#syncEras();
    this.#syncItems();
  }

  setReducedMotion(reducedMotion: boolean): void {
    this.#inputs.reducedMotion = reducedMotion;
  }

  /**
   * Marks the event and brings it into a readable window (never a millisecond zoom), its lane in
   * view. The selection the timeline already shows (one the reader just made) changes nothing.
   */
  select(id: string | null): void {
    if (id === this.#inputs.selectedId) return;
    this.#inputs.selectedId = id;
    if (this.#ready) this.#showSelection();
  }

  /** Moves the window (a link, a story step); the window already shown, or just reported, moves nothing. */
  setWindow(window: TimeWindow | null): void {
    if (!window || sameWindow(window, this.#reportedWindow)) return;
    if (!this.#ready) {
      this.#pendingWindow = window;
      return;
    }
    if (sameWindow(window, this.#timeline.getWindow())) return;
    // A story step moves the selection at the same time, which cuts the selection's own glide (and
    // its reveal) short: the selected event's lane is brought into view once the window has arrived.
    this.#timeline.setWindow(window.start, window.end, { animation: this.#animation(GLIDE) }, () => this.#revealLane(this.#inputs.selectedId));
  }

  /** Every event, with a small margin. */
  showAll(): void {
    this.setWindow(fullWindow(this.#inputs.events));
  }

  /** Zooms in (factor below 1) or out (above 1) around the window's centre. */
  zoom(factor: number): void {
    const animation = !this.#inputs.reducedMotion;
    if (factor < 1) this.#timeline.zoomIn(1 - factor, { animation });
    else this.#timeline.zoomOut(factor - 1, { animation });
  }

  destroy(): void {
    this.#resizeObserver.disconnect();
    this.#timeline.destroy();
    this.#content.clear();
  }

  #onFirstDraw(initial: TimeWindow): void {
    this.#ready = true;
    const pending = this.#pendingWindow;
    this.#pendingWindow = null;
    // A window asked for meanwhile is reported when it settles; the first one is reported now.
    if (pending && !sameWindow(pending, initial)) this.#timeline.setWindow(pending.start, pending.end, { animation: false });
    else this.#report(initial);
    this.#showSelection();
    this.#keepLinkedWindow = false;
  }

  #report(window: TimeWindow): void {
    // vis-timeline may settle again on the window it opened on (its first fit): nothing moved.
    if (sameWindow(window, this.#reportedWindow)) return;
    this.#reportedWindow = window;
    this.#callbacks.onWindowChange(window);
  }

  #animation<Glide extends object>(glide: Glide): Glide | false {
    return this.#inputs.reducedMotion ? false : glide;
  }

  #width(): number {
    return this.#widthPx || window.innerWidth;
  }

  #laneColumn(): HTMLElement | null {
    return this.#container.querySelector<HTMLElement>('.vis-panel.vis-left');
  }

  readonly #onVisSelect = ({ items: chosen }: { items: Array<string | number> }) => {
    const id = chosen[0] === undefined ? null : String(chosen[0]);
    const entry = id === null ? undefined : this.#shownItems.get(id)?.entry;
    if (entry?.kind === 'cluster') {
      // A cluster is not an event: choosing it zooms in on it, and the selection stays.
      const selected = this.#inputs.selectedId;
      this.#markSelected(selected && this.#shownItems.has(selected) ? [selected] : []);
      this.#zoomToCluster(entry.cluster);
      return;
    }
    this.#choose(id);
  };

  /** The reader chose an event on the timeline: it is on screen, on its own and marked already. */
  #choose(id: string | null): void {
    if (id !== null) this.#markSelected([id]);
    if (id === this.#inputs.selectedId) return;
    this.#inputs.selectedId = id;
    this.#placeLabels();
    this.#callbacks.onSelect(id);
  }

  // Moves change what is drawn around the window; itemSpan keeps the span through small ones.
  readonly #onRangeChange = ({ start, end }: { start: Date; end: Date }) => {
    this.#window = { start: start.getTime(), end: end.getTime() };
    this.#span = itemSpan(this.#span, this.#window, this.#width());
    this.#syncItems();
    this.#placeLabels();
  };

  // Every settled move is reported (the reader's, and those made for a selection), so the map
  // and the link always describe the window on screen.
  readonly #onRangeChanged = ({ start, end }: { start: Date; end: Date }) => this.#report({ start, end });

  /** Zooms in four times around a cluster: its stretch splits into quarters, which may stand apart. */
  #zoomToCluster(cluster: TimelineCluster): void {
    const { start, end } = this.#timeline.getWindow();
    const centre = (cluster.start.getTime() + cluster.end.getTime()) / 2;
    const half = (end.getTime() - start.getTime()) / 8;
    this.#timeline.setWindow(centre - half, centre + half, { animation: this.#animation({ duration: 400, easingFunction: 'easeInOutQuad' as const }) });
  }

  /**
   * Marks the selected item, unless it is marked already (a clicked item is): vis-timeline measures
   * an item again whenever it is selected, a forced layout of the page.
   */
  #markSelected(ids: string[]): void {
    const marked = this.#timeline.getSelection();
    if (marked.length !== ids.length || marked.some((id, index) => String(id) !== ids[index])) this.#timeline.setSelection(ids);
  }

  #showSelection(): void {
    const id = this.#inputs.selectedId;
    const event = id ? this.#inputs.events.find((candidate) => candidate.id === id) : undefined;
    if (!event) {
      this.#placeLabels();
      this.#markSelected([]);
      return;
    }
    const timeline = this.#timeline;
    const current = timeline.getWindow();
    const target = windowForEvent(event, { start: new Date(current.start), end: new Date(current.end) });
    const animation = this.#animation(GLIDE);
    const keepsWindow = sameWindow(target, current);
    // The event needs an item of its own (out of any cluster) before the timeline can go to it.
    // On a jump, the new window's items go in first, so that those off screen (a pan) are drawn
    // and measured together once the window has moved: an item added on screen (a zoom in) is
    // drawn and measured on its own, a layout of the page for each. They are built with their
    // labels placed for that window: placed for the old one, each would be rebuilt once it arrives.
    if (!keepsWindow && !animation) {
      this.#window = { start: target.start.getTime(), end: target.end.getTime() };
      this.#span = itemSpan(this.#span, this.#window, this.#width());
    }
    this.#placeLabels();
    this.#syncItems();
    this.#markSelected([event.id]);
    // focus() centres the item and scrolls its lane into view; with zoom: false it keeps the window's width.
    const reveal = () => {
      timeline.focus(event.id, { zoom: false, animation: false });
      this.#revealLane(event.id);
    };
    if (!keepsWindow) timeline.setWindow(target.start, target.end, { animation }, reveal);
    // A shared link that gives both an event and a window keeps the window it gives; otherwise
    // the item is centred and its lane scrolled into view.
    else if (!this.#keepLinkedWindow) timeline.focus(event.id, { zoom: false, animation });
  }

  /**
   * Scrolls the lane of an event into view when it is out of sight, leaving the window as it is
   * (focus() also centres the event, and scrolls only when that moves the window). vis-timeline
   * draws only the lanes in view, and follows the scroll of its column of lane labels.
   */
  #revealLane(id: string | null): void {
    const lane = id ? this.#items.get(id)?.group : undefined;
    const label = lane ? this.#groups.get(lane)?.content.closest<HTMLElement>('.vis-label') : null;
    const column = label?.closest<HTMLElement>('.vis-panel.vis-left');
    if (!label || !column) return;
    // The lane's first row in sight is enough: the selected event usually leads its lane.
    const firstRow = Math.min(label.offsetHeight, 40);
    const inSight = label.offsetTop >= column.scrollTop && label.offsetTop + firstRow <= column.scrollTop + column.clientHeight;
    if (inSight) return;
    column.scrollTop = label.offsetTop;
    // vis-timeline keeps its own scroll offset and puts it back on every redraw. It learns the new
    // one from the column's scroll event, which the browser fires only at a later frame: a redraw
    // due before then would scroll the lane out of sight again. So it is told at once.
    column.dispatchEvent(new Event('scroll'));
  }

  /** Lanes: every category, or the countries of the events shown, named in the reader's language. */
  #syncGroups(): void {
    const { events, lanes, lang, t } = this.#inputs;
    const countryNames = new Intl.DisplayNames([lang], { type: 'region' });
    const specs = timelineGroups(
      events,
      lanes,
      (category) => t(`category.${category}`),
      (country) => countryNames.of(country) ?? country
    );
    const keys = new Set(specs.map((spec) => `lane:${spec.id}`));
    for (const key of this.#content.keys()) if (key.startsWith('lane:') && !keys.has(key)) this.#content.remove(key);
    this.#groups.clear();
    const groups: VisGroup[] = specs.map((spec) => ({ id: spec.id, order: spec.order, content: this.#content.render(`lane:${spec.id}`, LaneLabel, { label: spec.label }) }));
    if (this.#inputs.eras.length) groups.unshift({ id: ERA_LANE, order: -1, content: this.#content.render(`lane:${ERA_LANE}`, LaneLabel, { label: t('timeline.eras') }) });
    this.#groups.add(groups);
  }

  /**
   * Each era is a band behind every lane (alternate shades tell neighbours apart) and a band in
   * the eras lane that carries its name, in the reader's language.
   */
  #syncEras(): void {
    const { eras, lang } = this.#inputs;
    const bands: VisItem[] = eras.flatMap((era, order) => {
      const shade = order % 2 ? 'era-band--odd' : 'era-band--even';
      return [
        { id: `era:${era.id}`, type: 'background' as const, start: era.span.start, end: era.span.end, content: '', className: `era-band ${shade}` },
        {
          id: `era-name:${era.id}`,
          type: 'background' as const,
          group: ERA_LANE,
          start: era.span.start,
          end: era.span.end,
          content: this.#content.render(`era:${era.id}`, EraName, { name: era.name[lang] }),
          className: `era-band era-band--named ${shade}`
        }
      ];
    });
    this.#items.update(bands);
    // Names are placed as they are made, so none shows unplaced once vis-timeline appears.
    this.#placeEraNames();
  }

  /**
   * Puts each label where labelPlacement.ts says for the window on screen (after or before its
   * dot, shortened, or left out), updating only the items whose placement changes, and keeps
   * each era's name inside the part of its band in view. Runs on every move: it reads no layout.
   */
  #placeLabels(): void {
    // Until the first draw, items are placed as they are built, for the window vis-timeline opens on.
    if (!this.#ready) return;
    const updates: VisItem[] = [];
    for (const [id, source] of this.#shownItems) {
      if (source.entry.kind !== 'event') continue;
      const placed = this.#placed.get(id);
      if (!placed) continue;
      const placement = this.#placementOf(source.entry.event, placed.span);
      const key = placementKey(placement);
      if (key === placed.key) continue;
      placed.key = key;
      const item = this.#items.get(id);
      if (item) updates.push({ ...item, ...this.#placedFields(id, item.className, placement, placed.span) });
    }
    if (updates.length) this.#items.update(updates);
    this.#placeEraNames();
  }

  #placeEraNames(): void {
    const { start, end } = this.#window;
    const scale = this.#centreWidthPx / Math.max(1, end - start);
    for (const era of this.#inputs.eras) {
      const content = this.#content.host(`era:${era.id}`);
      if (!content) continue;
      const startX = (era.span.start.getTime() - start) * scale;
      const endX = (era.span.end.getTime() - start) * scale;
      const placement = placeEraName(startX, endX, this.#centreWidthPx, this.#textWidth(era.name[this.#inputs.lang]) + ERA_NAME_PADDING);
      content.hidden = placement === null;
      if (placement?.maxWidth) content.style.setProperty('--label-max', `${placement.maxWidth - ERA_NAME_PADDING}px`);
      else content.style.removeProperty('--label-max');
    }
  }

  #placementOf(event: IndexedEvent, span: boolean): LabelPlacement {
    const { start, end } = this.#window;
    const width = this.#centreWidthPx;
    const scale = width / Math.max(1, end - start);
    return placeLabel(
      {
        x: (event.start.getTime() - start) * scale,
        ...(span ? { endX: (event.finish.getTime() - start) * scale } : {}),
        width: Math.min(this.#textWidth(event.label[this.#inputs.lang]), LABEL_MAX_TEXT) + LABEL_CHROME,
        importance: event.importance,
        selected: event.id === this.#inputs.selectedId
      },
      width,
      pxPerDay(end - start, width)
    );
  }

  /** An event item's classes and side for a placement; its shortened width goes on its content. */
  #placedFields(id: string, className: string, placement: LabelPlacement, span: boolean): Pick<VisItem, 'className' | 'align'> {
    const category = className.split(' ')[0] ?? '';
    const side = !placement.shown ? ' label-hidden' : placement.side === 'after' ? '' : ` label-${placement.side}`;
    const content = this.#content.host(`item:${id}`);
    if (placement.maxWidth === null) content?.style.removeProperty('--label-max');
    else content?.style.setProperty('--label-max', `${placement.maxWidth - LABEL_CHROME}px`);
    if (placement.offset === undefined) content?.style.removeProperty('--label-offset');
    else content?.style.setProperty('--label-offset', `${placement.offset}px`);
    return { className: `${category}${side}`, ...(span ? {} : { align: placement.side === 'before' ? 'right' : 'left' }) };
  }

  /**
   * A label's text width in the bold face selected labels take (the widest it is drawn), measured
   * on a canvas (no layout of the page), cached by text.
   */
  #textWidth(text: string): number {
    if (!this.#measure) {
      const style = getComputedStyle(this.#container);
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const context = document.createElement('canvas').getContext('2d');
      // Set once: the canvas is never resized, so it keeps its font (each setting parses it again).
      if (context) context.font = `600 ${0.8 * rootPx}px ${style.fontFamily}`;
      this.#measure = { context, widths: new Map() };
    }
    const { context, widths } = this.#measure;
    let width = widths.get(text);
    if (width === undefined) {
      // Without a canvas, a generous 0.6 em a character.
      width = Math.ceil(context ? context.measureText(text).width : text.length * 0.6 * 0.8 * 16);
      widths.set(text, width);
    }
    return width;
  }

  /**
   * Brings the items in line with the span around the window: single events or clusters of
   * crowded stretches, diffed into the DataSet so the timeline keeps its window and selection.
   * The selected event is drawn on its own wherever it is.
   */
  #syncItems(): void {
    const { events, lanes, lang, t, selectedId: keep } = this.#inputs;
    const span = this.#span;
    const last = this.#lastSync;
    if (last && last.span === span && last.lang === lang && last.lanes === lanes && last.keep === keep && last.events === events && last.t === t) return;
    this.#lastSync = { span, lang, lanes, keep, events, t };
    const entries = clusterEvents(events, {
      ...span,
      ...(events.length <= ALL_ITEMS_UP_TO ? { from: -Infinity, to: Infinity } : {}),
      maxItems: CLUSTER_MAX_ITEMS,
      groupOf: (event) => groupId(event, lanes),
      keep
    });
    const { remove, build } = planItemChanges(this.#shownItems, entries, lang, lanes);
    if (remove.length) this.#items.remove(remove);
    for (const id of remove) {
      this.#shownItems.delete(id);
      this.#placed.delete(id);
      this.#content.remove(`item:${id}`);
      this.#content.remove(`title:${id}`);
    }
    if (build.length) this.#items.update(build.map((entry) => this.#visItem(entry)));
    for (const entry of build) this.#shownItems.set(entryId(entry), { entry, lang, lanes });
    // vis-timeline draws an item added after its id was selected as unselected: mark it again.
    if (this.#ready && keep && this.#shownItems.has(keep)) {
      if (build.some((entry) => entryId(entry) === keep)) this.#timeline.setSelection([keep]);
      else this.#markSelected([keep]);
    }
  }

  #visItem(entry: TimelineEntry): VisItem {
    const { lang, lanes, t } = this.#inputs;
    if (entry.kind === 'cluster') {
      const { cluster } = entry;
      const label = t('timeline.cluster', { count: cluster.count });
      return {
        id: cluster.id,
        start: cluster.start,
        end: cluster.end,
        type: 'range',
        group: cluster.group,
        className: 'timeline-cluster',
        content: this.#content.render(`item:${cluster.id}`, ClusterChip, { count: cluster.count, label, onactivate: () => this.#zoomToCluster(cluster) }),
        title: this.#content.render(`title:${cluster.id}`, ItemTooltip, { title: label })
      };
    }
    const spec = timelineItem(entry.event, lanes, lang);
    const date = formatEventDate(entry.event.date, entry.event.end, lang);
    const span = spec.type === 'range';
    // Category names come from our own list (data/types.ts), never from data; app.css colours them.
    const base = {
      className: `cat-${spec.category}`,
      content: this.#content.render(`item:${spec.id}`, EventLabel, { id: spec.id, label: spec.label, date, onactivate: () => this.#choose(spec.id) })
    };
    const placement = this.#placementOf(entry.event, span);
    this.#placed.set(spec.id, { span, key: placementKey(placement) });
    return {
      id: spec.id,
      start: spec.start,
      ...(spec.end ? { end: spec.end } : {}),
      // A day is a box rather than a point: vis-timeline lets a box sit on either side of its date
      // (align) and stacks it where it is drawn; our own dot marks the date (timeline.css).
      type: span ? 'range' : 'box',
      group: spec.group,
      ...base,
      ...this.#placedFields(spec.id, base.className, placement, span),
      title: this.#content.render(`title:${spec.id}`, ItemTooltip, { title: spec.title, date })
    };
  }
}

function placementKey(placement: LabelPlacement): string {
  return placement.shown ? `${placement.side}:${placement.maxWidth ?? ''}:${placement.offset ?? ''}` : 'hidden';
}
