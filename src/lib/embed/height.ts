/**
 * Reports a height at most once per animation frame, and only when it changed: layout can
 * change many times a frame (the timeline redraws, the map fits), the host resizes once.
 * `resend` reports the current height even if unchanged (a pym host asks for it on resize).
 */
export function heightReporter(
  measure: () => number,
  send: (height: number) => void,
  frame: { request: (callback: () => void) => number; cancel: (handle: number) => void }
): { changed: () => void; resend: () => void; stop: () => void } {
  let last: number | null = null;
  let pending: number | null = null;

  const cancel = () => {
    if (pending !== null) frame.cancel(pending);
    pending = null;
  };

  const report = () => {
    pending = null;
    const height = Math.ceil(measure());
    if (height === last) return;
    last = height;
    send(height);
  };

  return {
    changed: () => {
      if (pending === null) pending = frame.request(report);
    },
    resend: () => {
      cancel();
      last = null;
      report();
    },
    stop: cancel
  };
}
