import { test, expect, waitForApp } from './fixtures';

test.describe('when the data cannot be shown', () => {
  test('a server error gives a clear alert, and Retry works once it clears', async ({ page }) => {
    let failing = true;
    await page.route('**/data/dataset.json', (route) => (failing ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback()));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The events could not be loaded');
    await expect(alert).toContainText('(500)');
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForApp(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('damaged JSON says so', async ({ page }) => {
    await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "events": [' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
  });

  // The default first screen is written into index.html (text-first.spec.ts): it stays while the
  // data loads, with no skeleton over it. A link to anything else shows the skeleton.
  test('shows the first screen from the page while loading, a skeleton for a link to another view', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/dataset.json', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('/');
    await expect(page.locator('#first-screen').getByRole('heading', { name: 'Key events' })).toBeVisible();
    await expect(page.getByTestId('skeleton')).toHaveCount(0);
    await page.goto('/?event=bis-entity-list');
    await expect(page.getByTestId('skeleton')).toBeVisible();
    release();
    await waitForApp(page);
    await expect(page.getByTestId('skeleton')).toHaveCount(0);
    await expect(page.locator('#first-screen')).toHaveCount(0);
  });
});
