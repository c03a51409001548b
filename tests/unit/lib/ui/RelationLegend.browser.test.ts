import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import RelationLegend from '../../../../src/lib/ui/RelationLegend.svelte';
import { translator } from '../../../../src/lib/i18n';
import type { RelationArc } from '../../../../src/lib/relations';
import type { Actor, Place } from '../../../../src/lib/data/types';

const place = (id: string, name: string): Place => ({ id, name: { en: name, fr: name }, lat: 0, lon: 0, country: 'US' });
const actor = (id: string, name: string): Actor => ({ id, name: { en: name, fr: name }, kind: 'company', country: 'US', place: id });
const arcs: RelationArc[] = [
  { kind: 'sanction', from: actor('bis', 'BIS'), to: actor('nso', 'NSO Group'), fromPlace: place('dc', 'Washington'), toPlace: place('tlv', 'Herzliya') },
  { kind: 'sanction', from: actor('bis', 'BIS'), to: actor('candiru', 'Candiru'), fromPlace: place('dc', 'Washington'), toPlace: place('tlv', 'Tel Aviv') }
];

describe('RelationLegend', () => {
  it('folded (an embed), is a closed disclosure naming its count, which opens on demand', async () => {
    render(RelationLegend, { arcs, lang: 'fr', t: translator('fr'), folded: true });
    const summary = page.getByText('Relations (2)');
    await expect.element(summary).toBeVisible();
    await expect.element(page.getByRole('listitem').first()).not.toBeInTheDocument();
    await summary.click();
    await expect.element(page.getByRole('listitem').nth(1)).toHaveTextContent('BIS → Candiru');
    await expect.element(page.getByRole('heading')).not.toBeInTheDocument();
  });

  it('unfolded (the full app, the presenter), shows its heading and every relation', async () => {
    render(RelationLegend, { arcs, lang: 'en', t: translator('en') });
    await expect.element(page.getByRole('heading', { name: 'Relations' })).toBeVisible();
    await expect.element(page.getByRole('listitem').first()).toHaveTextContent('BIS → NSO Group: Sanction');
    await expect.element(page.getByRole('group')).not.toBeInTheDocument();
  });
});
