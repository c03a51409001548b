import { describe, expect, it } from 'vitest';
import { firstScreenScript } from '../../../../build/firstScreen/choice';
import { contentSecurityPolicy, inlineScripts } from '../../../../build/contentSecurityPolicy';
import { preferredLang } from '../../../../src/lib/i18n';

/** Runs the head script against a link and the browser's languages; what it marked. */
function run(search: string, languages: string[]) {
  const attributes = new Map<string, string>();
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  };
  new Function('document', 'location', 'navigator', firstScreenScript())(document, { search }, { languages });
  return { shown: attributes.get('data-first-screen'), embed: attributes.has('data-embed') };
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

  it('is allowed by the page’s policy through its hash, and no other inline script is', () => {
    const script = firstScreenScript();
    const html = `<head><script>${script}</script><script type="module" src="/assets/index.js"></script></head>`;
    expect(inlineScripts(html)).toEqual([script]);
    const policy = contentSecurityPolicy(inlineScripts(html));
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'; /);
    expect(contentSecurityPolicy([])).toContain("script-src 'self'; ");
  });
});
