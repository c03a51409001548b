import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';

/** WCAG 2.2 AA, as axe-core checks it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
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
      expect(await violations(page)).toEqual([]);
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
  await waitForApp(page);
  expect(await violations(page)).toEqual([]);
});
