// Runs in the benchmarked page before its own scripts (plain JavaScript: it is injected as text,
// so no compiler helper can leak into it). `window.__benchSelectors` says what to look for:
// { item: the timeline's items, marker?: the map's markers, when the page has a map }.
(() => {
  const { item, marker } = window.__benchSelectors;
  const probe = {
    /** [start, duration] of every task of 50 ms or more, from navigation start. */
    longTasks: [],
    firstItem: null,
    firstMarker: null,
    /** The first frame with everything of the first view: a timeline item, and a marker where there is a map. */
    renderedAt: null,
    /** When the pointer last went down. */
    inputAt: null,
    /** When `watch` saw its element. */
    seenAt: null,
    /** Records the first frame in which `selector` is in the DOM and overlaps the box of `within`. */
    watch(selector, within) {
      probe.seenAt = null;
      const look = () => {
        const rect = document.querySelector(selector)?.getBoundingClientRect();
        const box = document.querySelector(within)?.getBoundingClientRect();
        if (rect && box && rect.right > box.left && rect.left < box.right && rect.bottom > box.top && rect.top < box.bottom) {
          probe.seenAt = performance.now();
        } else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }
  };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('pointerdown', (event) => (probe.inputAt = event.timeStamp), { capture: true });
  // A frame callback runs just before the frame is painted, after whatever task built the DOM.
  const firstFrames = () => {
    if (probe.firstItem === null && document.querySelector(item)) probe.firstItem = performance.now();
    if (marker && probe.firstMarker === null && document.querySelector(marker)) probe.firstMarker = performance.now();
    if (probe.firstItem !== null && (!marker || probe.firstMarker !== null)) probe.renderedAt = performance.now();
    else requestAnimationFrame(firstFrames);
  };
  requestAnimationFrame(firstFrames);
})();
