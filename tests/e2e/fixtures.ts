import { test as base, expect, type Page } from '@playwright/test';

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
