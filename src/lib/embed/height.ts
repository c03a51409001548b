/**
 * The embed's height, as its host page needs it: measured when the layout may have changed, at
 * most once per animation frame, and sent only when it changed (layout can change many times a
 * frame while the timeline redraws or the map fits; the host resizes once).
 *
 * An embed below the fold must be sized before the reader scrolls to it, or the article jumps
 * under their eyes. But Chromium runs no animation frames and no ResizeObserver callbacks in an
 * off-screen cross-origin frame. So every report has a timer as well as a frame (whichever comes
 * first), and layout changes are also noticed by what does run off screen: DOM mutations (data
 * arriving, a selection, a view switch), loads (the page, fonts, images) and the ends of CSS
 * transitions and animations.
 */

/** Runs `callback` later; the returned function cancels it. */
export type Schedule = (callback: () => void) => () => void;

export interface HeightReporter {
  /** The layout may have changed: measure soon, and send the height if it differs. */
  changed: () => void;
  /** Send the current height now, even if unchanged (a pym host asks for it on resize). */
  resend: () => void;
  stop: () => void;
}

export function heightReporter(measure: () => number, send: (height: number) => void, schedule: Schedule): HeightReporter {
  let last: number | null = null;
  let cancelPending: (() => void) | null = null;

  const cancel = () => {
    cancelPending?.();
    cancelPending = null;
  };

  const report = () => {
    cancelPending = null;
    const height = Math.ceil(measure());
    if (height === last) return;
    last = height;
    send(height);
  };

  return {
    changed: () => {
      if (cancelPending === null) cancelPending = schedule(report);
    },
    resend: () => {
      cancel();
      last = null;
      report();
    },
    stop: cancel
  };
}

export type Clock = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

/** Off screen, a report waits this long for the animation frame that will not come. */
export const FRAMELESS_DELAY_MS = 100;

/** Schedules on the next animation frame, or after `delayMs` if no frame has come by then. */
export function frameOrTimer(clock: Clock, delayMs: number = FRAMELESS_DELAY_MS): Schedule {
  return (callback) => {
    let frame = 0;
    let timer = 0;
    const cancel = () => {
      clock.cancelAnimationFrame(frame);
      clock.clearTimeout(timer);
    };
    const run = () => {
      cancel();
      callback();
    };
    frame = clock.requestAnimationFrame(run);
    timer = clock.setTimeout(run, delayMs);
    return cancel;
  };
}

/**
 * Calls `changed` whenever the layout of `body` may have changed, on screen or off; returns the
 * function that stops watching.
 */
export function watchLayout(body: HTMLElement, changed: () => void): () => void {
  const document = body.ownerDocument;
  const view = document.defaultView;
  if (view === null) return () => undefined;
  const resizes = new view.ResizeObserver(changed);
  resizes.observe(body);
  const mutations = new view.MutationObserver(changed);
  mutations.observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
  // An image's `load` neither bubbles nor reaches the window: catch it on its way down.
  const events = ['load', 'transitionend', 'animationend'] as const;
  for (const type of events) document.addEventListener(type, changed, true);
  view.addEventListener('load', changed);
  let watching = true;
  document.fonts.ready.then(() => {
    if (watching) changed();
  });
  changed();
  return () => {
    watching = false;
    resizes.disconnect();
    mutations.disconnect();
    for (const type of events) document.removeEventListener(type, changed, true);
    view.removeEventListener('load', changed);
  };
}
