import { swipeCommand } from '../story/commands';

/*
 * Cooperative gestures, as readers expect from maps embedded in a page: the page keeps scrolling
 * under the wheel and under one finger; zooming takes Ctrl/⌘ + wheel (a trackpad pinch arrives
 * as Ctrl + wheel) or two fingers. The view shows a hint when it lets a gesture through.
 */

/** Whether a wheel event asks to zoom rather than to scroll the page. */
export function wheelZooms(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey;
}

/** The key readers hold to zoom: ⌘ on Apple systems, Ctrl elsewhere. */
export function zoomKeyName(platform: string): string {
  return /Mac|iPhone|iPad|iPod/i.test(platform) ? '⌘' : 'Ctrl';
}

/**
 * Lets the library inside `node` see only the wheel events that zoom. A plain wheel is stopped on
 * its way down (capture phase, on an ancestor of the library's own listeners) without preventing
 * its default, so the browser scrolls the page; `onpagescroll` is told, to show a hint.
 * Returns the cleanup (an attachment).
 */
export function wheelGate(onpagescroll: () => void): (node: HTMLElement) => () => void {
  return (node) => {
    const listener = (event: WheelEvent) => {
      if (wheelZooms(event)) return;
      event.stopPropagation();
      onpagescroll();
    };
    node.addEventListener('wheel', listener, { capture: true, passive: true });
    return () => node.removeEventListener('wheel', listener, { capture: true });
  };
}

/** Tells `onsinglefinger` when one finger moves over `node` (which then scrolls the page). Returns the cleanup. */
export function singleFingerHint(onsinglefinger: () => void): (node: HTMLElement) => () => void {
  return (node) => {
    const listener = (event: TouchEvent) => {
      if (event.touches.length === 1) onsinglefinger();
    };
    node.addEventListener('touchmove', listener, { passive: true });
    return () => node.removeEventListener('touchmove', listener);
  };
}

/**
 * Calls `onswipe` when a finger crosses `node` mostly sideways (see swipeCommand): to the left for
 * 'next', to the right for 'previous'. The node should have `touch-action: pan-y`, so vertical
 * travel stays the page's scroll (the browser then cancels the pointer, and no swipe is read). A
 * mouse drag is left alone: it selects text. Returns the cleanup (an attachment).
 */
export function swipe(onswipe: (command: 'next' | 'previous') => void): (node: HTMLElement) => () => void {
  return (node) => {
    let start: { x: number; y: number } | null = null;
    const down = (event: PointerEvent) => {
      start = event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY } : null;
    };
    const up = (event: PointerEvent) => {
      const from = start;
      start = null;
      if (!from) return;
      const command = swipeCommand(event.clientX - from.x, event.clientY - from.y);
      if (command === 'next' || command === 'previous') onswipe(command);
    };
    const cancel = () => (start = null);
    node.addEventListener('pointerdown', down);
    node.addEventListener('pointerup', up);
    node.addEventListener('pointercancel', cancel);
    return () => {
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', cancel);
    };
  };
}
