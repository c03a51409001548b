import { describe, expect, it } from 'vitest';
import { firstScreenScript } from '../../../../build/firstScreen/choice';
import { contentSecurityPolicy, inlineScripts } from '../../../../build/contentSecurityPolicy';
import { preferredLang } from '../../../../src/lib/i18n';
import { NARROW_QUERY } from '../../../../src/lib/narrow/narrow';
import type { Preload } from '../../../../build/firstScreen/preloads';

const PRELOADS: Preload[] = [
  { href: '/data/dataset.json', as: 'fetch' },
  { href: '/assets/Timeline-x.js', as: 'script' },
  { href: '/assets/Timeline-x.css', as: 'style' }
];

/** Runs the head script against a link, the browser's languages and the screen's width; what it marked, and the links it added. */
function run(search: string, languages: string[], width = 1280) {
  const attributes = new Map<string, string>();
  const links: Array<Record<string, string>> = [];
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
    createElement: () => ({}),
    head: { appendChild: (link: Record<string, string>) => links.push(link) },
    addEventListener: (type: string, listener: () => void) => type === 'readystatechange' && readyStateListeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'readystatechange' && readyStateListeners.delete(listener)
  };
  const matchMedia = (query: string) => ({ matches: query === NARROW_QUERY && width < 640 });
  const readyStateListeners = new Set<() => void>();
  const frames: Array<() => void> = [];
  const tasks: Array<() => void> = [];
  const dateFormats: string[] = [];
  const Intl = { DateTimeFormat: function (lang: string) { dateFormats.push(lang); } };
  const globals = {
    document,
    location: { search },
    navigator: { languages },
    matchMedia,
    window: { Intl },
    Intl,
    requestAnimationFrame: (frame: () => void) => frames.push(frame),
    setTimeout: (task: () => void) => tasks.push(task)
  };
  new Function(...Object.keys(globals), firstScreenScript(PRELOADS))(...Object.values(globals));
  const added = links.map(({ rel, as, crossOrigin, href }) => ({ rel, ...(as ? { as } : {}), crossOrigin, href }));
  /** The parser's progress (`interactive`: the body is parsed, `complete`), as the browser reports it. */
  const readyState = () => [...readyStateListeners].forEach((listener) => listener());
  /** A frame, then the tasks its callbacks queued. */
  const frame = () => {
    frames.splice(0).forEach((callback) => callback());
    tasks.splice(0).forEach((task) => task());
  };
  return { shown: attributes.get('data-first-screen'), embed: attributes.has('data-embed'), links: added, dateFormats, readyState, frame };
}

describe('the first screen’s head script', () => {
  it.each([[['fr-CA', 'en']], [['de-DE', 'fr']], [['de']], [[]], [['EN-gb']]])('picks the language preferredLang picks for %j', (languages) => {
    expect(run('', languages).shown).toBe(preferredLang(languages));
  });

  it('follows the link’s language over the browser’s', () => {
    expect(run('?lang=fr', ['en']).shown).toBe('fr');
    expect(run('?lang=xx', ['fr']).shown).toBe('fr');
  });

  it('shows it in an embed, and marks the page as one', () => {
    expect(run('?embed=1&frame=f1&lang=en', [])).toMatchObject({ shown: 'en', embed: true });
  });

  it.each(['?event=bis-entity-list', '?story=s', '?data=1.0.0', '?categories=legal', '?embed=0', '?speaker=1'])(
    'hides it when the link %s asks for another first screen',
    (search) => {
      expect(run(search, ['en']).shown).toBe('off');
    }
  );

  it('loads the locale data of the reader’s language after the first frame with the whole first screen, not before', () => {
    const page = run('?lang=fr', ['en']);
    page.frame(); // the head alone
    expect(page.dateFormats).toEqual([]);
    page.readyState(); // the body parsed
    expect(page.dateFormats).toEqual([]);
    page.frame();
    page.readyState(); // complete
    page.frame();
    expect(page.dateFormats).toEqual(['fr']);
  });

  it('on a wide screen, starts the data and the chunks, each in the mode the app requests it in', () => {
    expect(run('?lang=en', ['en']).links).toEqual([
      { rel: 'preload', as: 'fetch', crossOrigin: '', href: '/data/dataset.json' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/Timeline-x.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: '/assets/Timeline-x.css' }
    ]);
    expect(run('?embed=1', ['en']).links).toHaveLength(3);
  });

  it('preloads nothing on a narrow screen, nor for a link that asks for another first screen', () => {
    expect(run('', ['en'], 360).links).toEqual([]);
    expect(run('?embed=1', ['en'], 639).links).toEqual([]);
    expect(run('?embed=1&view=timeline', ['en']).links).toEqual([]);
    expect(run('?data=1.0.0', ['en']).links).toEqual([]);
  });

  it('is allowed by the page’s policy through its hash, and no other inline script is', () => {
    const script = firstScreenScript(PRELOADS);
    const html = `<head><script>${script}</script><script type="module" src="/assets/index.js"></script></head>`;
    expect(inlineScripts(html)).toEqual([script]);
    const policy = contentSecurityPolicy(inlineScripts(html));
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'; /);
    expect(contentSecurityPolicy([])).toContain("script-src 'self'; ");
  });
});
