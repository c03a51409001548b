import type { Lang } from '../data/types';

/**
 * A summary's opening sentences, for an embed's compact detail: whole sentences up to about
 * `budget` characters (always at least the first), and the rest, which the reader unfolds. Cut
 * at sentence ends as the language segments them, never inside a sentence.
 */
export function summaryLead(summary: string, lang: Lang, budget = 280): { lead: string; rest: string } {
  const sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(summary)].map((part) => part.segment);
  let lead = sentences[0] ?? '';
  for (const sentence of sentences.slice(1)) {
    if ((lead + sentence).trimEnd().length > budget) break;
    lead += sentence;
  }
  return { lead: lead.trimEnd(), rest: summary.slice(lead.length).trimStart() };
}
