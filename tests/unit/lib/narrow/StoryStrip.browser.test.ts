/*
 * The narrow layout's strip (src/lib/narrow/StoryStrip.svelte), in Chromium: dots as named
 * buttons, a tap choosing an event, the keys moving along, a swipe paging, and labels that are
 * shown whole or not at all. Geometry: stripGeometry.test.ts; in the app: tests/e2e/narrow.spec.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import StoryStrip from '../../../../src/lib/narrow/StoryStrip.svelte';
import { indexDataset } from '../../../../src/lib/data/normalize';
import { CATEGORIES, type Dataset } from '../../../../src/lib/data/types';
import { translator } from '../../../../src/lib/i18n';
import { event, sampleDataset } from '../../../fixtures/dataset';

/** Thirty events, one a week from 2021-01-04, cycling through the categories. */
function dataset(): Dataset {
  const base = sampleDataset();
  const events = Array.from({ length: 30 }, (_, n) =>
    event({
      id: `event-${String(n + 1).padStart(2, '0')}`,
      date: new Date(Date.UTC(2021, 0, 4 + 7 * n)).toISOString().slice(0, 10),
      category: CATEGORIES[n % CATEGORIES.length]
    })
  );
  return { ...base, events };
}
const { events } = indexDataset(dataset());
const eras = [{ id: 'spring', name: { en: 'A long spring of events', fr: 'Un long printemps' }, span: { start: new Date('2021-03-01'), end: new Date('2021-06-01') } }];

function strip(props: Partial<{ currentId: string; onselect: (id: string) => void }> = {}) {
  // `events` is also a Svelte option's name: the props go under `props`.
  return render(StoryStrip, {
    props: {
      events,
      currentId: props.currentId ?? 'event-15',
      lanes: 'category',
      eras,
      lang: 'en',
      t: translator('en'),
      onselect: props.onselect ?? (() => {})
    }
  });
}

const dots = () => [...document.querySelectorAll<HTMLButtonElement>('[data-testid="story-strip"] li button')];

describe('StoryStrip', () => {
  it('shows a window of eleven events around the current one, each a button named by its label and date', async () => {
    strip();
    await expect.element(page.getByRole('button', { name: 'Title of event-15, April 12, 2021' })).toHaveAttribute('aria-current', 'true');
    expect(dots().map((dot) => dot.dataset.eventId)).toEqual(events.slice(9, 20).map((item) => item.id));
    await expect.element(page.getByRole('list', { name: 'All events, in date order' })).toBeVisible();
  });

  it('a tap on a dot chooses its event', async () => {
    const onselect = vi.fn();
    strip({ onselect });
    await page.getByRole('button', { name: /^Title of event-17,/ }).click();
    expect(onselect).toHaveBeenCalledWith('event-17');
  });

  it('is one tab stop; the arrows, Home and End move the focus along all the events, the window following', async () => {
    strip();
    const current = page.getByRole('button', { name: /^Title of event-15,/ });
    expect(dots().filter((dot) => dot.tabIndex === 0).map((dot) => dot.dataset.eventId)).toEqual(['event-15']);
    (current.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('button', { name: /^Title of event-16,/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect.element(page.getByRole('button', { name: /^Title of event-30,/ })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect.element(page.getByRole('button', { name: /^Title of event-01,/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(page.getByRole('button', { name: /^Title of event-01,/ })).toHaveFocus();
  });

  it('a sideways swipe pages through the events without choosing one', async () => {
    const onselect = vi.fn();
    strip({ onselect });
    const node = document.querySelector<HTMLElement>('[data-testid="story-strip"]')!;
    const box = node.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const swipe = (from: number, to: number) => {
      node.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: box.left + from, clientY: y, bubbles: true }));
      node.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: box.left + to, clientY: y + 5, bubbles: true }));
    };
    swipe(300, 100);
    await expect.poll(() => dots()[0]?.dataset.eventId).toBe('event-20');
    swipe(100, 300);
    await expect.poll(() => dots()[0]?.dataset.eventId).toBe('event-10');
    expect(onselect).not.toHaveBeenCalled();
  });

  it('keeps every dot and every shown label inside its box on a 320 px phone; a label that does not fit is hidden whole', async () => {
    document.body.style.width = '320px';
    try {
      strip();
      const strip_ = document.querySelector<HTMLElement>('[data-testid="story-strip"]')!.getBoundingClientRect();
      await expect.poll(() => dots().length).toBe(11);
      for (const dot of dots()) {
        const box = dot.getBoundingClientRect();
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.left).toBeGreaterThanOrEqual(strip_.left);
        expect(box.right).toBeLessThanOrEqual(strip_.right + 0.5);
      }
      const bands = [...document.querySelectorAll<HTMLElement>('[data-testid="strip-era"], [data-testid="strip-year"]')];
      expect(bands.length).toBeGreaterThan(1);
      const shownLabels = bands.filter((band) => {
        const label = band.querySelector('.story-strip__label')!.getBoundingClientRect();
        const frame = band.getBoundingClientRect();
        const inside = label.left >= frame.left - 0.5 && label.right <= frame.right + 0.5 && label.bottom <= frame.top + 20;
        const hidden = label.top >= band.querySelector('.story-strip__fit')!.getBoundingClientRect().bottom;
        expect(inside || hidden, band.textContent ?? '').toBe(true);
        return inside;
      });
      expect(shownLabels.map((band) => band.querySelector('.story-strip__label')?.textContent)).toEqual(['A long spring of events', '2021']);
    } finally {
      document.body.style.width = '';
    }
  });
});
