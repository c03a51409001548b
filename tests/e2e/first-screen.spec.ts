import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, timelineItem, waitForApp } from './fixtures';

/** The contract's key events: the default link opens on all six, labelled. */
const KEY_EVENTS = [
  'pegasus-project-revelations',
  'apple-forcedentry-patch',
  'bis-entity-list',
  'israel-one-hour-notice',
  'macron-bennett-cop26',
  'france-morocco-tensions'
];
const CATEGORY_LANES = ['Revelation', 'Technical', 'Legal', 'Diplomatic', 'Regulatory', 'Corporate'];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The timeline's window (vis-timeline's centre panel), the timeline, the viewport, and every label and era name drawn. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (node: Element): Box => {
      const { left, right, top, bottom } = node.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const timeline = document.querySelector('[data-testid="timeline"]')!;
    const drawn = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().width > 0;
    return {
      window: box(timeline.querySelector('.vis-panel.vis-center')!),
      timeline: box(timeline),
      viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
      labels: [...timeline.querySelectorAll('.item-label__text, .era-name')].filter(drawn).map((node) => ({ text: node.textContent, ...box(node) })),
      // Each period's bar and its label, where the label is drawn.
      spans: [...timeline.querySelectorAll('.vis-item.vis-range:not(.timeline-cluster)')].flatMap((bar) => {
        const label = bar.querySelector('.item-label__text');
        return label && drawn(label) ? [{ text: label.textContent, bar: box(bar), label: box(label) }] : [];
      }),
      lanes: [...timeline.querySelectorAll('.vis-labelset .vis-label')].map((node) => ({ text: node.textContent, ...box(node) }))
    };
  });
}

const inside = (inner: Box, outer: Box) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** A period's label is inside its bar or wholly past its end: never across the bar's edge. */
const clearOfItsBar = ({ bar, label }: { bar: Box; label: Box }) => (label.left >= bar.left - 0.5 && label.right <= bar.right + 0.5) || label.left >= bar.right;

/** Every label drawn lies inside the timeline's window (none is cut by its edges) and clear of its bar's edge. */
async function expectLabelsInside(page: Page) {
  // Labels are placed once the window settles: poll until they have.
  await expect
    .poll(async () => {
      const { window, labels, spans } = await measure(page);
      return [
        ...labels.filter((label) => !inside({ ...label, top: window.top, bottom: window.bottom }, window)).map((label) => label.text),
        ...spans.filter((span) => !clearOfItsBar(span)).map((span) => `${span.text} (across its bar's edge)`)
      ];
    })
    .toEqual([]);
  const { labels } = await measure(page);
  expect(labels.length).toBeGreaterThan(5);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 }
]) {
  test.describe(`the first screen at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('opens on the key events, every lane in view and every label inside the window', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      for (const id of KEY_EVENTS) {
        await expect(timelineItem(page, id)).toBeInViewport();
        // Labelled, not a bare dot.
        await expect(timelineItem(page, id).locator('.item-label__text')).toBeVisible();
      }
      const { window, timeline, viewport: screen, lanes } = await measure(page);
      expect(lanes.map((lane) => lane.text)).toEqual(['Eras', ...CATEGORY_LANES]);
      for (const lane of lanes) {
        expect(inside(lane, timeline), `${lane.text} inside the timeline`).toBe(true);
        expect(inside(lane, screen), `${lane.text} on the first screen`).toBe(true);
        expect(lane.bottom, `${lane.text} above the window's bottom`).toBeLessThanOrEqual(window.bottom + 0.5);
      }
      await expectLabelsInside(page);
      // Eras are named on the first screen.
      await expect(page.locator('[data-testid="timeline"] .era-name', { hasText: 'Revelations' })).toBeVisible();
    });

    test('labels stay inside after a selection', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      await timelineItem(page, 'bis-entity-list').click();
      await expect(timelineItem(page, 'bis-entity-list')).toHaveClass(/vis-selected/);
      await expectLabelsInside(page);
    });

    test('labels stay inside with a category filter', async ({ page }) => {
      await page.goto('/?category=diplomatic,regulatory');
      await waitForApp(page);
      await expectLabelsInside(page);
    });

    test('labels stay inside, and lanes scroll, with a lane per country', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      await page.locator('label', { hasText: 'By country' }).click();
      await expect(page.locator('[data-testid="timeline"] .vis-label').filter({ hasText: 'Morocco' })).toBeAttached();
      await expectLabelsInside(page);
    });

    test('in French, the key events are labelled and every label is inside', async ({ page }) => {
      await page.goto('/?lang=fr');
      await waitForApp(page);
      await expect(timelineItem(page, 'israel-one-hour-notice')).toContainText('Israël prévenu une heure avant');
      await expect(page.locator('[data-testid="timeline"] .era-name', { hasText: 'Révélations' })).toBeVisible();
      const { lanes, viewport: screen } = await measure(page);
      for (const lane of lanes) expect(inside(lane, screen), `${lane.text} on the first screen`).toBe(true);
      await expectLabelsInside(page);
    });
  });
}

test.describe('a period too short for its label', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('has it past the end of its bar, whole and inside the window', async ({ page }) => {
    // A year on screen: the month of the Élysée talks is a bar of about 60 px.
    await page.goto('/?from=2021-03-01&to=2022-03-01');
    await waitForApp(page);
    await expectLabelsInside(page);
    const talks = (await measure(page)).spans.find((span) => span.text === 'Israel’s secret talks at the Élysée');
    expect(talks, 'labelled in full').toBeDefined();
    expect(talks!.label.left).toBeGreaterThanOrEqual(talks!.bar.right);
  });
});

for (const lang of ['en', 'fr'] as const) {
  test(`the first screen has no WCAG violation (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?lang=${lang}`);
    await waitForApp(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }))).toEqual([]);
  });
}
