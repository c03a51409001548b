import type { Page } from '@playwright/test';
import { test, expect, clearSpot } from './fixtures';
import { article, startHost, type HostServer } from './embedHost';

/*
 * What a reader meets inside an embed on a news site: a sandboxed frame where storage is
 * blocked, a phone 320 px wide, a story stepped with Previous and Next, and the links that lead
 * out of the frame ("Open the full view", "Link to this event").
 */

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const embed = (page: Page) => page.frameLocator('iframe[title="Pegasus timeline"]');
const detailHeading = (page: Page) => embed(page).getByTestId('detail').getByRole('heading', { level: 2 });

async function waitForEmbed(page: Page) {
  await expect(embed(page).locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
  await expect(embed(page).locator('[data-testid="place-marker"]').first()).toBeVisible();
}

/** Storage access throws in every frame, as in browsers that block it for embedded pages. */
async function blockStorage(page: Page) {
  await page.context().addInitScript(() => {
    const blocked = () => {
      throw new DOMException('Storage is blocked', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) Object.defineProperty(window, name, { get: blocked });
    Object.defineProperty(Document.prototype, 'cookie', { get: blocked, set: blocked });
  });
}

function sandboxedArticle(appOrigin: string, path: string, embedQuery: string, allow: string): string {
  return host.page(
    path,
    article(
      `<iframe src="${appOrigin}/?embed=1${embedQuery}" title="Pegasus timeline" width="100%" height="1200" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-popups"${allow} style="border:0"></iframe>`
    )
  );
}

test.describe('inside a news site', () => {
  test('works in a sandboxed frame with storage blocked, and asks nobody else for anything', async ({ page, baseURL, requests }) => {
    await blockStorage(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(sandboxedArticle(baseURL!, '/sandbox.html', '&event=macron-bennett-cop26', ' allow="clipboard-write"'));
    await waitForEmbed(page);
    await expect(detailHeading(page)).toContainText('COP26');
    await embed(page).locator('[data-testid="timeline"] .vis-item:has([data-event-id="bis-entity-list"])').click();
    await expect(detailHeading(page)).toContainText('blacklists NSO Group');

    // "Link to this event" copies a link to the full app, with just that event.
    await embed(page).getByRole('button', { name: 'Link to this event' }).click();
    await expect(embed(page).getByText('Link copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?event=bis-entity-list`);

    // "Open the full view" opens the same view in a new tab (sandboxed too, as the frame allows no escape).
    const [full] = await Promise.all([page.waitForEvent('popup'), embed(page).getByRole('link', { name: /Open the full view/ }).click()]);
    await expect(full).toHaveURL(/[?&]event=bis-entity-list/);
    expect(new URL(full.url()).searchParams.has('embed')).toBe(false);
    await expect(full.getByTestId('event-list')).toBeVisible();
    await expect(full.getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('blacklists NSO Group');
    await full.close();

    const origins = new Set(requests.map((url) => url.origin).filter((origin) => origin !== 'null'));
    expect([...origins].sort()).toEqual([host.origin, baseURL!].sort());
  });

  test('where the clipboard is blocked, shows the link selected, to copy by hand', async ({ page, baseURL }) => {
    await page.goto(sandboxedArticle(baseURL!, '/no-clipboard.html', '&event=bis-entity-list', ''));
    await waitForEmbed(page);
    await embed(page).getByRole('button', { name: 'Link to this event' }).click();
    const link = `${baseURL}/?event=bis-entity-list`;
    const field = embed(page).getByTestId('event-link');
    await expect(field).toHaveValue(link);
    await expect(embed(page).getByText('Link copied.')).toHaveCount(0);
    expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, link.length]);
  });

  for (const { view, shows, other, otherLibrary, otherButton, otherView } of [
    { view: 'timeline', shows: '[data-testid="timeline"] .vis-item', other: 'map', otherLibrary: 'leaflet-container', otherButton: 'Map', otherView: '[data-testid="place-marker"]' },
    { view: 'map', shows: '[data-testid="place-marker"]', other: 'timeline', otherLibrary: 'vis-itemset', otherButton: 'Timeline', otherView: '[data-testid="timeline"] .vis-item' }
  ]) {
    test(`an embed of the ${view} alone never downloads the ${other}'s library, until the reader asks for the ${other}`, async ({ page }) => {
      // Each view's library is known by a class name that only its own code writes.
      const scripts: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.push(await response.text());
      });
      const downloadedOther = () => scripts.some((code) => code.includes(otherLibrary));
      await page.goto(`/?embed=1&view=${view}&lang=en`);
      await expect(page.locator(shows).first()).toBeVisible();
      await expect(page.locator(otherView)).toHaveCount(0);
      expect(downloadedOther()).toBe(false);
      await page.getByRole('button', { name: otherButton, exact: true }).click();
      await expect(page.locator(otherView).first()).toBeVisible();
      await expect.poll(downloadedOther).toBe(true);
    });
  }

  test('is usable 320 px wide: nothing sticks out, every control is on screen', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const url = host.page(
      '/phone.html',
      `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><body style="margin:0">
<div data-pegasus-timeline="${baseURL}/?embed=1&story=how-nso-was-blacklisted" data-title="Pegasus timeline"></div>
<script src="${baseURL}/embed.js" async></script><p>The article goes on.</p></body>`
    );
    await page.goto(url);
    // 320 px: the narrow layout, which leads with the step's event as a card (narrow.spec.ts).
    await expect(embed(page).getByTestId('story-card')).toBeVisible();
    const frame = page.frames().find((candidate) => candidate.url().startsWith(baseURL!))!;
    expect(await frame.evaluate(() => innerWidth)).toBe(320);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const control of [
      embed(page).getByRole('button', { name: 'Both', exact: true }),
      embed(page).getByRole('button', { name: 'Map', exact: true }),
      embed(page).getByRole('link', { name: /Open the full view/ }),
      embed(page).getByRole('button', { name: /Previous step/ }),
      embed(page).getByRole('button', { name: /Next step/ }),
      embed(page).getByRole('button', { name: 'Link to this event' })
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.height).toBeGreaterThanOrEqual(32);
    }
  });

  test('a story embed steps with Previous and Next, and a mirroring article keeps the step in its address', async ({ page, baseURL }) => {
    const url = host.page(
      '/story.html',
      article(`<div data-pegasus-timeline="${baseURL}/?embed=1&story=how-nso-was-blacklisted" data-title="Pegasus timeline"
  data-frame-id="story" data-mirror-hash></div><script src="${baseURL}/embed.js" async></script>`)
    );
    await page.goto(url);
    await waitForEmbed(page);
    const story = embed(page).getByTestId('embed-story');
    await expect(story).toContainText('Step 1 of 11');
    await expect(detailHeading(page)).toContainText('exposes a leaked list');
    await expect(embed(page).getByRole('heading', { level: 1 })).toHaveText('How NSO Group was blacklisted');
    await expect(story.getByRole('button', { name: /Previous step/ })).toBeDisabled();

    await story.getByRole('button', { name: /Next step/ }).click();
    await expect(story).toContainText('Step 2 of 11');
    await expect(detailHeading(page)).toContainText('14 ministers');
    await expect(page).toHaveURL(/#story=event:macron-number-on-list,step:2$/);

    await page.goBack();
    await expect(story).toContainText('Step 1 of 11');
    await expect(detailHeading(page)).toContainText('exposes a leaked list');
    await expect(page).toHaveURL(url);

    const next = await page.context().newPage();
    await next.goto(`${url}#story=event:macron-number-on-list,step:2`);
    await waitForEmbed(next);
    await expect(embed(next).getByTestId('embed-story')).toContainText('Step 2 of 11');
    await expect(detailHeading(next)).toContainText('14 ministers');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 760 } });

  // The frame is 366 px wide: the narrow layout, whose timeline is the strip of dots (narrow.spec.ts),
  // and whose map loads as the reader scrolls to it.
  test('one finger over the map or the strip scrolls the article; the map says to use two fingers', async ({ page, baseURL }) => {
    await page.goto(
      host.page(
        '/touch.html',
        article(`<div data-pegasus-timeline="${baseURL}/?embed=1&event=bis-entity-list" data-title="Pegasus timeline"></div>
<script src="${baseURL}/embed.js" async></script>`)
      )
    );
    await expect(embed(page).getByTestId('story-card')).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    /** A one-finger upward swipe starting at (x, y) on the page, as the browser receives it. */
    const swipeUp = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 1; step <= 10; step += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 25 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    /**
     * Waits for the article to stand still: a swipe ends in a fling that carries the page on, and a
     * box measured before it stops is not where the next finger lands.
     */
    const articleAtRest = () =>
      expect
        .poll(() =>
          page.evaluate(
            () =>
              new Promise<boolean>((resolve) => {
                const y = window.scrollY;
                requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === y)));
              })
          )
        )
        .toBe(true);

    await embed(page).getByTestId('near-viewport').scrollIntoViewIfNeeded();
    const map = embed(page).locator('[data-testid="map"]');
    await map.scrollIntoViewIfNeeded();
    const mapPane = () => map.evaluate((node) => node.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform);
    // The map flies to the linked event, then pans its popup into view: wait until it stands still
    // (its pan and its zoom, on Leaflet's zoom proxy, unchanged from one look to the next).
    await expect(embed(page).locator('[data-testid="map"] .leaflet-popup')).toBeVisible();
    const mapView = () =>
      map.evaluate((node) => ['.leaflet-map-pane', '.leaflet-proxy'].map((pane) => node.querySelector<HTMLElement>(pane)?.style.transform).join(' '));
    let view = '';
    await expect
      .poll(
        async () => {
          const previous = view;
          view = await mapView();
          return view === previous;
        },
        { intervals: [500] }
      )
      .toBe(true);
    const paneBefore = await mapPane();
    // The hint stays 1.5 s after the last gesture, less than a loaded machine can take for the checks
    // below: every message it shows is noted as it appears.
    const hint = embed(page).locator('[data-testid="map"] ~ [data-testid="gesture-hint"]');
    await hint.evaluate((node: HTMLElement & { shown?: string[] }) => {
      const shown: string[] = (node.shown = []);
      new MutationObserver(() => {
        const text = node.textContent?.trim();
        if (text) shown.push(text);
      }).observe(node, { childList: true, characterData: true, subtree: true });
    });
    await articleAtRest();
    const box = (await map.boundingBox())!;
    const scrolled = await page.evaluate(() => window.scrollY);
    // On the map itself: a finger on the popup scrolls the popup's list.
    const spot = await clearSpot(map);
    await swipeUp(box.x + box.width * spot.x, box.y + box.height * spot.y);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
    expect(await mapPane()).toBe(paneBefore);
    await expect.poll(() => hint.evaluate((node: HTMLElement & { shown?: string[] }) => node.shown)).toContain('Use two fingers to move the map');

    const timeline = embed(page).getByTestId('story-strip');
    await timeline.scrollIntoViewIfNeeded();
    await articleAtRest();
    const lanes = (await timeline.boundingBox())!;
    const beforeTimeline = await page.evaluate(() => window.scrollY);
    await swipeUp(lanes.x + lanes.width * 0.6, lanes.y + Math.min(lanes.height / 2, 200));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(beforeTimeline + 100);
  });
});
