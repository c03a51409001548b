import { test, expect, timelineItem, mapPopup, waitForApp } from './fixtures';

test.describe('a reader exploring the affair', () => {
  test('clicking an event on the timeline opens it on the map and in the detail panel', async ({ page }) => {
    await page.goto('/?from=2021-10-01&to=2021-12-15');
    await waitForApp(page);
    await timelineItem(page, 'bis-entity-list').click();

    await expect(timelineItem(page, 'bis-entity-list')).toHaveClass(/vis-selected/);
    await expect(page.getByTestId('detail').getByRole('heading', { level: 2 })).toHaveText(
      'US Commerce Department blacklists NSO Group, Candiru, Positive Technologies and COSEINC'
    );
    await expect(page.getByTestId('detail')).toContainText('November 3, 2021');
    await expect(mapPopup(page)).toBeVisible();
    await expect(mapPopup(page).locator('[aria-current="true"]')).toContainText('US Commerce Department blacklists NSO Group');
    await expect(page).toHaveURL(/event=bis-entity-list/);
  });

  test('clicking a marker selects its event on the timeline and moves the timeline to it', async ({ page }) => {
    await page.goto('/?from=2016-01-01&to=2016-12-31');
    await waitForApp(page);
    const kampala = page.locator('[data-testid="place-marker"][data-place-id="kampala"]');
    await expect(kampala).toHaveAccessibleName(/Kampala.*1 event/);
    await kampala.click();

    await expect(timelineItem(page, 'us-diplomats-iphones-hacked')).toHaveClass(/vis-selected/);
    await expect(timelineItem(page, 'us-diplomats-iphones-hacked')).toBeInViewport();
    await expect(page.getByTestId('detail')).toContainText('State Department staff in Uganda');
    await expect(page).toHaveURL(/event=us-diplomats-iphones-hacked/);
  });

  test('a marker is reachable and usable with the keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const marker = page.locator('[data-testid="place-marker"][data-place-id="kampala"]');
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('detail')).toContainText('State Department staff in Uganda');
    // The marker is the same element after the selection: the reader's focus stays where it was.
    await expect(marker).toBeFocused();
  });

  test('crowded places merge into a cluster that zooms in when chosen', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const elysee = page.locator('[data-testid="place-marker"][data-place-id="elysee-palace"]');
    // At a world view, Paris's places (Élysée, court, ANSSI…) would overlap: they are merged.
    await expect(elysee).toHaveCount(0);
    const clusters = page.getByTestId('place-cluster');
    await expect(clusters.first()).toHaveAccessibleName(/^\d+ places, \d+ events: zoom in$/);
    // Choose the busiest cluster (Paris's) with the keyboard until the Élysée stands on its own.
    for (let attempt = 0; attempt < 8 && (await elysee.count()) === 0; attempt++) {
      const labels = await clusters.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
      const events = labels.map((label) => Number(/(\d+) events/.exec(label)?.[1] ?? 0));
      await clusters.nth(events.indexOf(Math.max(...events))).focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(800);
    }
    await expect(elysee).toHaveCount(1);
    await expect(elysee).toHaveAccessibleName(/Élysée/);
  });

  test('the selected event’s relations are drawn as arcs, with a legend', async ({ page }) => {
    await page.goto('/?event=israel-one-hour-notice');
    await waitForApp(page);
    await expect(page.locator('[data-testid="map"] path.relation-arc--notification')).toHaveCount(1);
    await expect(page.getByTestId('relation-legend')).toContainText('United States → Israel: Notification');
  });

  test('the list selects events, and arrow keys move through it', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const list = page.getByTestId('event-list');
    await list.locator('button[data-event-id="pegasus-project-revelations"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const selected = list.locator('button[aria-current="true"]');
    await expect(selected).toHaveCount(1);
    const id = await selected.getAttribute('data-event-id');
    expect(id).not.toBe('pegasus-project-revelations');
    await expect(timelineItem(page, id!)).toHaveClass(/vis-selected/);
    await expect(page.getByTestId('announcer')).toContainText('Selected:');
  });

  test('the map counts the events inside the timeline’s window', async ({ page }) => {
    await page.goto('/?from=2021-11-01&to=2021-11-30');
    await waitForApp(page);
    await expect(page.getByTestId('window-count')).toHaveText(/^\d+ of 36 events in the timeline’s window$/);
    const text = await page.getByTestId('window-count').textContent();
    expect(Number(text?.split(' ')[0])).toBeLessThan(36);
    await expect(page.locator('[data-testid="place-marker"].is-outside').first()).toBeAttached();
  });

  test('lanes switch between categories and countries', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await expect(page.locator('[data-testid="timeline"] .vis-label')).toContainText(['Revelation']);
    await page.locator('label', { hasText: 'By country' }).click();
    await expect(page.locator('[data-testid="timeline"] .vis-label').filter({ hasText: 'Morocco' })).toBeVisible();
    await expect(page).toHaveURL(/lanes=country/);
  });

  test('Back steps back through the reader’s selections', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const list = page.getByTestId('event-list');
    await list.locator('button[data-event-id="apple-forcedentry-patch"]').click();
    await list.locator('button[data-event-id="bis-entity-list"]').click();
    await expect(page).toHaveURL(/event=bis-entity-list/);
    await page.goBack();
    await expect(page).toHaveURL(/event=apple-forcedentry-patch/);
    await expect(list.locator('button[aria-current="true"]')).toHaveAttribute('data-event-id', 'apple-forcedentry-patch');
  });
});
