import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every end-to-end test fails on an uncaught exception or unhandled rejection in the page,
 * and records every request so tests can assert that none leaves the origin.
 */
export const test = base.extend<{ pageErrors: Error[]; requests: URL[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      // A blocked script, style or request under the Content-Security-Policy is a bug too.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(new Error(message.text()));
      });
      await use(errors);
      expect(errors.map((error) => error.message), 'uncaught errors in the page').toEqual([]);
    },
    { auto: true }
  ],
  requests: async ({ page }, use) => {
    const requests: URL[] = [];
    page.on('request', (request) => requests.push(new URL(request.url())));
    await use(requests);
  }
});

export { expect };

/** The timeline item of an event. */
export function timelineItem(page: Page, id: string) {
  return page.locator(`[data-testid="timeline"] .vis-item:has([data-event-id="${id}"])`);
}

/** The open map popup. */
export function mapPopup(page: Page) {
  return page.locator('[data-testid="map"] .leaflet-popup');
}

export async function waitForApp(page: Page) {
  await expect(page.locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
  await expect(page.locator('[data-testid="place-marker"]').first()).toBeVisible();
}

/**
 * Where on the map (as fractions of its box) the map itself is under the pointer, not its popup
 * nor its controls; from its lower right, where a small side-by-side map has room left, then its
 * edges (a popup as tall as a small map allows leaves only a strip above it, under the controls' row).
 */
export async function clearSpot(map: Locator): Promise<{ x: number; y: number }> {
  const spot = await map.evaluate((node) => {
    const box = node.getBoundingClientRect();
    for (const y of [0.9, 0.8, 0.7, 0.6, 0.5, 0.97, 0.2, 0.1]) {
      for (const x of [0.75, 0.6, 0.9, 0.4, 0.25, 0.1]) {
        const under = document.elementFromPoint(box.left + box.width * x, box.top + box.height * y);
        if (under && node.contains(under) && !under.closest('.leaflet-popup, .leaflet-control-container')) return { x, y };
      }
    }
    return null;
  });
  if (!spot) throw new Error('the popup and the controls cover the whole map');
  return spot;
}
