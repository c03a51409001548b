import { describe, expect, it } from 'vitest';
import { summaryLead } from '../../../../src/lib/ui/summaryLead';

describe('summaryLead', () => {
  it('keeps whole sentences within the budget, and leaves the rest to unfold', () => {
    const summary = 'First sentence here. Second one follows. Third is far too long to fit in the budget.';
    expect(summaryLead(summary, 'en', 45)).toEqual({ lead: 'First sentence here. Second one follows.', rest: 'Third is far too long to fit in the budget.' });
  });

  it('always keeps the first sentence, however long', () => {
    const first = `${'A long opening clause, '.repeat(20)}and its end.`;
    expect(summaryLead(`${first} Then more.`, 'en', 50)).toEqual({ lead: first, rest: 'Then more.' });
  });

  it('has no rest when the summary fits', () => {
    expect(summaryLead('Short. Also short.', 'en', 280)).toEqual({ lead: 'Short. Also short.', rest: '' });
  });

  it('cuts French at sentence ends, not at the colon or the guillemets', () => {
    const summary = 'La secrétaire affirme : « nous agirons ». Le département précise le reste.';
    expect(summaryLead(summary, 'fr', 45)).toEqual({ lead: 'La secrétaire affirme : « nous agirons ».', rest: 'Le département précise le reste.' });
  });

  it('loses no text: lead and rest make the summary again', () => {
    const summary = 'One. Two? Three! Four… Five.';
    for (const budget of [1, 5, 10, 20, 100]) {
      const { lead, rest } = summaryLead(summary, 'en', budget);
      expect([lead, rest].filter(Boolean).join(' ')).toBe(summary);
    }
  });
});
