/**
 * The first screen the build writes into index.html (build/firstScreen): shown until the app's
 * own is in the page, then removed in the same frame, so nothing flashes. The head script marks
 * <html> with the language it shows, or `off` when the link asks for another first screen.
 */
export function shownFirstScreen(): HTMLElement | undefined {
  const element = document.getElementById('first-screen');
  if (!element) return undefined;
  const shown = document.documentElement.dataset.firstScreen;
  if (shown && shown !== 'off') return element;
  element.remove(); // hidden already; out of the page, so nothing finds it twice
  return undefined;
}
