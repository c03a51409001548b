import { describe, expect, it } from 'vitest';
import { catalogues, preferredLang, translator } from '../../../../src/lib/i18n';
import { LANGS } from '../../../../src/lib/data/types';

describe('message catalogues', () => {
  const reference = Object.keys(catalogues.en).sort();

  it.each(LANGS)('%s has exactly the keys of the English catalogue', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(reference);
  });

  it.each(LANGS)('%s has no empty message', (lang) => {
    const empty = Object.entries(catalogues[lang]).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGS)('%s uses the same placeholders as English in every message', (lang) => {
    const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const mismatched = reference.filter(
      (key) =>
        JSON.stringify(placeholders(catalogues[lang][key as keyof typeof catalogues.en])) !==
        JSON.stringify(placeholders(catalogues.en[key as keyof typeof catalogues.en]))
    );
    expect(mismatched).toEqual([]);
  });
});

describe('translator', () => {
  it('fills placeholders, formatting numbers in the language', () => {
    expect(translator('en')('filters.shown', { shown: 1200, total: 10000 })).toBe('1,200 of 10,000 events');
    expect(translator('fr')('filters.shown', { shown: 1200, total: 10000 })).toBe('1\u202f200 événements sur 10\u202f000');
  });

  it('leaves a placeholder visible rather than printing "undefined"', () => {
    expect(translator('en')('filters.shown', { shown: 3 })).toBe('3 of {total} events');
  });
});

describe('preferredLang', () => {
  it('takes the first of the reader’s languages that we have', () => {
    expect(preferredLang(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(preferredLang(['en-GB'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(preferredLang(['de', 'es'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
