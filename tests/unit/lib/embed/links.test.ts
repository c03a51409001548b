import { describe, expect, it } from 'vitest';
import { appBaseUrl, appLink, embedState, eventLinkState, fullViewState } from '../../../../src/lib/embed/links';
import { iframeSnippet, loaderSnippet } from '../../../../src/lib/embed/snippets';
import { emptyUrlState, parseUrlState, type UrlState } from '../../../../src/lib/state/urlState';
import { loadLoader } from '../../static/embedLoader';

const embedded: UrlState = {
  ...emptyUrlState(),
  embed: true,
  view: 'map',
  frame: 'timeline',
  childId: 'graphic',
  event: 'bis-entity-list',
  categories: ['regulatory'],
  from: '2021-09-01',
  to: '2021-12-31',
  lang: 'fr',
  theme: 'dark',
  data: '1.0.0',
  story: 'how-nso-was-blacklisted',
  step: 3,
  maxHeight: 700
};

describe('links out of an embed', () => {
  it('opens the same view in the full app, without the embed’s settings', () => {
    const full = fullViewState(embedded);
    expect(full).toEqual({
      ...emptyUrlState(),
      event: 'bis-entity-list',
      categories: ['regulatory'],
      from: '2021-09-01',
      to: '2021-12-31',
      lang: 'fr',
      theme: 'dark',
      data: '1.0.0',
      story: 'how-nso-was-blacklisted',
      step: 3
    });
    expect(embedded.frame).toBe('timeline');
  });

  it('links to the event alone, in the same language and data release', () => {
    const link = appLink('https://timeline.example/', eventLinkState(embedded));
    expect(link).toBe('https://timeline.example/?event=bis-entity-list&lang=fr&data=1.0.0');
    expect(parseUrlState(new URL(link).search).state).toEqual({ ...emptyUrlState(), event: 'bis-entity-list', lang: 'fr', data: '1.0.0' });
  });
});

describe('appBaseUrl', () => {
  it('is the folder the app is served from, whatever the page’s query and hash', () => {
    expect(appBaseUrl('https://news.example/graphics/pegasus/?embed=1&frame=x#a', '/graphics/pegasus/')).toBe('https://news.example/graphics/pegasus/');
    expect(appBaseUrl('https://timeline.example/?event=a', './')).toBe('https://timeline.example/');
  });
});

describe('embedState', () => {
  const full: UrlState = { ...fullViewState(embedded), autoplay: 8, loop: true, speaker: true };

  it('embeds the full view as it is, in the view asked for, without presenter settings', () => {
    const state = embedState(full, 'timeline');
    expect(state).toMatchObject({ embed: true, view: 'timeline', event: 'bis-entity-list', from: '2021-09-01', loop: false });
    expect(state.autoplay).toBeUndefined();
    expect(state.speaker).toBeUndefined();
  });

  it('leaves view out for both (the default)', () => {
    expect(embedState(full, 'both').view).toBeUndefined();
  });

  it('caps the embed’s height only when asked', () => {
    expect(embedState(full, 'both').maxHeight).toBeUndefined();
    expect(embedState(full, 'both', 640).maxHeight).toBe(640);
  });
});

describe('snippets', () => {
  const options = { embedUrl: 'https://timeline.example/?embed=1&event=bis-entity-list', title: 'L’affaire "Pegasus" <carte>' };

  it('escapes attribute values', () => {
    const html = iframeSnippet({ ...options, height: 700 });
    expect(html).toBe(
      '<iframe src="https://timeline.example/?embed=1&amp;event=bis-entity-list" title="L’affaire &quot;Pegasus&quot; &lt;carte&gt;" ' +
        'width="100%" height="700" loading="lazy" allow="clipboard-write" style="border:0;display:block"></iframe>'
    );
  });

  it('gives the loader a div it recognises and a script tag', () => {
    const html = loaderSnippet({ ...options, loaderUrl: 'https://timeline.example/embed.js', mirrorHash: false });
    expect(html).toContain('<div data-pegasus-timeline="https://timeline.example/?embed=1&amp;event=bis-entity-list"');
    expect(html).not.toContain('data-mirror-hash');
    expect(html).toContain('<script src="https://timeline.example/embed.js" async></script>');
  });

  it('names a mirrored embed, so the article’s address keeps meaning the same embed', () => {
    const html = loaderSnippet({ ...options, loaderUrl: 'https://timeline.example/embed.js', mirrorHash: true });
    expect(html).toContain(' data-frame-id="timeline" data-mirror-hash>');
  });

  it('caps a loader’s frame with data-max-height, which the loader hands the embed as maxheight', () => {
    const html = loaderSnippet({ ...options, loaderUrl: 'https://timeline.example/embed.js', mirrorHash: false, maxHeight: 640 });
    expect(html).toContain(' data-max-height="640"');
    const loader = loadLoader();
    const cap = loader.readCap(/data-max-height="(\d+)"/.exec(html)?.[1] ?? null);
    const src = loader.frameSrc(options.embedUrl, 'https://timeline.example/', 'timeline', undefined, cap);
    expect(parseUrlState(src?.search ?? '').state.maxHeight).toBe(640);
    expect(loaderSnippet({ ...options, loaderUrl: 'https://timeline.example/embed.js', mirrorHash: false })).not.toContain('data-max-height');
  });

  it('gives the loader a URL it turns into the same embed', () => {
    const embedUrl = appLink('https://timeline.example/', embedState(fullViewState(embedded), 'map'));
    const src = loadLoader().frameSrc(embedUrl, 'https://timeline.example/', 'timeline', undefined);
    const { state, problems } = parseUrlState(src?.search ?? '');
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...embedState(fullViewState(embedded), 'map'), frame: 'timeline' });
  });
});
