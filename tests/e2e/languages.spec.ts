import { test, expect, timelineItem, waitForApp } from './fixtures';

test.describe('French and English', () => {
  test('a French link shows French titles, dates, axis and document language', async ({ page }) => {
    await page.goto('/?lang=fr&event=bis-entity-list');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const detail = page.getByTestId('detail');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Le département américain du Commerce inscrit NSO, Candiru, Positive Technologies et COSEINC sur sa liste noire'
    );
    await expect(detail).toContainText('3 novembre 2021');
    await expect(page.locator('[data-testid="timeline"] .vis-time-axis.vis-foreground')).toContainText(/novembre|nov\./);
    await expect(page.locator('[data-testid="timeline"] .vis-time-axis.vis-foreground')).not.toContainText(/November|Nov\b/);
    await expect(page.getByRole('button', { name: 'Zoomer' }).first()).toBeVisible();
    await expect(page.locator('[data-testid="map"] .leaflet-control-zoom-in')).toHaveAttribute('title', 'Zoomer');
    await expect(page.locator('[data-testid="map"] .leaflet-control-attribution')).toContainText('Frontières : Natural Earth');
    await expect(page).toHaveTitle(/liste noire/);
  });

  test('switching language keeps the selected event, the filters and the window', async ({ page }) => {
    await page.goto('/?event=macron-bennett-cop26&category=diplomatic');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('lang-fr').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveURL(/lang=fr/);
    await expect(page).toHaveURL(/event=macron-bennett-cop26/);
    await expect(page).toHaveURL(/category=diplomatic/);
    await expect(page.getByTestId('detail')).toContainText('1 novembre 2021');
    await expect(page.getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('À la COP26');
    await expect(timelineItem(page, 'macron-bennett-cop26')).toHaveClass(/vis-selected/);
    // The timeline shows the event's short label; the full title is in the detail (above).
    await expect(timelineItem(page, 'macron-bennett-cop26')).toContainText('Macron et Bennett à la COP26');
    await expect(page.getByRole('button', { name: 'Diplomatie', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('detail')).toContainText('November 1, 2021');
  });

  test('switching language renames the map’s clusters', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const clusters = page.getByTestId('place-cluster');
    await expect(clusters.first()).toHaveAccessibleName(/^\d+ places, \d+ events: zoom in$/);
    await page.getByTestId('lang-fr').click();
    await expect(clusters.first()).toHaveAccessibleName(/^\d+ lieux, \d+ événements : zoomer$/);
  });

  test('without a lang parameter, the browser’s preferred language is used', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('L’affaire Pegasus : chronologie et carte');
    await context.close();
  });

  test('an unsupported browser language falls back to English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });
});
