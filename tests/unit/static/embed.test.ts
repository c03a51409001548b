import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../../src/lib/state/urlState';
import { loadLoader } from './embedLoader';

/*
 * The pure functions of static/embed.js (message reading, hash mirroring, the iframe's address).
 * Its `start` (DOM, listeners, history) runs in a real page in tests/e2e/embed-loader.spec.ts.
 */

const loader = loadLoader();
const message = (type: string, payload: unknown, frame = 'timeline') => ({ namespace: 'pegasus-timeline', version: 1, frame, type, payload });

describe('readEmbedMessage', () => {
  it('reads a height and a state', () => {
    expect(loader.readEmbedMessage(message('height', { height: 612.4 }), 'timeline')).toEqual({ type: 'height', height: 613 });
    expect(loader.readEmbedMessage(message('state', { event: 'bis-entity-list', step: null, cause: 'reader' }), 'timeline')).toEqual({
      type: 'state',
      state: { event: 'bis-entity-list', step: null },
      cause: 'reader'
    });
  });

  it.each([
    ['another frame’s message', message('height', { height: 100 }, 'other')],
    ['another namespace', { ...message('height', { height: 100 }), namespace: 'pym' }],
    ['another version', { ...message('height', { height: 100 }), version: 2 }],
    ['a string', JSON.stringify(message('height', { height: 100 }))],
    ['a pym message', 'pymxPYMxtimelinexPYMxheightxPYMx100'],
    ['null', null],
    ['an unknown type', message('navigate', { url: 'https://evil.example' })],
    ['a negative height', message('height', { height: -1 })],
    ['a huge height', message('height', { height: 1e9 })],
    ['a height in a string', message('height', { height: '100' })],
    ['no payload', { ...message('height', null) }],
    ['an event id with markup', message('state', { event: '<img src=x>', step: null, cause: 'reader' })],
    ['a step that is no whole number', message('state', { event: null, step: 1.5, cause: 'reader' })],
    ['a state missing its step', message('state', { event: 'bis-entity-list', cause: 'reader' })],
    ['a state without its cause', message('state', { event: 'bis-entity-list', step: null })],
    ['a state with an unknown cause', message('state', { event: 'bis-entity-list', step: null, cause: 'host' })]
  ])('ignores %s', (_label, data) => {
    expect(loader.readEmbedMessage(data, 'timeline')).toBeNull();
  });
});

describe('hash mirror', () => {
  it('writes a frame’s state next to the page’s other hash entries, and reads it back', () => {
    const hash = loader.writeHash('#comments&other=event:x', 'timeline', { event: 'bis-entity-list', step: 3 });
    expect(hash).toBe('#comments&other=event:x&timeline=event:bis-entity-list,step:3');
    expect(loader.readHash(hash, 'timeline')).toEqual({ event: 'bis-entity-list', step: 3 });
    expect(loader.readHash(hash, 'other')).toEqual({ event: 'x', step: null });
  });

  it('replaces the frame’s entry rather than adding a second one', () => {
    expect(loader.writeHash('#timeline=event:a', 'timeline', { event: 'b', step: null })).toBe('#timeline=event:b');
  });

  it('removes the entry for the snippet’s own state, leaving no empty hash', () => {
    expect(loader.writeHash('#timeline=event:a', 'timeline', null)).toBe('');
    expect(loader.writeHash('#top&timeline=event:a', 'timeline', null)).toBe('#top');
  });

  it('writes "nothing selected" as an empty value', () => {
    const hash = loader.writeHash('', 'timeline', { event: null, step: null });
    expect(hash).toBe('#timeline=');
    expect(loader.readHash(hash, 'timeline')).toEqual({ event: null, step: null });
  });

  it.each(['#timeline=event:<b>', '#timeline=step:0', '#timeline=step:x', '#timeline=zoom:3', '#timeline=event', '#timelines=event:a', '#', ''])(
    'gives no state for %j',
    (hash) => {
      expect(loader.readHash(hash, 'timeline')).toBeUndefined();
    }
  );
});

describe('frameSrc', () => {
  const base = 'https://timeline.example/app/';

  it('turns the snippet’s URL into an embed with its frame id', () => {
    const src = loader.frameSrc('?event=bis-entity-list&view=map', base, 'timeline', undefined);
    expect(src?.href).toBe('https://timeline.example/app/?event=bis-entity-list&view=map&embed=1&frame=timeline');
  });

  it('opens on the state the host’s address mirrors, over the snippet’s', () => {
    const src = loader.frameSrc('https://timeline.example/app/?embed=1&event=a&story=s&step=2', base, 'timeline', { event: 'b', step: null });
    expect(src?.searchParams.get('event')).toBe('b');
    expect(src?.searchParams.has('step')).toBe(false);
  });

  it('carries the div’s cap as maxheight, for the embed to lay out within', () => {
    const src = loader.frameSrc('?event=bis-entity-list', base, 'timeline', undefined, 700);
    expect(src?.searchParams.get('maxheight')).toBe('700');
    expect(loader.frameSrc('?event=bis-entity-list', base, 'timeline', undefined, null)?.searchParams.has('maxheight')).toBe(false);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>1</script>', 'http://[bad'])('refuses %s', (url) => {
    expect(loader.frameSrc(url, base, 'timeline', undefined)).toBeNull();
  });

  it('remembers the snippet’s own state, for Back to return to', () => {
    expect(loader.snippetState(new URL('https://t.example/?event=bis-entity-list&step=4'))).toEqual({ event: 'bis-entity-list', step: 4 });
    expect(loader.snippetState(new URL('https://t.example/?event=%3Cb%3E&step=-1'))).toEqual({ event: null, step: null });
  });
});

describe('readCap', () => {
  it.each(['300', '720', '20000', '299', '20001', '0', '-5', '600px', '6e2', ' 600', '', '123456'])(
    'reads %j as the app reads maxheight=%j',
    (value) => {
      const app = parseUrlState(`?${new URLSearchParams({ maxheight: value })}`).state.maxHeight ?? null;
      // The app trims parameters; an attribute with spaces is refused by the loader, and then the URL's value counts.
      expect(loader.readCap(value)).toBe(value.trim() === value ? app : null);
    }
  );

  it('is null without a value', () => {
    expect(loader.readCap(null)).toBeNull();
  });
});
