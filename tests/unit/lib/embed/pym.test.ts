import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pymMessage, readPymMessage } from '../../../../src/lib/embed/pym';

/*
 * Our pym messages against pym.js itself (node_modules/pym.js/dist/pym.v1.js), run in a minimal
 * fake page: its Parent must resize on our height message, and its width message must be read.
 * What the fake page cannot show (real frames, real origins) is covered by tests/e2e/embed-pym.spec.ts.
 */

interface FakeIframe {
  src: string;
  attributes: Record<string, string>;
  setAttribute: (name: string, value: string) => void;
  contentWindow: { postMessage: (message: unknown) => void };
}

/** Loads pym.js into a fake page; returns the library, what it posted, and its window's listeners. */
function loadPym(search = '') {
  const posted: unknown[] = [];
  const listeners: Record<string, Array<(event: unknown) => void>> = {};
  const iframes: FakeIframe[] = [];
  const container = {
    offsetWidth: 640,
    firstChild: null,
    appendChild: () => undefined,
    removeChild: () => undefined,
    getElementsByTagName: () => iframes
  };
  const document = {
    title: 'An article',
    querySelectorAll: () => [],
    getElementById: (id: string) => (id === 'graphic' ? container : null),
    getElementsByTagName: (tag: string) => (tag === 'body' ? [{ offsetHeight: 812 }] : [{ className: '' }]),
    createElement: () => {
      const iframe: FakeIframe = {
        src: '',
        attributes: {},
        setAttribute: (name, value) => (iframe.attributes[name] = value),
        contentWindow: { postMessage: (message) => posted.push(message) }
      };
      iframes.push(iframe);
      return iframe;
    },
    createEvent: () => ({ initEvent: () => undefined }),
    dispatchEvent: () => undefined
  };
  const window: Record<string, unknown> = {
    location: { href: 'https://news.example/article', search },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] ??= []).push(listener),
    parent: { postMessage: (message: unknown) => posted.push(message) }
  };
  window.self = window;
  window.top = {};
  const module = { exports: {} as Record<string, new (...args: unknown[]) => Record<string, unknown>> };
  runInNewContext(readFileSync('node_modules/pym.js/dist/pym.v1.js', 'utf8'), {
    window,
    document,
    location: window.location,
    module,
    setInterval,
    clearInterval,
    setTimeout,
    clearTimeout
  });
  const dispatch = (type: string, event: unknown) => listeners[type]?.forEach((listener) => listener(event));
  return { pym: module.exports, posted, iframes, dispatch };
}

describe('pym.js messages', () => {
  it('writes a height exactly as pym’s own Child does', () => {
    const { pym, posted } = loadPym('?initialWidth=640&childId=graphic&parentTitle=x&parentUrl=y');
    new pym.Child!();
    expect(posted).toEqual([pymMessage('graphic', 'height', '812')]);
  });

  it('resizes pym’s Parent iframe with our height message', () => {
    const { pym, iframes, dispatch } = loadPym();
    new pym.Parent!('graphic', 'https://timeline.example/?embed=1', {});
    expect(iframes[0]?.src).toContain('childId=graphic');
    dispatch('message', { origin: 'https://timeline.example', data: pymMessage('graphic', 'height', '731') });
    expect(iframes[0]?.attributes.height).toBe('731px');
  });

  it('does not resize pym’s Parent for another frame’s message', () => {
    const { pym, iframes, dispatch } = loadPym();
    new pym.Parent!('graphic', 'https://timeline.example/?embed=1', {});
    dispatch('message', { origin: 'https://timeline.example', data: pymMessage('graphic-2', 'height', '731') });
    expect(iframes[0]?.attributes.height).toBeUndefined();
  });

  it('reads the width pym’s Parent sends', () => {
    const { pym, posted } = loadPym();
    const parent = new pym.Parent!('graphic', 'https://timeline.example/?embed=1', {});
    (parent.sendWidth as () => void)();
    expect(posted).toHaveLength(1);
    expect(readPymMessage(posted[0], 'graphic')).toEqual({ type: 'width', width: 640 });
  });

  it.each([
    ['another frame', 'pymxPYMxotherxPYMxwidthxPYMx640'],
    ['a type we do not handle', 'pymxPYMxgraphicxPYMxnavigateToxPYMxhttps://evil.example'],
    ['a width that is no number', 'pymxPYMxgraphicxPYMxwidthxPYMx640px'],
    ['no pym message', 'hello'],
    ['an object', { type: 'width', width: 640 }],
    ['a prefix of the id', 'pymxPYMxgraphxPYMxwidthxPYMx640']
  ])('ignores %s', (_label, data) => {
    expect(readPymMessage(data, 'graphic')).toBeNull();
  });

  it('matches the frame id literally, not as a pattern', () => {
    expect(readPymMessage('pymxPYMxgraphicXxPYMxwidthxPYMx1', 'graphic.')).toBeNull();
    expect(readPymMessage('pymxPYMxgraphic.xPYMxwidthxPYMx1', 'graphic.')).toEqual({ type: 'width', width: 1 });
  });
});
