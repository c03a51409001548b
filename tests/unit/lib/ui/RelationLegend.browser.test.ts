import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import '../../../../src/app.css';
import RelationLegend from '../../../../src/lib/ui/RelationLegend.svelte';
import { translator } from '../../../../src/lib/i18n';
import type { Actor, Place, RelationKind } from '../../../../src/lib/data/types';
import type { RelationArc } from '../../../../src/lib/relations';

const rabat: Place = { id: 'rabat', name: { en: 'Rabat', fr: 'Rabat' }, lat: 34.02, lon: -6.84, country: 'MA' };
const paris: Place = { id: 'paris', name: { en: 'Paris', fr: 'Paris' }, lat: 48.86, lon: 2.35, country: 'FR' };
const morocco: Actor = { id: 'morocco', name: { en: 'Morocco', fr: 'Maroc' }, kind: 'state', country: 'MA', place: 'rabat' };
const france: Actor = { id: 'france', name: { en: 'France', fr: 'France' }, kind: 'state', country: 'FR', place: 'paris' };

function arc(kind: RelationKind): RelationArc {
  return { kind, from: morocco, to: france, fromPlace: rabat, toPlace: paris };
}

describe('RelationLegend', () => {
  it('draws alleged targeting in its own alleged style and says what alleged means', async () => {
    render(RelationLegend, { arcs: [arc('alleged-targeting')], lang: 'en', t: translator('en') });
    const legend = page.getByTestId('relation-legend');
    await expect.element(legend).toHaveTextContent('Morocco → France: Alleged targeting');
    const sample = legend.element().querySelector('line');
    expect([...(sample?.classList ?? [])]).toEqual(expect.arrayContaining(['relation-arc', 'relation-arc--alleged-targeting', 'relation-arc--alleged']));
    // Its dash is not the dash of any established kind: the reader can tell the two apart.
    expect(getComputedStyle(sample!).strokeDasharray).toBe('12px, 6px');
    await expect.element(page.getByTestId('relation-legend-alleged')).toHaveTextContent('Alleged: reported, denied or not established');
  });

  it('says it in French too', async () => {
    render(RelationLegend, { arcs: [arc('alleged-targeting')], lang: 'fr', t: translator('fr') });
    await expect.element(page.getByTestId('relation-legend')).toHaveTextContent('Maroc → France : Ciblage présumé');
    await expect.element(page.getByTestId('relation-legend-alleged')).toHaveTextContent('Présumé : rapporté, démenti ou non établi');
  });

  it('adds no note when every arc is established, and names a ruling', async () => {
    render(RelationLegend, { arcs: [arc('ruling')], lang: 'en', t: translator('en') });
    await expect.element(page.getByTestId('relation-legend')).toHaveTextContent('Morocco → France: Ruling');
    await expect.element(page.getByTestId('relation-legend-alleged')).not.toBeInTheDocument();
  });
});

const place = (id: string, name: string): Place => ({ id, name: { en: name, fr: name }, lat: 0, lon: 0, country: 'US' });
const actor = (id: string, name: string): Actor => ({ id, name: { en: name, fr: name }, kind: 'company', country: 'US', place: id });
const sanctions: RelationArc[] = [
  { kind: 'sanction', from: actor('bis', 'BIS'), to: actor('nso', 'NSO Group'), fromPlace: place('dc', 'Washington'), toPlace: place('tlv', 'Herzliya') },
  { kind: 'sanction', from: actor('bis', 'BIS'), to: actor('candiru', 'Candiru'), fromPlace: place('dc', 'Washington'), toPlace: place('tlv', 'Tel Aviv') }
];

describe('RelationLegend, folded or not', () => {
  it('folded (an embed), is a closed disclosure naming its count, which opens on demand', async () => {
    render(RelationLegend, { arcs: sanctions, lang: 'fr', t: translator('fr'), folded: true });
    const summary = page.getByText('Relations (2)');
    await expect.element(summary).toBeVisible();
    await expect.element(page.getByRole('listitem').first()).not.toBeInTheDocument();
    await summary.click();
    await expect.element(page.getByRole('listitem').nth(1)).toHaveTextContent('BIS → Candiru');
    await expect.element(page.getByRole('heading')).not.toBeInTheDocument();
  });

  it('unfolded (the full app, the presenter), shows its heading and every relation', async () => {
    render(RelationLegend, { arcs: sanctions, lang: 'en', t: translator('en') });
    await expect.element(page.getByRole('heading', { name: 'Relations' })).toBeVisible();
    await expect.element(page.getByRole('listitem').first()).toHaveTextContent('BIS → NSO Group: Sanction');
    await expect.element(page.getByRole('group')).not.toBeInTheDocument();
  });
});
