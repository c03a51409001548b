import { readFile } from 'node:fs/promises';
import { test, expect, waitForApp } from './fixtures';
import type { Dataset } from '../../src/lib/data/types';

/** The working data with one event that no release has: what "latest" looks like after a contribution. */
async function latestWithNewEvent(): Promise<string> {
  const release = JSON.parse(await readFile('data/releases/1.0.0.json', 'utf8')) as Dataset;
  const template = release.events.find((event) => event.id === 'bis-entity-list')!;
  release.release = { version: 'latest', date: '2026-12-01' };
  release.events.push({
    ...template,
    id: 'added-after-the-release',
    date: '2022-06-01',
    title: { en: 'An event added after release 1.0.0', fr: 'Un événement ajouté après la version 1.0.0' }
  });
  return JSON.stringify(release);
}

test.describe('versioned data releases', () => {
  test('without a pin the app shows the latest data', async ({ page }) => {
    const body = await latestWithNewEvent();
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByTestId('event-list')).toContainText('An event added after release 1.0.0');
    await expect(page.getByTestId('data-version')).toContainText('Latest data');
  });

  test('?data=1.0.0 pins the app to that release, whatever came later', async ({ page, requests }) => {
    const body = await latestWithNewEvent();
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto('/?data=1.0.0&event=bis-entity-list');
    await waitForApp(page);
    await expect(page.getByTestId('event-list').locator('button[data-event-id]')).toHaveCount(36);
    await expect(page.getByTestId('event-list')).not.toContainText('An event added after release 1.0.0');
    await expect(page.getByTestId('data-version')).toContainText('Data 1.0.0, November 23, 2026');
    expect(requests.some((url) => url.pathname.endsWith('/data/releases/1.0.0.json'))).toBe(true);
    expect(requests.some((url) => url.pathname.endsWith('/data/dataset.json'))).toBe(false);
    // The pin survives in the link while the reader explores.
    await page.getByTestId('event-list').locator('button[data-event-id="macron-bennett-cop26"]').click();
    await expect(page).toHaveURL(/data=1\.0\.0/);
  });

  test('an unknown release says so, with a way back', async ({ page }) => {
    await page.goto('/?data=9.9.9');
    await expect(page.getByRole('alert')).toContainText('There is no data release “9.9.9”');
  });

  test('the changelog is linked from the page', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const response = await page.request.get(await page.getByRole('link', { name: 'Changelog' }).getAttribute('href') ?? '');
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain('## 1.0.0');
  });
});

test('a correction stays visible to readers, dated, in their language', async ({ page }) => {
  const dataset = JSON.parse(await readFile('data/releases/1.0.0.json', 'utf8')) as Dataset;
  const event = dataset.events.find((candidate) => candidate.id === 'hulata-bonne-secret-talks')!;
  event.corrections = [
    {
      date: '2026-11-20',
      note: { en: 'The visit was dated to October 2021, not September.', fr: 'La visite a été datée d’octobre 2021, et non de septembre.' }
    }
  ];
  await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.goto('/?event=hulata-bonne-secret-talks');
  await waitForApp(page);
  const detail = page.getByTestId('detail');
  await expect(detail.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  await expect(detail).toContainText('Corrected on November 20, 2026: The visit was dated to October 2021, not September.');
  await page.getByTestId('lang-fr').click();
  await expect(detail).toContainText('Corrigé le 20 novembre 2026 : La visite a été datée d’octobre 2021, et non de septembre.');
});
