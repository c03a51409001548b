// Runs in every frame of the benchmarked page before its own scripts (plain JavaScript: it is
// injected as text, so no compiler helper can leak into it). `window.__benchConfig` says what to
// look for:
// { item: the timeline's items, marker?: the map's markers, when the page has a map,
//   titles?: the texts that count as an event's title (the first screen's readable title),
//   screen?: { width, height } of the reader's screen, this frame sitting at its top-left,
//   firstScreen?: true to record the first screen's milestones below, until `stopLooking()` }.
//
// A title is READABLE in a frame (the same test for every page, by what is on screen, not by any
// page's markup) when the innermost element whose whole text, whitespace collapsed, is one of
// `titles` passes every test below:
// - its text has a box (it is laid out) lying wholly inside the part of the viewport on the
//   reader's screen (1 px tolerance);
// - no ancestor (nor the element) whose overflow is not `visible` clips any of it (text cut off,
//   or ellipsed by `text-overflow`, fails);
// - the font size of every piece of its text, times any scale transform, is at least 14 CSS px;
// - it is visible: every piece `visibility: visible` in a colour with alpha ≥ 0.5, and the
//   product of its and its ancestors' opacity ≥ 0.9;
// - it is not covered: the element hit at the middle of each of its (first three) lines is the
//   element itself, inside it, or one of its ancestors (an ancestor cannot paint over it).
// Not checked: contrast against the background, web fonts still loading (neither page uses one),
// `clip-path`, and clipping of a position: fixed element by an ancestor it escapes.
// The time of a milestone is that of the first frame in which it holds, taken at the last moment
// before that frame is painted (after its frame callbacks, the page's own included, and its layout),
// as an absolute time (performance.timeOrigin + now) so frames compare.
(() => {
  const config = window.__benchConfig;
  const MIN_FONT_PX = 14;
  const MIN_OPACITY = 0.9;
  const MIN_COLOR_ALPHA = 0.5;
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();
  const titles = new Set((config.titles ?? []).map(normalize));
  const longestTitle = Math.max(0, ...[...titles].map((title) => title.length));
  const absolute = (time) => performance.timeOrigin + time;

  /** The alpha of a computed colour (`rgb(…)`, `rgba(…)` or `color(srgb … / a)`). */
  const alphaOf = (color) => {
    const match = /\/\s*([\d.]+)\s*\)$|rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)/.exec(color);
    if (!match) return color === 'transparent' ? 0 : 1;
    return Number(match[1] ?? match[2]);
  };

  const inside = (rect, box) =>
    rect.left >= box.left - 1 && rect.right <= box.right + 1 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;

  /** Why `element` (whose text is a title) is not readable now, or null when it is. */
  const unreadable = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    if (!text.width || !text.height) return 'no box';
    const screen = config.screen ?? { width: innerWidth, height: innerHeight };
    const view = { left: 0, top: 0, right: Math.min(innerWidth, screen.width), bottom: Math.min(innerHeight, screen.height) };
    if (!inside(text, view)) return 'off screen';
    // Every piece of the text: its own element's size, visibility and colour.
    const box = element.getBoundingClientRect();
    const scale = element.offsetWidth ? box.width / element.offsetWidth : 1;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || !node.parentElement) continue;
      const pieceStyle = getComputedStyle(node.parentElement);
      if (pieceStyle.visibility !== 'visible') return 'hidden';
      if (alphaOf(pieceStyle.color) < MIN_COLOR_ALPHA) return 'transparent text';
      if (parseFloat(pieceStyle.fontSize) * scale < MIN_FONT_PX) return 'small';
    }
    let opacity = 1;
    for (let node = element; node && node.nodeType === Node.ELEMENT_NODE; node = node.parentElement) {
      const nodeStyle = getComputedStyle(node);
      opacity *= Number(nodeStyle.opacity);
      if (nodeStyle.overflowX !== 'visible' || nodeStyle.overflowY !== 'visible') {
        const outer = node.getBoundingClientRect();
        const left = outer.left + node.clientLeft;
        const top = outer.top + node.clientTop;
        // The root scroller's client box is the viewport, checked above.
        if (node !== document.documentElement && node !== document.body && !inside(text, { left, top, right: left + node.clientWidth, bottom: top + node.clientHeight })) {
          return 'clipped';
        }
      }
    }
    if (opacity < MIN_OPACITY) return 'transparent';
    const lines = [...range.getClientRects()].filter((line) => line.width && line.height).slice(0, 3);
    for (const line of lines) {
      const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
      if (!hit || !(element.contains(hit) || hit.contains(element))) return 'covered';
    }
    return null;
  };

  /** Elements whose whole text is a title; recomputed only after the DOM changed. */
  let candidates = [];
  let domChanged = true;
  const findCandidates = () => {
    const found = new Set();
    if (!titles.size || !document.body) return [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // The innermost element whose whole text is a title (its wrappers, with the same text, are
      // not candidates: their box and style are not the text's). Climb while the text is shorter.
      for (let element = node.parentElement; element && element !== document.body; element = element.parentElement) {
        const text = normalize(element.textContent ?? '');
        if (titles.has(text)) {
          found.add(element);
          break;
        }
        if (text.length > longestTitle) break;
      }
    }
    return [...found];
  };

  /** This frame's own responses: its document and what it fetched (an iframe's document is counted by the iframe's own probe). */
  const responses = () => [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource').filter((entry) => entry.initiatorType !== 'iframe')
  ];

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
    /**
     * The first screen, in absolute times: the first frame with a readable title (and which text it
     * was, at what size), with a timeline item drawn (see `drawn`), with a map marker drawn. `near`
     * keeps the last reason a title was not readable, for a page that never shows one.
     */
    firstScreen: { title: null, titleText: null, titleFontPx: null, titleWhere: null, timeline: null, map: null, near: null },
    /** Stops looking for the first screen's milestones (the looking costs frames of work). */
    stopLooking() {
      looking = false;
    },
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
    },
    /** The first readable title now, as { element, text } or null; the reason the nearest miss failed otherwise. */
    readableTitle() {
      if (domChanged) {
        domChanged = false;
        candidates = findCandidates();
      }
      for (const element of candidates) {
        if (!element.isConnected) continue;
        const reason = unreadable(element);
        if (reason === null) return { element, text: normalize(element.textContent ?? '') };
        probe.firstScreen.near = reason;
      }
      return null;
    },
    /** Bytes of this frame's responses (the page itself and what it fetched) that had finished by `absoluteTime`. */
    bytesBy(absoluteTime) {
      const entries = responses();
      let total = 0;
      let scriptAndStyle = 0;
      for (const entry of entries) {
        if (absolute(entry.responseEnd) > absoluteTime) continue;
        total += entry.transferSize;
        if (/\.(js|css)$/.test(new URL(entry.name).pathname)) scriptAndStyle += entry.transferSize;
      }
      return { total, scriptAndStyle };
    },
    /** This frame's responses: what was fetched when, for a waterfall. */
    waterfall() {
      return responses().map((entry) => ({
        url: entry.name,
        start: absolute(entry.startTime),
        end: absolute(entry.responseEnd),
        bytes: entry.transferSize
      }));
    }
  };
  let looking = Boolean(config.firstScreen);
  window.__bench = probe;
  // What can change what is on screen: the DOM (nodes, text, classes and inline styles), and
  // without a mutation, a stylesheet or image arriving or a resize; the readable-title test
  // (which lays the page out) runs after the first, or every 100 ms for the rest.
  let screenChanged = true;
  let lastLook = 0;
  /** The probe's own element, resized in each frame so that beforePaint runs (see there). */
  const sentinel = document.createElement('div');
  sentinel.style.cssText = 'position: fixed; inset: 0 auto auto -10px; inline-size: 1px; block-size: 1px; visibility: hidden; pointer-events: none';
  new MutationObserver((records) => {
    const page = records.filter((record) => record.target !== sentinel && ![...record.addedNodes, ...record.removedNodes].includes(sentinel));
    if (!page.length) return;
    screenChanged = true;
    if (page.some((record) => record.type !== 'attributes')) domChanged = true;
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('pointerdown', (event) => (probe.inputAt = event.timeStamp), { capture: true });

  /**
   * Whether an element of `selector` is drawn: it has a box (on screen or not) and is visible, not
   * under `visibility: hidden` nor in an element of opacity 0 (vis-timeline lays its items out
   * under a root it keeps hidden until its first draw is done).
   */
  const drawn = (selector) => selector && [...document.querySelectorAll(selector)].some((element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  });
  /**
   * The first screen's milestones, looked for at the last moment before a frame is painted: once its
   * frame callbacks (the page's own too: vis-timeline draws in one) and its layout are done, when a
   * ResizeObserver's callbacks run. The probe's element, resized in each frame, makes them run.
   */
  const beforePaint = () => {
    const screen = probe.firstScreen;
    if (!looking) return;
    const now = performance.now();
    if (screen.timeline === null && drawn(config.item)) screen.timeline = absolute(now);
    if (screen.map === null && drawn(config.marker)) screen.map = absolute(now);
    if (screen.title === null && (screenChanged || now - lastLook >= 100)) {
      screenChanged = false;
      lastLook = now;
      const readable = probe.readableTitle();
      if (readable) {
        screen.title = absolute(now);
        screen.titleText = readable.text;
        screen.titleFontPx = parseFloat(getComputedStyle(readable.element).fontSize);
        const rect = readable.element.getBoundingClientRect();
        const path = [];
        for (let node = readable.element; node && node !== document.body; node = node.parentElement) {
          path.unshift(node.tagName.toLowerCase() + [...node.classList].slice(0, 2).map((name) => `.${name}`).join(''));
        }
        screen.titleWhere = `${path.slice(-4).join(' > ')} at ${[rect.left, rect.top, rect.width, rect.height].map(Math.round).join(',')}`;
      }
    }
  };
  if (config.firstScreen) new ResizeObserver(beforePaint).observe(sentinel);
  const everyMilestoneFound = () => {
    const screen = probe.firstScreen;
    return screen.timeline !== null && (!config.marker || screen.map !== null) && (!titles.size || screen.title !== null);
  };
  let frameCount = 0;
  // A frame callback runs at the start of a frame, after whatever task built the DOM.
  const firstFrames = () => {
    const now = performance.now();
    if (probe.firstItem === null && document.querySelector(config.item)) probe.firstItem = now;
    if (config.marker && probe.firstMarker === null && document.querySelector(config.marker)) probe.firstMarker = now;
    if (probe.firstItem !== null && (!config.marker || probe.firstMarker !== null) && probe.renderedAt === null) probe.renderedAt = now;
    if (!looking) {
      sentinel.remove();
      if (probe.renderedAt === null) requestAnimationFrame(firstFrames);
      return;
    }
    if (everyMilestoneFound()) sentinel.remove();
    else {
      // After the page's own elements, once it has some.
      if (!sentinel.isConnected && document.body) document.documentElement.append(sentinel);
      sentinel.style.inlineSize = `${1 + (++frameCount % 2)}px`;
    }
    requestAnimationFrame(firstFrames);
  };
  requestAnimationFrame(firstFrames);
})();
