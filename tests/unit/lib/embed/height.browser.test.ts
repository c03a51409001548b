/**
 * watchLayout in a real browser: it hears of layout changes through what also runs in an
 * off-screen cross-origin frame (mutations, loads, transition ends), not only ResizeObserver.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLayout } from '../../../../src/lib/embed/height';

const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  document.body.replaceChildren();
});

/** Lets queued microtasks (mutation records) and a task run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Starts watching, past the reports it makes on its own at the start (at once, and when fonts are ready). */
async function watch() {
  const changed = vi.fn();
  stops.push(watchLayout(document.body, changed));
  await document.fonts.ready;
  await settle();
  changed.mockClear();
  return changed;
}

describe('watchLayout', () => {
  it('reports at once when it starts, so a first height is sent without waiting for a change', () => {
    const changed = vi.fn();
    stops.push(watchLayout(document.body, changed));
    expect(changed).toHaveBeenCalled();
  });

  it('hears of content added, changed in text or in style', async () => {
    const changed = await watch();
    const panel = document.createElement('section');
    document.body.append(panel);
    await settle();
    expect(changed).toHaveBeenCalled();

    changed.mockClear();
    panel.textContent = 'The US blacklists NSO Group';
    await settle();
    expect(changed).toHaveBeenCalled();

    changed.mockClear();
    panel.style.height = '300px';
    await settle();
    expect(changed).toHaveBeenCalled();
  });

  it('hears of an image that loads, an event that neither bubbles nor changes the DOM', async () => {
    const image = document.createElement('img');
    document.body.append(image);
    const changed = await watch();
    image.dispatchEvent(new Event('load', { bubbles: false }));
    expect(changed).toHaveBeenCalledOnce();
  });

  it('hears of a transition that ends', async () => {
    const changed = await watch();
    const panel = document.createElement('div');
    document.body.append(panel);
    await settle();
    changed.mockClear();
    panel.dispatchEvent(new TransitionEvent('transitionend', { bubbles: true, propertyName: 'height' }));
    expect(changed).toHaveBeenCalledOnce();
  });

  it('hears nothing once stopped', async () => {
    const changed = vi.fn();
    const stop = watchLayout(document.body, changed);
    stop();
    changed.mockClear();
    document.body.append(document.createElement('p'));
    document.body.dispatchEvent(new TransitionEvent('transitionend', { bubbles: true }));
    await settle();
    expect(changed).not.toHaveBeenCalled();
  });
});
