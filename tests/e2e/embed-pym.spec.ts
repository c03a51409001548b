import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article, startHost, type HostServer } from './embedHost';

/*
 * The embed in an article that uses pym.js's own Parent (node_modules/pym.js, served by the
 * article's site as newsrooms do), on another origin: pym resizes the iframe from our height
 * messages, clicks work inside, and the wheel scrolls the article.
 */

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

function pymArticle(appOrigin: string, path: string, embedQuery: string): string {
  return host.page(
    path,
    article(
      `<div id="pegasus-graphic"></div>
<script src="/pym.v1.min.js"></script>
<script>new pym.Parent('pegasus-graphic', '${appOrigin}/?embed=1${embedQuery}', { title: 'Pegasus timeline' });</script>`
    )
  );
}

const iframe = (page: Page) => page.locator('#pegasus-graphic iframe');
const embed = (page: Page) => page.frameLocator('#pegasus-graphic iframe');

async function waitForEmbed(page: Page, { timeline = true } = {}) {
  if (timeline) await expect(embed(page).locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
  await expect(embed(page).locator('[data-testid="place-marker"]').first()).toBeVisible();
}

/**
 * pym writes the height as the iframe's height attribute; the content's height is measured inside.
 * They must match and hold: a view switch lays the timeline out again for its new width (a row of
 * labels more or less), so one matching reading is not enough.
 */
async function expectPymHeightFollowsContent(page: Page) {
  const frame = (await (await iframe(page).elementHandle())?.contentFrame())!;
  let previous = -1;
  await expect
    .poll(async () => {
      const attribute = Number.parseInt((await iframe(page).getAttribute('height')) ?? '0', 10);
      const content = Math.ceil(await frame.evaluate(() => document.body.getBoundingClientRect().height));
      const settled = Math.abs(attribute - content) <= 1 && content === previous;
      previous = content;
      return settled;
    }, { intervals: [250] })
    .toBe(true);
  return Number.parseInt((await iframe(page).getAttribute('height'))!, 10);
}

test.describe('pym.js parent on another origin', () => {
  test('pym names the frame, and resizes it to the content, also after switching view', async ({ page, baseURL }) => {
    await page.goto(pymArticle(baseURL!, '/pym-height.html', '&event=bis-entity-list'));
    const src = new URL((await iframe(page).getAttribute('src'))!);
    expect(src.origin).toBe(baseURL);
    expect(src.searchParams.get('childId')).toBe('pegasus-graphic');
    await expect(iframe(page)).toHaveAttribute('title', 'Pegasus timeline');
    await waitForEmbed(page);
    const both = await expectPymHeightFollowsContent(page);
    // Both views side by side over the event's card (embed-fold.spec.ts measures it at 720 px).
    expect(both).toBeGreaterThan(600);

    // Without the map, the timeline takes the whole width, and may label more events there: pym
    // follows whichever height that gives.
    const timeline = embed(page).locator('[data-testid="timeline"]');
    const widthBeside = (await timeline.boundingBox())!.width;
    await embed(page).getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(embed(page).locator('[data-testid="map"]')).toHaveCount(0);
    await expect.poll(async () => (await timeline.boundingBox())!.width).toBeGreaterThan(widthBeside * 1.5);
    await expectPymHeightFollowsContent(page);
  });

  test('answers pym’s width message when the article is resized', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(pymArticle(baseURL!, '/pym-width.html', '&event=bis-entity-list&view=map'));
    await waitForEmbed(page, { timeline: false });
    const wide = await expectPymHeightFollowsContent(page);
    await page.setViewportSize({ width: 380, height: 800 });
    // At 380 px the frame switches to the narrow layout (a card first, the full text folded): its
    // content changes height, and the frame follows it.
    await expect(embed(page).getByTestId('story-card')).toBeVisible();
    const narrow = await expectPymHeightFollowsContent(page);
    expect(Math.abs(narrow - wide)).toBeGreaterThan(100);
  });

  test('clicks work inside, and a wheel over the embed scrolls the article', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(pymArticle(baseURL!, '/pym-clicks.html', '&from=2021-07-01&to=2021-12-31'));
    await waitForEmbed(page);
    await embed(page).locator('[data-testid="timeline"] .vis-item:has([data-event-id="macron-bennett-cop26"])').click();
    await expect(embed(page).getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('COP26');
    await expect(embed(page).locator('[data-testid="map"] .leaflet-popup')).toContainText('Glasgow');

    const timeline = (await embed(page).locator('[data-testid="timeline"]').boundingBox())!;
    await page.mouse.move(timeline.x + timeline.width / 2, timeline.y + timeline.height / 2);
    await page.mouse.wheel(0, 500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  });
});
