/*
 * The narrow layout's card (src/lib/narrow/StoryCard.svelte), in Chromium.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import StoryCard from '../../../../src/lib/narrow/StoryCard.svelte';
import { indexDataset } from '../../../../src/lib/data/normalize';
import { translator } from '../../../../src/lib/i18n';
import { sampleDataset } from '../../../fixtures/dataset';

const tensions = indexDataset(sampleDataset()).eventsById.get('tensions')!;

describe('StoryCard', () => {
  it('shows the title as a heading of at least 18 px, the category, the date, the era and the place among the events', async () => {
    render(StoryCard, { event: tensions, lang: 'fr', t: translator('fr'), position: 3, total: 4, era: 'Révélations' });
    const title = page.getByRole('heading', { level: 2 });
    await expect.element(title).toHaveTextContent('Titre de tensions');
    expect(parseFloat(getComputedStyle(title.element()).fontSize)).toBeGreaterThanOrEqual(18);
    const card = page.getByTestId('story-card');
    await expect.element(card).toHaveTextContent('Diplomatie');
    await expect.element(card).toHaveTextContent('juillet 2021');
    await expect.element(card).toHaveTextContent('Révélations');
    await expect.element(card).toHaveTextContent('Événement 3 sur 4');
    await expect.element(card).toHaveTextContent('Résumé.');
  });

  it('Previous and Next call back, and are disabled at the ends', async () => {
    const onnext = vi.fn();
    render(StoryCard, { event: tensions, lang: 'en', t: translator('en'), position: 1, total: 4, onnext });
    await expect.element(page.getByRole('button', { name: 'Previous event' })).toBeDisabled();
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(onnext).toHaveBeenCalledOnce();
  });

  it('a sideways swipe of a finger moves to the next or previous event; a mouse drag does not', async () => {
    const onnext = vi.fn();
    const onprevious = vi.fn();
    render(StoryCard, { event: tensions, lang: 'en', t: translator('en'), position: 2, total: 4, onnext, onprevious });
    const card = page.getByTestId('story-card').element() as HTMLElement;
    const drag = (pointerType: string, from: number, to: number) => {
      card.dispatchEvent(new PointerEvent('pointerdown', { pointerType, clientX: from, clientY: 100, bubbles: true }));
      card.dispatchEvent(new PointerEvent('pointerup', { pointerType, clientX: to, clientY: 110, bubbles: true }));
    };
    drag('touch', 300, 100);
    expect(onnext).toHaveBeenCalledOnce();
    drag('touch', 100, 300);
    expect(onprevious).toHaveBeenCalledOnce();
    drag('mouse', 300, 100);
    drag('touch', 300, 280);
    expect(onnext).toHaveBeenCalledOnce();
  });
});
