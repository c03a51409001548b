import { test, expect, timelineItem, mapPopup, waitForApp } from './fixtures';

test.describe('shared links', () => {
  test('a deep link opens the same event, everywhere', async ({ page }) => {
    await page.goto('/?event=macron-bennett-cop26');
    await waitForApp(page);
    await expect(timelineItem(page, 'macron-bennett-cop26')).toHaveClass(/vis-selected/);
    await expect(timelineItem(page, 'macron-bennett-cop26')).toBeInViewport();
    await expect(mapPopup(page)).toContainText('Glasgow');
    await expect(page.getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('COP26');
    await expect(page).toHaveTitle(/COP26/);
  });

  test('a reload restores filters, window and selection', async ({ page }) => {
    await page.goto('/?event=bis-entity-list&category=regulatory,diplomatic&from=2021-09-01&to=2021-12-31');
    await waitForApp(page);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('button', { name: 'Regulatory', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Diplomatic', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Legal', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(timelineItem(page, 'bis-entity-list')).toHaveClass(/vis-selected/);
    await expect(timelineItem(page, 'apple-forcedentry-patch')).toHaveCount(0);
    await expect(page).toHaveURL(/from=2021-09-01&to=2021-12-31|from=2021-09-0\d&to=2021-12-\d\d/);
  });

  test('an unknown event id gives a polite note, not a crash', async ({ page }) => {
    await page.goto('/?event=no-such-event');
    await waitForApp(page);
    await expect(page.getByTestId('notices')).toContainText('There is no event “no-such-event”');
    await expect(page.getByTestId('detail')).toContainText('Select an event');
    await expect(page).not.toHaveURL(/event=/);
  });

  test('malformed values are ignored with a note, and never rendered as HTML', async ({ page }) => {
    await page.goto('/?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&from=2021-02-30&category=gossip&step=-1');
    await waitForApp(page);
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('“event”');
    await expect(notices).toContainText('“from”');
    await expect(notices).toContainText('“category”');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toHaveCount(0);
  });
});

test.describe('filters', () => {
  test('a category filter applies to the timeline, the map, the list and the link', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Legal', exact: true }).click();
    await expect(page).toHaveURL(/category=legal/);
    await expect(page.getByTestId('shown-count')).toContainText(/^\s*7 of 36 events/);
    await expect(page.getByTestId('event-list').locator('button[data-event-id]')).toHaveCount(7);
    // The first window is the key events' months: the legal events in it are drawn, and nothing else.
    await expect(page.locator('[data-testid="timeline"] .vis-item.cat-legal:has([data-event-id])').first()).toBeVisible();
    await expect(page.locator('[data-testid="timeline"] .vis-item:has([data-event-id]):not(.cat-legal)')).toHaveCount(0);
    await expect(timelineItem(page, 'bis-entity-list')).toHaveCount(0);
    // Every marker left stands for legal events only: the Entity List's Washington is gone.
    await expect(page.locator('[data-testid="place-marker"][data-place-id="washington-commerce"]')).toHaveCount(0);
  });

  test('an actor filter keeps the events that actor takes part in', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.getByTestId('actor-filter').selectOption({ label: 'Apple' });
    await expect(page).toHaveURL(/actor=apple/);
    const ids = await page.getByTestId('event-list').locator('button[data-event-id]').evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('data-event-id'))
    );
    expect(ids).toContain('apple-forcedentry-patch');
    expect(ids).not.toContain('macron-bennett-cop26');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('event-list').locator('button[data-event-id]')).toHaveCount(36);
  });
});

test.describe('privacy', () => {
  test('no request leaves the origin', async ({ page, requests }) => {
    await page.goto('/?event=israel-one-hour-notice');
    await waitForApp(page);
    await page.getByTestId('event-list').locator('button[data-event-id="macron-bennett-cop26"]').click();
    await expect(mapPopup(page)).toBeVisible();
    const origin = new URL(page.url()).origin;
    const foreign = requests.filter((url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:');
    expect(foreign.map(String)).toEqual([]);
    expect(requests.some((url) => url.pathname.endsWith('/data/dataset.json'))).toBe(true);
  });
});
