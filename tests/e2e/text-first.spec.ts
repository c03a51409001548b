/*
 * Text first (issue 14): the build writes the first screen into index.html, so it reads before
 * any script arrives and without JavaScript, and the app takes it over without a jump. The app's
 * scripts are held back with a route to look at the page as it is before they run.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';

/** The event the prerendered card shows: the first key event in date order (src/lib/narrow/defaultEvent.ts). */
const DEFAULT_EVENT = 'pegasus-project-revelations';
const defaultTitle = (JSON.parse(readFileSync(`data/events/${DEFAULT_EVENT}.json`, 'utf8')) as { title: { en: string; fr: string } }).title;

const prerendered = (page: Page) => page.locator('#first-screen');
const prerenderedTitle = (page: Page) => prerendered(page).locator('.story-card__title:visible');
const appTitle = (page: Page) => page.getByTestId('story-card').getByRole('heading', { level: 2 });

/** Holds the files `held` matches (the app's scripts unless told) until `release` is called. */
async function holdFiles(page: Page, held = /\/assets\/.*\.js$/): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(held, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the page as served carries the default event’s title, in every language', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  expect(html).toContain(defaultTitle.en);
  expect(html).toContain(defaultTitle.fr);
});

test('the page is parsed to its end while its scripts and stylesheets are on their way, so the app runs as soon as its scripts arrive', async ({ page }) => {
  // Module scripts run once the page is parsed, and Chromium stops parsing at a stylesheet linked
  // in the body until it arrives: the entry's styles are inline instead (build/firstScreen/plugin.ts).
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdFiles(page, /\/assets\//);
  await page.goto('/', { waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('interactive');
  await expect(prerendered(page).locator('.first-screen__wide li span').filter({ hasText: defaultTitle.en })).toBeVisible();
  release();
  await expect(page.locator('.vis-item').first()).toBeVisible();
});

for (const { name, query } of [
  { name: 'a phone', query: '/' },
  { name: 'a narrow embed', query: '/?embed=1' }
]) {
  test(`on ${name}, the card reads before any script runs and keeps its place when the app takes over`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const release = await holdFiles(page);
    await page.goto(query, { waitUntil: 'commit' });
    await expect(prerenderedTitle(page)).toHaveText(defaultTitle.en);
    const before = await prerenderedTitle(page).boundingBox();
    await page.screenshot({ path: test.info().outputPath('before.png') });
    release();
    await expect(appTitle(page)).toHaveText(defaultTitle.en);
    await expect(prerendered(page)).toHaveCount(0);
    const after = await appTitle(page).boundingBox();
    await page.screenshot({ path: test.info().outputPath('after.png') });
    expect(before).not.toBeNull();
    expect(after).not.toBeNull();
    for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(after![side] - before![side]), side).toBeLessThanOrEqual(1);
  });
}

test('on a wide screen, a key event’s title reads before any script runs, and the app takes over with its timeline and map in place', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // In the first frame painted without the first screen, the views must be there: not the explorer's empty panes.
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (!records.some((record) => [...record.removedNodes].some((node) => node instanceof HTMLElement && node.id === 'first-screen'))) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        document.documentElement.dataset.tookOverWith = ['[data-testid="timeline"]', '[data-testid="map"]'].filter((view) => document.querySelector(view)).join(' ');
      });
    }).observe(document, { childList: true, subtree: true });
  });
  const release = await holdFiles(page);
  await page.goto('/', { waitUntil: 'commit' });
  const keyEvent = prerendered(page).locator('.first-screen__wide li').filter({ hasText: defaultTitle.en }).locator('span');
  await expect(keyEvent).toHaveText(defaultTitle.en);
  await expect(keyEvent).toBeInViewport({ ratio: 1 });
  release();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-took-over-with', '[data-testid="timeline"] [data-testid="map"]');
});

test('a wide screen fetches each file once, its preloads included; a narrow one never fetches vis-timeline', async ({ page, requests }) => {
  const fetched = () => requests.filter(({ pathname }) => /^\/(assets|data)\//.test(pathname)).map(({ pathname }) => pathname);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.getByTestId('place-marker').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const wide = fetched();
  expect(wide.some((path) => /\/Timeline-[^/]+\.js$/.test(path))).toBe(true);
  expect(wide.filter((path, index) => wide.indexOf(path) !== index), 'fetched twice').toEqual([]);

  requests.length = 0;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByTestId('story-card')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched().filter((path) => /\/Timeline-[^/]+\.js$/.test(path))).toEqual([]);
});

test('the first screen is in the reader’s language before the app runs', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const release = await holdFiles(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(prerenderedTitle(page)).toHaveText(defaultTitle.fr);
  release();
  await expect(appTitle(page)).toHaveText(defaultTitle.fr);
  await context.close();
});

test('a link to another event never shows the default card first', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const release = await holdFiles(page);
  await page.goto('/?event=apple-forcedentry-patch', { waitUntil: 'commit' });
  await expect(prerendered(page)).toBeHidden();
  release();
  await expect(page.getByTestId('story-card')).toHaveAttribute('data-event-id', 'apple-forcedentry-patch');
  await expect(prerendered(page)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a phone shows the title and the default event’s card', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Pegasus affair: a timeline and map');
    await expect(prerenderedTitle(page)).toHaveText(defaultTitle.en);
    await expect(prerenderedTitle(page)).toBeInViewport({ ratio: 1 });
  });

  test('a wide screen shows the title and the key events', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Pegasus affair: a timeline and map');
    const keyEvents = page.getByRole('heading', { name: 'Key events' }).locator('xpath=following-sibling::ol/li');
    await expect(keyEvents.first()).toContainText(defaultTitle.en);
    expect(await keyEvents.count()).toBeGreaterThan(1);
    await expect(prerenderedTitle(page)).toBeHidden();
  });
});

/** The header's rows, as a reader sees them: the distinct tops of its title block and its controls. */
async function headerRows(page: Page): Promise<{ height: number; rows: number }> {
  const header = page.locator('header.app-header:visible').first();
  return header.evaluate((node) => ({
    height: Math.round(node.getBoundingClientRect().height),
    // Tops more than 12 px apart start a new row.
    rows: [node.querySelector('.app-header__title')!, ...node.querySelectorAll('button')]
      .map((element) => element.getBoundingClientRect().top)
      .sort((a, b) => a - b)
      .filter((top, n, tops) => n === 0 || top - tops[n - 1]! > 12).length
  }));
}

for (const lang of ['en', 'fr'] as const) {
  test(`on a 360 px phone the header takes two rows (${lang}), as served and once the app has taken over`, async ({ browser }) => {
    // As served: the page's own inline script picks the language; the app's scripts never arrive.
    const served = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang });
    const servedPage = await served.newPage();
    await servedPage.route('**/assets/*.js', (route) => route.abort());
    await servedPage.goto(`/?lang=${lang}`);
    const before = await headerRows(servedPage);
    await served.close();
    const app = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang });
    const appPage = await app.newPage();
    await appPage.goto(`/?lang=${lang}`);
    await expect(appPage.getByTestId('story-card')).toBeVisible();
    const after = await headerRows(appPage);
    await app.close();
    expect(after.rows).toBe(2);
    expect(before).toEqual(after);
  });
}
