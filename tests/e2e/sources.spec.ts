import { test, expect, waitForApp } from './fixtures';

/**
 * What a reader sees of the ground an event rests on, and of who did what to whom: each source's
 * kind and date, a single source flagged, alleged surveillance drawn and named as alleged.
 */
test.describe('sources and relations a newsroom can stand behind', () => {
  test('each source says what kind of source it is and when it was published', async ({ page }) => {
    await page.goto('/?event=apple-sues-nso');
    await waitForApp(page);
    const sources = page.getByTestId('detail').locator('.detail__sources li');
    await expect(sources.filter({ hasText: 'Apple Newsroom' })).toContainText('Primary document · Apple Newsroom · November 23, 2021');
    await expect(sources.filter({ hasText: 'Globes' })).toContainText('News report · Globes · November 24, 2021');
    await expect(sources.filter({ hasText: 'Justia' })).toContainText('Primary document');
    // The correction says what changed since release 1.0.0.
    await expect(page.getByTestId('detail')).toContainText('San Francisco division');
    await expect(page.getByTestId('single-source')).toHaveCount(0);
  });

  test('in French too', async ({ page }) => {
    await page.goto('/?lang=fr&event=apple-sues-nso');
    await waitForApp(page);
    const sources = page.getByTestId('detail').locator('.detail__sources li');
    await expect(sources.filter({ hasText: 'Apple Newsroom' })).toContainText('Document d’origine · Apple Newsroom · 23 novembre 2021');
    await expect(sources.filter({ hasText: 'Globes' })).toContainText('Article de presse');
  });

  test('an event resting on a single source says so', async ({ page }) => {
    await page.goto('/?event=un-experts-moratorium-call');
    await waitForApp(page);
    await expect(page.getByTestId('single-source')).toHaveText('This event rests on a single source.');
  });

  test('alleged surveillance is drawn from the alleged operator to the target, in its own style, and named as alleged', async ({ page }) => {
    await page.goto('/?event=macron-number-on-list');
    await waitForApp(page);
    await expect(page.locator('[data-testid="map"] path.relation-arc--alleged-targeting')).toHaveCount(1);
    await expect(page.locator('[data-testid="map"] path.relation-arc--accusation')).toHaveCount(0);
    const legend = page.getByTestId('relation-legend');
    await expect(legend).toContainText('Morocco → France: Alleged targeting');
    await expect(page.getByTestId('relation-legend-alleged')).toBeVisible();
    // The denial stays in view: the caveat says Rabat denies it.
    await expect(page.getByTestId('caveat')).toContainText('Rabat denies');
  });

  test('alleged targeting is named as alleged in French too', async ({ page }) => {
    await page.goto('/?lang=fr&event=macron-number-on-list');
    await waitForApp(page);
    await expect(page.getByTestId('relation-legend')).toContainText('Maroc → France : Ciblage présumé');
    await expect(page.getByTestId('relation-legend-alleged')).toContainText('Présumé');
  });

  test('a court rules: its decision is drawn as a ruling, not a lawsuit', async ({ page }) => {
    await page.goto('/?event=paris-court-rejects-morocco-suits');
    await waitForApp(page);
    await expect(page.locator('[data-testid="map"] path.relation-arc--ruling')).toHaveCount(1);
    await expect(page.locator('[data-testid="map"] path.relation-arc--lawsuit')).toHaveCount(0);
    await expect(page.getByTestId('relation-legend')).toContainText('Ruling');
  });

  test('a release made before sources were classified shows its sources as they were, without kinds', async ({ page }) => {
    await page.goto('/?data=1.0.0&event=apple-sues-nso');
    await waitForApp(page);
    await expect(page.getByTestId('detail')).toContainText('OSY Technologies');
    await expect(page.getByTestId('source-kind')).toHaveCount(0);
  });
});
