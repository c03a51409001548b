import { readFile } from 'node:fs/promises';
import { test, expect, waitForApp } from './fixtures';

const release = () => readFile('data/releases/1.0.0.json', 'utf8');

/**
 * Each way the data can fail gets its own clear message in an alert, Retry works once the fault
 * clears, and the rest of the page (header, language switch) stays usable.
 */
const faults: Array<{ name: string; respond: (body: string) => { status: number; contentType?: string; body: string }; message: RegExp }> = [
  { name: 'a missing file (404)', respond: () => ({ status: 404, body: 'Not found' }), message: /server answered with an error \(404\)/ },
  { name: 'a server error (500)', respond: () => ({ status: 500, body: 'Internal error' }), message: /server answered with an error \(500\)/ },
  {
    name: 'truncated JSON',
    respond: (body) => ({ status: 200, contentType: 'application/json', body: body.slice(0, body.length / 2) }),
    message: /damaged \(it is not valid JSON\)/
  },
  {
    name: 'valid JSON that breaks the schema',
    respond: (body) => ({ status: 200, contentType: 'application/json', body: body.replace('"category":"regulatory"', '"category":"gossip"') }),
    message: /does not match the expected format: events\.\d+\.category/
  },
  {
    name: 'a newer data format than the app knows',
    respond: (body) => ({ status: 200, contentType: 'application/json', body: body.replace('"schemaVersion":1', '"schemaVersion":7') }),
    message: /format version 7, newer than this app understands \(up to 1\)/
  }
];

test.describe('data faults', () => {
  for (const fault of faults) {
    test(`${fault.name}: its own message, and Retry recovers`, async ({ page }) => {
      const body = (await release()).replace(/\s+(?=(?:[^"\\]|\\.|"(?:[^"\\]|\\.)*")*$)/g, '');
      let broken = true;
      await page.route('**/data/dataset.json', (route) => (broken ? route.fulfill(fault.respond(body)) : route.fallback()));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(fault.message);
      // The page around the alert still works.
      await page.getByTestId('lang-fr').click();
      await expect(alert).toContainText('Les événements n’ont pas pu être chargés');
      await page.getByTestId('lang-en').click();
      broken = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await waitForApp(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('no answer at all: a timeout, then Retry', async ({ page }) => {
    await page.clock.install();
    let hang = true;
    await page.route('**/data/dataset.json', async (route) => {
      if (hang) return; // never answered
      await route.fallback();
    });
    await page.goto('/');
    // The first screen written into the page stays while the data is awaited (text-first.spec.ts).
    await expect(page.locator('#first-screen').getByRole('heading', { name: 'Key events' })).toBeVisible();
    await page.clock.runFor(16_000);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('took too long');
    hang = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForApp(page);
  });

  test('a failed basemap leaves a working map of markers', async ({ page }) => {
    await page.route('**/countries-110m*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto('/');
    await waitForApp(page);
    await expect(page.locator('[data-testid="map"].basemap-unavailable')).toBeAttached();
    await page.locator('[data-testid="place-marker"][data-place-id="kampala"]').click();
    await expect(page.getByTestId('detail')).toContainText('State Department staff in Uganda');
  });
});
