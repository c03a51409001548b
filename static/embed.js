/*!
 * pegasus-timeline embed loader: turns each <div data-pegasus-timeline="…"> of a page into a
 * responsive iframe of the timeline. No dependencies and no build step (ES2017).
 * Options, message format and hash mirroring: docs/EMBED.md
 */
(function (root, factory) {
  'use strict';
  const loader = factory();
  // In a page, start; under Node (the unit tests), hand the pure functions over instead.
  if (typeof module === 'object' && module && module.exports) module.exports = loader;
  else if (root && root.document) loader.start(root);
})(typeof window !== 'undefined' ? window : this, function () {
  'use strict';

  const NAMESPACE = 'pegasus-timeline';
  const VERSION = 1;
  /** Frame ids end up in the host's address: letters, digits, `_` and `-` only. */
  const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;
  const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const MAX_HEIGHT = 100000;
  const DEFAULT_HEIGHT = 600;
  const DEFAULT_TITLE = 'The Pegasus affair: a timeline and map';
  /** The heights an embed can be capped at (src/lib/state/urlState.ts checks the same). */
  const CAP_LEAST = 300;
  const CAP_MOST = 20000;

  const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const isEventId = (value) => typeof value === 'string' && value.length <= 80 && EVENT_ID.test(value);
  const isStep = (value) => Number.isInteger(value) && value >= 1 && value <= 9999;

  /** A frame state ({ event, step }) from an untrusted payload, or null. */
  function readState(payload) {
    if (!isRecord(payload)) return null;
    const eventOk = payload.event === null || isEventId(payload.event);
    const stepOk = payload.step === null || isStep(payload.step);
    return eventOk && stepOk ? { event: payload.event, step: payload.step } : null;
  }

  /** A message from the embed framed as `frame`: { type: 'height', height } or { type: 'state', state, cause }; else null. */
  function readEmbedMessage(data, frame) {
    if (!isRecord(data) || data.namespace !== NAMESPACE || data.version !== VERSION || data.frame !== frame) return null;
    if (!isRecord(data.payload)) return null;
    if (data.type === 'height') {
      const height = data.payload.height;
      const ok = typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT;
      return ok ? { type: 'height', height: Math.ceil(height) } : null;
    }
    if (data.type === 'state') {
      const state = readState(data.payload);
      const cause = data.payload.cause;
      return state && (cause === 'reader' || cause === 'link') ? { type: 'state', state, cause } : null;
    }
    return null;
  }

  /** The message that asks the embed framed as `frame` to show `state`. */
  function selectMessage(frame, state) {
    return { namespace: NAMESPACE, version: VERSION, frame, type: 'select', payload: { event: state.event, step: state.step } };
  }

  const sameState = (a, b) => a.event === b.event && a.step === b.step;

  /** `event:<id>,step:<n>` (either part may be missing; empty means "nothing selected"). */
  function encodeState(state) {
    const parts = [];
    if (state.event) parts.push('event:' + state.event);
    if (state.step) parts.push('step:' + state.step);
    return parts.join(',');
  }

  function decodeState(value) {
    const state = { event: null, step: null };
    if (value === '') return state;
    for (const part of value.split(',')) {
      const colon = part.indexOf(':');
      const key = part.slice(0, colon);
      const text = part.slice(colon + 1);
      if (colon > 0 && key === 'event' && isEventId(text)) state.event = text;
      else if (colon > 0 && key === 'step' && /^\d{1,4}$/.test(text) && isStep(Number(text))) state.step = Number(text);
      else return null;
    }
    return state;
  }

  /** The hash's `name=value` entries (a host may use its hash for other things too: those are kept). */
  const hashEntries = (hash) => hash.replace(/^#/, '').split('&').filter((entry) => entry !== '');
  const entryName = (entry) => entry.slice(0, Math.max(0, entry.indexOf('=')));

  /** The state the host's hash gives frame `frame`, or undefined when it gives none (or a malformed one). */
  function readHash(hash, frame) {
    const entry = hashEntries(hash).find((candidate) => entryName(candidate) === frame);
    return entry === undefined ? undefined : decodeState(entry.slice(frame.length + 1)) || undefined;
  }

  /** The hash with frame `frame` set to `state`, or without it when `state` is null; other entries stay. */
  function writeHash(hash, frame, state) {
    const entries = hashEntries(hash).filter((entry) => entryName(entry) !== frame);
    if (state) entries.push(frame + '=' + encodeState(state));
    return entries.length ? '#' + entries.join('&') : '';
  }

  /** A cap in pixels from an attribute or a URL parameter (whole digits, within range), or null. */
  function readCap(value) {
    if (typeof value !== 'string' || !/^\d{1,5}$/.test(value)) return null;
    const cap = Number(value);
    return cap >= CAP_LEAST && cap <= CAP_MOST ? cap : null;
  }

  /** The state a snippet opens with (its `event` and `step`): what Back returns to. */
  function snippetState(url) {
    const event = url.searchParams.get('event');
    const step = Number(url.searchParams.get('step'));
    return { event: isEventId(event) ? event : null, step: isStep(step) ? step : null };
  }

  /**
   * The iframe's address: the snippet's URL in embed mode, with the frame id, the cap (`maxheight`)
   * if the div sets one, and the state the host's hash asks for, if any. Null for anything but an
   * http(s) URL.
   */
  function frameSrc(embedUrl, base, frame, state, cap) {
    let url;
    try {
      url = new URL(embedUrl, base);
    } catch (error) {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.searchParams.set('embed', '1');
    url.searchParams.set('frame', frame);
    if (cap) url.searchParams.set('maxheight', String(cap));
    if (state) {
      if (state.event) url.searchParams.set('event', state.event);
      else url.searchParams.delete('event');
      if (state.step) url.searchParams.set('step', String(state.step));
      else url.searchParams.delete('step');
    }
    return url;
  }

  function start(win) {
    const doc = win.document;
    // Relative snippet URLs are resolved against the folder this script came from: the app's.
    const script = doc.currentScript;
    const base = new URL('./', script && script.src ? script.src : doc.baseURI).href;
    const frames = [];

    function frameId(node) {
      const wanted = node.getAttribute('data-frame-id') || node.id;
      const name = wanted && FRAME_ID.test(wanted) ? wanted : 'pegasus-timeline-' + (frames.length + 1);
      let id = name;
      for (let n = 2; frames.some((frame) => frame.id === id); n += 1) id = name + '-' + n;
      return id;
    }

    function mount(node) {
      node.setAttribute('data-pegasus-timeline-ready', '');
      const id = frameId(node);
      const snippetUrl = frameSrc(node.getAttribute('data-pegasus-timeline') || '', base, id, undefined);
      if (!snippetUrl) return;
      const mirror = node.hasAttribute('data-mirror-hash');
      const initial = snippetState(snippetUrl);
      const fromHash = mirror ? readHash(win.location.hash, id) : undefined;
      // A cap from data-max-height, else from the snippet's own maxheight: the embed lays out within
      // it, and the frame is never made taller.
      const cap = readCap(node.getAttribute('data-max-height')) || readCap(snippetUrl.searchParams.get('maxheight'));
      const src = frameSrc(snippetUrl.href, base, id, fromHash, cap);
      const wanted = Number(node.getAttribute('data-height')) || DEFAULT_HEIGHT;
      const height = cap ? Math.min(wanted, cap) : wanted;
      const iframe = doc.createElement('iframe');
      iframe.src = src.href;
      iframe.title = node.getAttribute('data-title') || DEFAULT_TITLE;
      iframe.setAttribute('loading', 'lazy');
      iframe.setAttribute('allow', 'clipboard-write');
      iframe.setAttribute('width', '100%');
      iframe.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
      // The div may hold a fallback link for readers without JavaScript: the iframe replaces it.
      node.textContent = '';
      node.appendChild(iframe);
      frames.push({ id, iframe, origin: src.origin, cap, mirror, fromHash, initial, shown: fromHash || initial, reported: false });
    }

    function scan() {
      doc.querySelectorAll('div[data-pegasus-timeline]:not([data-pegasus-timeline-ready])').forEach(mount);
    }

    // The selection as the host's address. The reader's selections push, so Back steps back
    // through them; what the embed settled from its link replaces. Opened without a state in the
    // address, the embed's first report is where it starts, and what Back returns to.
    function mirrorState(frame, state, cause) {
      if (cause === 'link' && !frame.reported && !frame.fromHash) frame.initial = frame.shown = state;
      frame.reported = true;
      if (sameState(state, frame.shown)) return;
      frame.shown = state;
      const hash = writeHash(win.location.hash, frame.id, sameState(state, frame.initial) ? null : state);
      const url = win.location.pathname + win.location.search + hash;
      try {
        if (cause === 'reader') win.history.pushState(null, '', url);
        else win.history.replaceState(win.history.state, '', url);
      } catch (error) {
        // A host page that may not change its history keeps working, without the mirror.
      }
    }

    // Only the iframe whose window sent a message, from the origin it was loaded from, is touched.
    function onMessage(event) {
      const frame = frames.find((candidate) => candidate.iframe.contentWindow === event.source);
      if (!frame || event.origin !== frame.origin) return;
      const message = readEmbedMessage(event.data, frame.id);
      if (!message) return;
      if (message.type === 'height') frame.iframe.style.height = (frame.cap ? Math.min(message.height, frame.cap) : message.height) + 'px';
      else if (frame.mirror) mirrorState(frame, message.state, message.cause);
    }

    // Back, Forward or an edited address: each mirrored embed shows what the hash now says.
    function onAddressChange() {
      for (const frame of frames) {
        if (!frame.mirror || !frame.iframe.contentWindow) continue;
        const state = readHash(win.location.hash, frame.id) || frame.initial;
        if (sameState(state, frame.shown)) continue;
        frame.shown = state;
        frame.iframe.contentWindow.postMessage(selectMessage(frame.id, state), frame.origin);
      }
    }

    win.addEventListener('message', onMessage);
    win.addEventListener('popstate', onAddressChange);
    win.addEventListener('hashchange', onAddressChange);
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', scan);
    else scan();
  }

  return { readEmbedMessage, selectMessage, readHash, writeHash, frameSrc, readCap, snippetState, start };
});
