import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMBED_MAX_HEIGHT, emptyUrlState, parseUrlState, serializeUrlState, type UrlState } from '../../../../src/lib/state/urlState';

describe('parseUrlState', () => {
  it('reads every parameter a shared link can carry', () => {
    const { state, problems } = parseUrlState(
      '?event=bis-entity-list&actor=nso-group,apple&category=legal&category=diplomatic&from=2021-07-01&to=2021-12-31&lang=fr&lanes=country&story=how-nso-was-blacklisted&step=3&embed=1&view=map&theme=dark&data=1.0.0&autoplay=8&loop=1'
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      event: 'bis-entity-list',
      actors: ['nso-group', 'apple'],
      categories: ['legal', 'diplomatic'],
      from: '2021-07-01',
      to: '2021-12-31',
      lang: 'fr',
      lanes: 'country',
      story: 'how-nso-was-blacklisted',
      step: 3,
      embed: true,
      view: 'map',
      theme: 'dark',
      data: '1.0.0',
      autoplay: 8,
      loop: true
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: emptyUrlState(), problems: [] });
  });

  it.each([
    ['event', '<script>alert(1)</script>'],
    ['event', 'a'.repeat(200)],
    ['category', 'gossip'],
    ['from', '2021-02-30'],
    ['to', 'tomorrow'],
    ['lang', 'de'],
    ['lanes', 'actor'],
    ['step', '0'],
    ['step', '-2'],
    ['step', 'two'],
    ['view', 'globe'],
    ['theme', 'neon'],
    ['data', '../../etc/passwd'],
    ['autoplay', '0'],
    ['embed', 'maybe'],
    ['actor', 'NSO Group']
  ])('reports a malformed %s=%j and leaves it out', (param, value) => {
    const { state, problems } = parseUrlState(`?${new URLSearchParams({ [param]: value })}`);
    expect(problems).toEqual([{ param, value }]);
    expect(serializeUrlState(state)).toBe('');
  });

  it('refuses a window that ends before it starts, keeping neither end', () => {
    const { state, problems } = parseUrlState('?from=2022-01-01&to=2021-01-01');
    expect(problems).toEqual([{ param: 'to', value: '2021-01-01' }]);
    expect(state.from).toBeUndefined();
    expect(state.to).toBeUndefined();
  });

  it('treats data=latest as no pin', () => {
    expect(parseUrlState('?data=latest')).toEqual({ state: emptyUrlState(), problems: [] });
  });

  it('drops repeated list values', () => {
    expect(parseUrlState('?category=legal,legal&actor=apple&actor=apple').state).toMatchObject({
      categories: ['legal'],
      actors: ['apple']
    });
  });

  it('never throws, whatever the query', () => {
    for (const search of ['?%', '?event=%E0%A4%A', '?step=1e9', '?from=' + '9'.repeat(5000), '?event[]=x', '?=&&&=']) {
      expect(() => parseUrlState(search)).not.toThrow();
    }
  });
});

describe('serializeUrlState', () => {
  it('round-trips every state through the query string', () => {
    const state: UrlState = {
      event: 'macron-bennett-cop26',
      actors: ['emmanuel-macron'],
      categories: ['diplomatic', 'legal'],
      from: '2021-10-01',
      to: '2021-11-30',
      lang: 'fr',
      lanes: 'country',
      embed: true,
      view: 'timeline',
      theme: 'dark',
      data: '1.0.0',
      story: 'how-nso-was-blacklisted',
      step: 2,
      autoplay: 10,
      loop: true
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual({ state, problems: [] });
  });

  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(emptyUrlState())).toBe('');
  });

  it('keeps lists readable, with plain commas', () => {
    expect(serializeUrlState({ ...emptyUrlState(), categories: ['legal', 'technical'] })).toBe('?category=legal,technical');
  });
});

describe('embed frame ids', () => {
  it('reads the frame id of our loader and the childId pym.js adds, ignoring pym’s other parameters', () => {
    const { state, problems } = parseUrlState(
      '?embed=1&frame=pegasus-timeline-1&initialWidth=640&childId=graphic_2&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2Fa'
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...emptyUrlState(), embed: true, frame: 'pegasus-timeline-1', childId: 'graphic_2' });
  });

  it.each([
    ['frame', 'a b'],
    ['frame', 'x'.repeat(65)],
    ['frame', 'frame&event=1'],
    ['childId', 'pym"><img>']
  ])('reports a malformed %s=%j and leaves it out', (param, value) => {
    const { state, problems } = parseUrlState(`?${new URLSearchParams({ [param]: value })}`);
    expect(problems).toEqual([{ param, value }]);
    expect(serializeUrlState(state)).toBe('');
  });

  it('round-trips both ids, so an embed’s own address keeps them', () => {
    const state: UrlState = { ...emptyUrlState(), embed: true, event: 'bis-entity-list', frame: 'story-1', childId: 'pym-0-abcde' };
    expect(parseUrlState(serializeUrlState(state))).toEqual({ state, problems: [] });
  });
});

describe('an embed’s maximum height', () => {
  it('reads maxheight in pixels and writes it back', () => {
    const { state, problems } = parseUrlState('?embed=1&maxheight=720');
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...emptyUrlState(), embed: true, maxHeight: 720 });
    expect(serializeUrlState(state)).toBe('?embed=1&maxheight=720');
  });

  it.each(['299', '20001', '600px', '6e2', '-600', '600.5', 'tall', ''])('reports maxheight=%j and leaves it out', (value) => {
    const { state, problems } = parseUrlState(`?embed=1&maxheight=${encodeURIComponent(value)}`);
    expect(problems).toEqual([{ param: 'maxheight', value }]);
    expect(state.maxHeight).toBeUndefined();
  });

  it('accepts the least and the most height', () => {
    expect(parseUrlState(`?maxheight=${EMBED_MAX_HEIGHT.least}`).state.maxHeight).toBe(EMBED_MAX_HEIGHT.least);
    expect(parseUrlState(`?maxheight=${EMBED_MAX_HEIGHT.most}`).state.maxHeight).toBe(EMBED_MAX_HEIGHT.most);
  });
});

describe('parseUrlState under fuzzing', () => {
  const names = ['event', 'actor', 'category', 'from', 'to', 'lang', 'lanes', 'story', 'step', 'embed', 'view', 'theme', 'data', 'autoplay', 'loop', 'maxheight', 'other'];

  it('never throws, and what it keeps always reads back identically', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer().map(String))), { maxLength: 12 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs)}`;
        const { state } = parseUrlState(search);
        const written = serializeUrlState(state);
        expect(parseUrlState(written)).toEqual({ state, problems: [] });
      }),
      { numRuns: 2000 }
    );
  });

  /** Values that are understood and simply mean "the default", so nothing is written back. */
  const meansDefault = (name: string, value: string) =>
    value === '' ||
    ((name === 'actor' || name === 'category') && value.split(',').every((part) => part.trim() === '')) || (name === 'data' && value === 'latest') || ((name === 'embed' || name === 'loop') && ['0', 'false'].includes(value));

  it('never drops a value silently: it is used, or reported', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names.slice(0, -1)), fc.string({ minLength: 1 }), (name, value) => {
        const { state, problems } = parseUrlState(`?${new URLSearchParams([[name, value]])}`);
        const used = serializeUrlState(state) !== '' || meansDefault(name, value.trim());
        expect(used || problems.length > 0).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});
