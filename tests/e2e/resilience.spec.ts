import { test, expect, waitForApp, timelineItem } from './fixtures';

test.describe('small screens and zoom', () => {
  // Below 640 px the explorer leads with a card and a strip of dots (narrow.spec.ts); from 640 px, the timeline.
  for (const { name, width, height, narrow } of [
    { name: 'a 320 px phone', width: 320, height: 640, narrow: true },
    { name: '200% zoom of a 1280 px window', width: 640, height: 400, narrow: false }
  ]) {
    test(`the layout holds on ${name}: nothing wider than the screen, everything reachable`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?event=bis-entity-list');
      if (narrow) await expect(page.getByTestId('story-card').getByRole('heading', { level: 2 })).toBeVisible();
      else await waitForApp(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (!narrow) await expect(page.getByTestId('detail').getByRole('heading', { level: 2 })).toBeVisible();
      await page.getByTestId('event-list').locator('button[data-event-id="macron-bennett-cop26"]').click();
      if (narrow) {
        await expect(page.getByTestId('story-card')).toContainText('COP26');
        await expect(page.locator('[data-testid="story-strip"] button[data-event-id="macron-bennett-cop26"]')).toHaveAttribute('aria-current', 'true');
      } else {
        await expect(timelineItem(page, 'macron-bennett-cop26')).toHaveClass(/vis-selected/);
      }
    });
  }
});

test.describe('hostile environments', () => {
  test('blocked storage, no BroadcastChannel and a refused fullscreen: the app still works', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('Storage is blocked', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse });
      Object.defineProperty(window, 'sessionStorage', { get: refuse });
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Fullscreen is not allowed'));
    });
    await page.goto('/?event=apple-forcedentry-patch');
    await waitForApp(page);
    await expect(page.getByTestId('detail')).toContainText('FORCEDENTRY');
    await page.getByTestId('event-list').locator('button[data-event-id="bis-entity-list"]').click();
    await expect(page).toHaveURL(/event=bis-entity-list/);
  });

  test('a refused history API (sandboxed frame) keeps the view in memory', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('History is not allowed here', 'SecurityError');
      };
      history.pushState = refuse;
      history.replaceState = refuse;
    });
    await page.goto('/');
    await waitForApp(page);
    await page.getByTestId('event-list').locator('button[data-event-id="bis-entity-list"]').click();
    await expect(timelineItem(page, 'bis-entity-list')).toHaveClass(/vis-selected/);
    await expect(page.getByTestId('detail')).toContainText('Commerce');
  });
});
