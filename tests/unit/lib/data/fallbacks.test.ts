/**
 * What the app shows when data lacks a label or an importance (release 1.0.0, or a contributor who
 * left them out).
 */
import { describe, expect, it } from 'vitest';
import { eventImportance, eventLabel, FALLBACK_IMPORTANCE, shortenTitle } from '../../../../src/lib/data/fallbacks';
import { LABEL_MAX_LENGTH } from '../../../../src/lib/data/types';

describe('shortenTitle', () => {
  const cases: Array<{ title: string; expected: string }> = [
    { title: 'NSO Group is founded in Israel', expected: 'NSO Group is founded in Israel' },
    // Exactly 36 characters: kept whole.
    { title: 'Morocco sues for defamation in Paris', expected: 'Morocco sues for defamation in Paris' },
    {
      title: 'Israel learns of the NSO blacklisting only about an hour in advance',
      expected: 'Israel learns of the NSO…'
    },
    // A word that ends just before the ellipsis stays; one that would push it past the limit goes.
    { title: 'Macron and Bennett meet at COP26 in Glasgow', expected: 'Macron and Bennett meet at COP26 in…' },
    { title: 'Macron and Bennett meet at the COP26 summit in Glasgow', expected: 'Macron and Bennett meet at the…' },
    // Punctuation and opening quotes left at the cut go.
    {
      title: 'Apple issues an emergency fix for the “FORCEDENTRY” zero-click exploit',
      expected: 'Apple issues an emergency fix for…'
    },
    {
      title: 'Macron, Édouard Philippe and 14 ministers found among numbers picked by a Moroccan service',
      expected: 'Macron, Édouard Philippe and 14…'
    },
    { title: 'À la COP26, Macron et Bennett conviennent de traiter le dossier NSO', expected: 'À la COP26, Macron et Bennett…' },
    // One word longer than the limit is cut inside it (a hyphen left at the cut goes too).
    { title: 'Supercalifragilisticexpialidocious-and-then-some', expected: 'Supercalifragilisticexpialidocious…' },
    { title: 'Anticonstitutionnellementissimement', expected: 'Anticonstitutionnellementissimement' },
    { title: 'Anticonstitutionnellementissimementissime', expected: 'Anticonstitutionnellementissimement…' },
    { title: '  Spaces around  ', expected: 'Spaces around' }
  ];

  it.each(cases)('$title → $expected', ({ title, expected }) => {
    const shortened = shortenTitle(title);
    expect(shortened).toBe(expected);
    expect(Array.from(shortened).length).toBeLessThanOrEqual(LABEL_MAX_LENGTH);
  });

  it('counts characters as the schema does, so an emoji or accent counts once', () => {
    expect(shortenTitle('🇫🇷 é', 3)).toBe('🇫🇷…');
    expect(shortenTitle('Élysée', 6)).toBe('Élysée');
  });
});

describe('eventLabel', () => {
  const title = {
    en: 'Israel learns of the NSO blacklisting only about an hour in advance',
    fr: 'Israël prévenu environ une heure seulement avant l’annonce américaine'
  };

  it('is the label when the event has one', () => {
    const label = { en: 'Israel gets an hour’s notice', fr: 'Israël prévenu une heure avant' };
    expect(eventLabel({ title, label })).toEqual(label);
  });

  it('is the title, shortened in each language, when it has none', () => {
    expect(eventLabel({ title })).toEqual({ en: 'Israel learns of the NSO…', fr: 'Israël prévenu environ une heure…' });
  });
});

describe('eventImportance', () => {
  it('is the event’s own importance', () => {
    expect(eventImportance({ importance: 'key' })).toBe('key');
    expect(eventImportance({ importance: 'notable' })).toBe('notable');
  });

  it('falls back to context: without an editorial choice no event is singled out', () => {
    expect(FALLBACK_IMPORTANCE).toBe('context');
    expect(eventImportance({})).toBe('context');
  });
});
