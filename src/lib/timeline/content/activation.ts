/**
 * The keyboard half of a control that is not a <button> (vis-timeline draws items as divs, and a
 * click on them goes through vis-timeline's own gestures): Enter or Space activates it.
 */
export function activateOnEnterOrSpace(activate: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate();
  };
}
