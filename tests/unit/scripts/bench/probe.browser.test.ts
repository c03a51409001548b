/**
 * The benchmark's test of a readable title (scripts/bench/probe.js), on pages made for it: what a
 * reader could read passes, and each way a title can be on the page yet not readable fails for
 * that reason. The probe looks only at what is on screen, so these pages use no app markup.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import probeSource from '../../../../scripts/bench/probe.js?raw';
import type {} from '../../../../scripts/bench/benchProbe';

const TITLE = 'Spyware found on five ministers’ phones';
/** The reader's screen: the top-left 600 × 400 px of the frame. */
const SCREEN = { width: 600, height: 400 };

beforeAll(() => {
  Object.assign(window, { __benchConfig: { item: '.item', titles: [TITLE, 'Another title'], screen: SCREEN } });
  // The benchmark injects the probe as script text; here it runs the same text.
  new Function(probeSource)();
});

let fixture: HTMLElement | undefined;
afterEach(() => fixture?.remove());

/** Shows `html` at the top-left of the frame and answers what the probe reads after a frame. */
async function read(html: string): Promise<{ text: string | null; miss: string | null }> {
  fixture?.remove();
  fixture = document.createElement('div');
  fixture.style.cssText = 'position: fixed; inset: 0 auto auto 0; inline-size: 600px; background: white; z-index: 10; font: 16px/1.4 sans-serif; color: black';
  fixture.innerHTML = html;
  document.body.append(fixture);
  await new Promise(requestAnimationFrame);
  window.__bench.firstScreen.near = null;
  const readable = window.__bench.readableTitle();
  return { text: readable?.text ?? null, miss: window.__bench.firstScreen.near };
}

describe('a readable title', () => {
  it('is an element whose whole text is a title, on screen, at 14 px or more, visible and uncovered', async () => {
    expect(await read(`<h2 style="font-size: 18px">  ${TITLE.replace(' ', '\n ')} </h2>`)).toEqual({ text: TITLE, miss: null });
    expect(await read(`<p style="font-size: 14px">Another title</p>`)).toEqual({ text: 'Another title', miss: null });
  });

  it('may be split over elements of a readable size, and enlarged by a transform', async () => {
    expect((await read(`<h2>Spyware found <em>on five ministers’ phones</em></h2>`)).text).toBe(TITLE);
    expect((await read(`<h2 style="font-size: 12px; transform: scale(1.5); transform-origin: 0 0">${TITLE}</h2>`)).text).toBe(TITLE);
  });

  it('is not text that merely contains a title', async () => {
    expect(await read(`<p>${TITLE}, said the report.</p>`)).toEqual({ text: null, miss: null });
  });

  it('is not smaller than 14 px, nor shrunk below it, nor in a small element inside a larger wrapper', async () => {
    expect(await read(`<p style="font-size: 13px">${TITLE}</p>`)).toEqual({ text: null, miss: 'small' });
    expect(await read(`<p style="font-size: 20px; transform: scale(0.5); transform-origin: 0 0">${TITLE}</p>`)).toEqual({ text: null, miss: 'small' });
    expect(await read(`<div style="font-size: 16px"><span style="font-size: 12px">${TITLE}</span></div>`)).toEqual({ text: null, miss: 'small' });
    expect(await read(`<h2>Spyware found <small style="font-size: 10px">on five ministers’ phones</small></h2>`)).toEqual({ text: null, miss: 'small' });
  });

  it('is not below or beside the reader’s screen, even when the frame is larger', async () => {
    expect(await read(`<p style="margin-top: 390px">${TITLE}</p>`)).toEqual({ text: null, miss: 'off screen' });
    expect(await read(`<p style="margin-left: 500px; white-space: nowrap">${TITLE}</p>`)).toEqual({ text: null, miss: 'off screen' });
  });

  it('is not cut off by an element that clips its overflow, nor ellipsed', async () => {
    expect(await read(`<div style="inline-size: 120px; overflow: hidden"><p style="white-space: nowrap">${TITLE}</p></div>`)).toEqual({ text: null, miss: 'clipped' });
    expect(await read(`<p style="inline-size: 120px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">${TITLE}</p>`)).toEqual({ text: null, miss: 'clipped' });
    expect(await read(`<div style="block-size: 10px; overflow: hidden"><p style="margin: 0">${TITLE}</p></div>`)).toEqual({ text: null, miss: 'clipped' });
  });

  it('is not hidden, transparent or faded', async () => {
    expect(await read(`<p style="visibility: hidden">${TITLE}</p>`)).toEqual({ text: null, miss: 'hidden' });
    expect(await read(`<p style="color: transparent">${TITLE}</p>`)).toEqual({ text: null, miss: 'transparent text' });
    expect(await read(`<div style="opacity: 0.5"><p>${TITLE}</p></div>`)).toEqual({ text: null, miss: 'transparent' });
  });

  it('is not covered by another element, even a translucent one (a "swipe to navigate" veil)', async () => {
    const veil = '<div style="position: absolute; inset: 0; background: rgb(255 255 255 / 0.8)"></div>';
    expect(await read(`<p>${TITLE}</p>${veil}`)).toEqual({ text: null, miss: 'covered' });
    expect((await read(`<p>${TITLE}</p><div style="position: absolute; inset: 200px 0 0 0; background: white"></div>`)).text).toBe(TITLE);
  });
});

describe('the timeline and the map drawn', () => {
  const frames = async (count: number) => {
    for (let frame = 0; frame < count; frame++) await new Promise(requestAnimationFrame);
  };

  beforeAll(() => {
    // A probe of its own, looking for the first screen's milestones (the one above does not).
    Object.assign(window, { __benchConfig: { item: '.item', marker: '.marker', titles: [], firstScreen: true } });
    new Function(probeSource)();
  });

  it('is the first frame with an item (a marker) laid out and visible, not one hidden under a root still being set up', async () => {
    fixture = document.createElement('div');
    // vis-timeline's way: its root stays `visibility: hidden` until its first draw is done.
    fixture.innerHTML = '<div class="root" style="visibility: hidden"><span class="item">Label</span></div><div class="pane" style="opacity: 0"><span class="marker">•</span></div>';
    document.body.append(fixture);
    await frames(3);
    expect(window.__bench.firstScreen.timeline).toBeNull();
    expect(window.__bench.firstScreen.map).toBeNull();

    const shown = performance.timeOrigin + performance.now();
    fixture.querySelector<HTMLElement>('.root')!.style.visibility = 'visible';
    fixture.querySelector<HTMLElement>('.pane')!.style.opacity = '1';
    await frames(2);
    expect(window.__bench.firstScreen.timeline).toBeGreaterThanOrEqual(shown);
    expect(window.__bench.firstScreen.map).toBeGreaterThanOrEqual(shown);
  });

  it('counts what a frame callback of the page draws in that frame, not the next', async () => {
    fixture?.remove();
    fixture = document.createElement('div');
    fixture.innerHTML = '<div class="root" style="visibility: hidden"><span class="item">Label</span></div>';
    document.body.append(fixture);
    await frames(2);
    window.__bench.firstScreen.timeline = null;
    // The page's own frame callback (vis-timeline draws in one), run after the probe's.
    let drawnAt = 0;
    requestAnimationFrame(() => {
      fixture!.querySelector<HTMLElement>('.root')!.style.visibility = 'visible';
      drawnAt = performance.timeOrigin + performance.now();
    });
    // Once that frame is done, before the next one starts.
    await new Promise(requestAnimationFrame);
    await new Promise<void>((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
    expect(window.__bench.firstScreen.timeline).toBeGreaterThanOrEqual(drawnAt);
  });
});
