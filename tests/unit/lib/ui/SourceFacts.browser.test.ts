import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import SourceFacts from '../../../../src/lib/ui/SourceFacts.svelte';
import { translator } from '../../../../src/lib/i18n';
import type { Source } from '../../../../src/lib/data/types';

const order: Source = {
  title: 'Order re motion to dismiss',
  publisher: 'US District Court, N.D. California',
  url: 'https://docs.justia.com/cases/x',
  date: '2024-01-23',
  lang: 'en'
};

describe('SourceFacts', () => {
  it('says what kind of source it is, who published it and when', async () => {
    render(SourceFacts, { source: order, tier: 'primary', lang: 'en', t: translator('en') });
    await expect.element(page.getByTestId('source-kind')).toHaveTextContent('Primary document');
    expect(document.body.textContent).toContain('Primary document · US District Court, N.D. California · January 23, 2024');
  });

  it('in French too, and says when a source is undated', async () => {
    const { date: _date, ...undated } = order;
    render(SourceFacts, { source: undated, tier: 'wire-copy', lang: 'fr', t: translator('fr') });
    await expect.element(page.getByTestId('source-kind')).toHaveTextContent('Reprise de dépêche');
    expect(document.body.textContent).toContain('· sans date');
  });

  it('shows no kind for data released before sources were classified', async () => {
    render(SourceFacts, { source: order, tier: undefined, lang: 'en', t: translator('en') });
    await expect.element(page.getByTestId('source-kind')).not.toBeInTheDocument();
    expect(document.body.textContent).toContain('US District Court, N.D. California · January 23, 2024');
  });
});
