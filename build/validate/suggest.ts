import { closest, distance } from 'fastest-levenshtein';
import { compareText } from '../../src/lib/data/order.ts';

/** `'NSO Group'` → `'nso-group'`: the id someone most likely meant when typing a name. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The candidate someone probably meant when they typed `typed`, or undefined when nothing is close
 * enough to be worth suggesting. Tries, in order: the same id written differently ('NSO Group' for
 * 'nso-group'), a small typo ('legl' for 'legal'), and a shortened id ('nso' for 'nso-group').
 */
export function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const wanted = slugify(typed) || typed.toLowerCase();
  const sameWhenSlugged = candidates.find((candidate) => slugify(candidate) === wanted);
  if (sameWhenSlugged !== undefined) return sameWhenSlugged;

  const lowered = candidates.map((candidate) => candidate.toLowerCase());
  const nearest = closest(wanted, lowered);
  if (distance(wanted, nearest) <= typoAllowance(wanted)) {
    return candidates[lowered.indexOf(nearest)];
  }

  const wantedWords = wanted.split('-');
  const containing = candidates
    .filter((candidate) => {
      const words = candidate.split('-');
      return wantedWords.every((word) => words.includes(word));
    })
    .sort((a, b) => a.length - b.length || compareText(a, b));
  return containing[0];
}

/** How many edits still count as a typo: one for short words, about a third of longer ones. */
function typoAllowance(word: string): number {
  return word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
}

/** 1 for equal texts, 0 for completely different ones: 1 − edit distance / longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}
