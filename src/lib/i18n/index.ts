import { LANGS, type Lang } from '../data/types';
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';

export type { MessageKey, Messages };

/** One catalogue per language; adding a language adds one entry here (and to LANGS). */
export const catalogues: Record<Lang, Messages> = { en, fr };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language: looks the key up and fills `{name}` placeholders. */
export function translator(lang: Lang): Translate {
  const messages = catalogues[lang];
  const numbers = new Intl.NumberFormat(lang);
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params?.[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The reader's preferred language among ours, from navigator.languages; English otherwise. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return 'en';
}

/** Text direction of a language, so a right-to-left catalogue only needs its entry here. */
export function textDirection(lang: Lang): 'ltr' | 'rtl' {
  const rtl: readonly string[] = ['ar', 'he', 'fa', 'ur'];
  return rtl.includes(lang) ? 'rtl' : 'ltr';
}
