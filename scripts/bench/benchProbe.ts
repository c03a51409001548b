/** What probe.js puts in each frame of a benchmarked page, as `window.__bench`. */
export interface BenchProbe {
  longTasks: Array<[start: number, duration: number]>;
  firstItem: number | null;
  firstMarker: number | null;
  renderedAt: number | null;
  inputAt: number | null;
  seenAt: number | null;
  watch(selector: string, within: string): void;
  firstScreen: {
    title: number | null;
    titleText: string | null;
    titleFontPx: number | null;
    /** The element's last ancestors (tag and first classes) and its box: where the title was read. */
    titleWhere: string | null;
    timeline: number | null;
    map: number | null;
    near: string | null;
  };
  stopLooking(): void;
  /** The first readable title now (probe.js defines readable), or null. */
  readableTitle(): { element: Element; text: string } | null;
  bytesBy(absoluteTime: number): { total: number; scriptAndStyle: number };
  waterfall(): Array<{ url: string; start: number; end: number; bytes: number }>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}
