/**
 * Below this container width the explorer leads with the story: one event as a card, a compact
 * strip of dots under it, the map after them (NarrowExplorer.svelte). Inside an embed the
 * document is the frame, so a media query measures the container, not the phone; it answers at
 * once, where ResizeObserver and animation frames may never run (off-screen cross-origin frames).
 */
export const NARROW_QUERY = '(max-width: 639.98px)';

/** Whether the page starts narrow (false where there is no window, as when rendering on a server). */
export function startsNarrow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches;
}
