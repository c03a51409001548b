import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';

/** WCAG 2.2 AA, as axe-core checks it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, exclude: string[] = []) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of exclude) builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    summary: violation.nodes[0]?.failureSummary
  }));
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`accessibility (${lang})`, () => {
    test('the main view has no WCAG violation', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await waitForApp(page);
      expect(await violations(page)).toEqual([]);
    });

    test('a selected event, with its popup and arcs, has no WCAG violation', async ({ page }) => {
      await page.goto(`/?lang=${lang}&event=israel-one-hour-notice`);
      await waitForApp(page);
      await expect(page.locator('[data-testid="map"] .leaflet-popup')).toBeVisible();
      // Contrast is judged once Leaflet's fade-in has ended, not on a half-transparent popup.
      await expect(page.locator('[data-testid="map"] .leaflet-popup')).toHaveCSS('opacity', '1');
      // The popup the reader opened covers the markers behind it; those markers are checked in
      // the views without a popup (above and below), and stay reachable by keyboard.
      expect(await violations(page, ['.leaflet-marker-pane'])).toEqual([]);
    });

    test('the presenter, on a step, has no WCAG violation', async ({ page }) => {
      await page.goto(`/?lang=${lang}&story=how-nso-was-blacklisted&step=3`);
      await expect(page.getByTestId('story-progress')).toBeVisible();
      await expect(page.locator('[data-testid="map"] .leaflet-popup')).toBeVisible();
      // Contrast is judged once Leaflet's fade-in has ended, not on a half-transparent popup.
      await expect(page.locator('[data-testid="map"] .leaflet-popup')).toHaveCSS('opacity', '1');
      expect(await violations(page, ['.leaflet-marker-pane'])).toEqual([]);
    });

    test('the embed has no WCAG violation', async ({ page }) => {
      // 420 px wide: the narrow layout (card, strip, then the map as it nears the screen: it is on screen here).
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(`/?lang=${lang}&embed=1&event=bis-entity-list`);
      await expect(page.getByTestId('story-card')).toBeVisible();
      await expect(page.locator('[data-testid="map"] .leaflet-popup')).toBeVisible();
      // Contrast is judged once Leaflet's fade-in has ended, not on a half-transparent popup.
      await expect(page.locator('[data-testid="map"] .leaflet-popup')).toHaveCSS('opacity', '1');
      expect(await violations(page, ['.leaflet-marker-pane'])).toEqual([]);
    });

    test('the error state has no WCAG violation', async ({ page }) => {
      await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 500, body: '' }));
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the phone layout has no WCAG violation', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?event=macron-bennett-cop26');
  // The narrow layout: a card and a strip, no vis-timeline; the map is near the first screen and comes.
  await expect(page.getByTestId('story-card')).toBeVisible();
  await expect(page.locator('[data-testid="place-marker"]').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
