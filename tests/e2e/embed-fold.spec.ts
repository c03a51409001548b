import AxeBuilder from '@axe-core/playwright';
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { article, startHost, type HostServer } from './embedHost';

/*
 * An article embed in a 720 px column, on another origin, with the event that has the most
 * sources and relations selected: a frame an editor accepts (at most 900 px), details that fold
 * and grow the frame when a reader opens them, and a cap for pages that need a fixed frame. With
 * our loader and with pym.js's own Parent.
 */

const EVENT = 'bis-entity-list';
const COLUMN = 720;
const EDITORS_HEIGHT = 900;

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

interface Embedded {
  /** The iframe on the article's page. */
  iframe: Locator;
  embed: FrameLocator;
  /** The frame's height on the page, as the host set it. */
  frameHeight: () => Promise<number>;
}

/** An article whose column is 720 px wide, with the embed made by our loader; `attributes` go on its div. */
async function withLoader(page: Page, appOrigin: string, path: string, query: string, attributes = ''): Promise<Embedded> {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(
    host.page(
      path,
      article(
        `<div style="width:${COLUMN}px" data-pegasus-timeline="${appOrigin}/?embed=1${query}" data-title="Pegasus timeline"${attributes}></div>
<script src="${appOrigin}/embed.js" async></script>`
      )
    )
  );
  const iframe = page.locator('iframe[title="Pegasus timeline"]');
  return { iframe, embed: page.frameLocator('iframe[title="Pegasus timeline"]'), frameHeight: () => iframe.evaluate((node) => node.getBoundingClientRect().height) };
}

/** The same article, with pym.js's Parent making the frame (it writes the height as an attribute). */
async function withPym(page: Page, appOrigin: string, path: string, query: string): Promise<Embedded> {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(
    host.page(
      path,
      article(
        `<div id="pegasus-graphic" style="width:${COLUMN}px"></div>
<script src="/pym.v1.min.js"></script>
<script>new pym.Parent('pegasus-graphic', '${appOrigin}/?embed=1${query}', { title: 'Pegasus timeline' });</script>`
      )
    )
  );
  const iframe = page.locator('#pegasus-graphic iframe');
  return {
    iframe,
    embed: page.frameLocator('#pegasus-graphic iframe'),
    frameHeight: async () => Number.parseInt((await iframe.getAttribute('height')) ?? '0', 10)
  };
}

async function contentHeight(iframe: Locator): Promise<number> {
  const frame: Frame | null = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the embed has no frame');
  return Math.ceil(await frame.evaluate(() => document.body.getBoundingClientRect().height));
}

/** Waits until the frame is as tall as its content, and returns that height. */
async function settledHeight({ iframe, frameHeight }: Embedded): Promise<number> {
  await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight(iframe)))).toBeLessThanOrEqual(1);
  return frameHeight();
}

async function waitForEmbed({ embed }: Embedded) {
  await expect(embed.locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
  await expect(embed.locator('[data-testid="place-marker"]').first()).toBeVisible();
  await expect(embed.getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('blacklists NSO Group');
}

const sourcesFold = (embed: FrameLocator) => embed.getByTestId('sources-fold');
const legendFold = (embed: FrameLocator) => embed.getByTestId('legend-fold');

for (const [slug, name, open] of [
  ['loader', 'our loader', withLoader],
  ['pym', 'pym.js', withPym]
] as const) {
  test.describe(`a 720 px article embed with ${name}`, () => {
    test('is at most 900 px tall with the event selected: title, date, place and summary, the rest folded', async ({ page, baseURL }) => {
      const embedded = await open(page, baseURL!, `/fold-${slug}.html`, `&event=${EVENT}`);
      await waitForEmbed(embedded);
      expect(await embedded.iframe.evaluate((node) => node.getBoundingClientRect().width)).toBe(COLUMN);
      const height = await settledHeight(embedded);
      expect(height).toBeLessThanOrEqual(EDITORS_HEIGHT);

      const detail = embedded.embed.getByTestId('detail');
      await expect(detail).toContainText('November 3, 2021');
      await expect(detail.getByTestId('detail-place')).toHaveText('Place: US Department of Commerce, Washington');
      await expect(detail.getByTestId('summary-lead')).toContainText('The Bureau of Industry and Security added four companies');
      // Folded: the summaries name what is inside, and nothing inside shows.
      await expect(sourcesFold(embedded.embed).locator('summary')).toHaveText('Sources (5)');
      await expect(sourcesFold(embedded.embed).getByRole('link')).toHaveCount(0);
      await expect(legendFold(embedded.embed).locator('summary')).toHaveText('Relations (7)');
      await expect(legendFold(embedded.embed).getByRole('listitem')).toHaveCount(0);
    });

    test('opening "Sources" grows the frame to its content, and closing it shrinks it back', async ({ page, baseURL }) => {
      const embedded = await open(page, baseURL!, `/fold-sources-${slug}.html`, `&event=${EVENT}`);
      await waitForEmbed(embedded);
      const folded = await settledHeight(embedded);

      // By keyboard, as a disclosure: focus the summary, press Enter.
      const summary = sourcesFold(embedded.embed).locator('summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(sourcesFold(embedded.embed).getByRole('link')).toHaveCount(5);
      await expect(sourcesFold(embedded.embed).getByRole('link').first()).toBeVisible();
      const unfolded = await settledHeight(embedded);
      expect(unfolded).toBeGreaterThan(folded + 100);

      await page.keyboard.press('Enter');
      await expect(sourcesFold(embedded.embed).getByRole('link')).toHaveCount(0);
      expect(await settledHeight(embedded)).toBe(folded);
    });

    test('opening "Relations" grows the frame to its content', async ({ page, baseURL }) => {
      const embedded = await open(page, baseURL!, `/fold-legend-${slug}.html`, `&event=${EVENT}`);
      await waitForEmbed(embedded);
      const folded = await settledHeight(embedded);
      await legendFold(embedded.embed).locator('summary').click();
      await expect(legendFold(embedded.embed).getByRole('listitem')).toHaveCount(7);
      await expect(legendFold(embedded.embed).getByRole('listitem').first()).toBeVisible();
      expect(await settledHeight(embedded)).toBeGreaterThan(folded + 100);
    });
  });
}

test.describe('a capped embed (maxheight)', () => {
  test('our loader’s data-max-height holds the frame at the cap, opened folds scroll inside it', async ({ page, baseURL }) => {
    const embedded = await withLoader(page, baseURL!, '/cap-loader.html', `&event=${EVENT}`, ' data-max-height="600"');
    expect(new URL((await embedded.iframe.getAttribute('src'))!).searchParams.get('maxheight')).toBe('600');
    await waitForEmbed(embedded);
    await expect.poll(embedded.frameHeight).toBe(600);
    // The page inside lays out within the cap: nothing below it, the detail scrolls in its pane.
    expect(await contentHeight(embedded.iframe)).toBeLessThanOrEqual(600);
    const detailPane = embedded.embed.locator('.pane--detail');
    expect(await detailPane.evaluate((pane) => pane.scrollHeight > pane.clientHeight)).toBe(true);

    await sourcesFold(embedded.embed).locator('summary').click();
    await expect(sourcesFold(embedded.embed).getByRole('link').first()).toBeAttached();
    await sourcesFold(embedded.embed).getByRole('link').last().scrollIntoViewIfNeeded();
    await expect(sourcesFold(embedded.embed).getByRole('link').last()).toBeInViewport();
    // Give a height report time to arrive: none above the cap ever does.
    await page.waitForTimeout(500);
    expect(await embedded.frameHeight()).toBe(600);
    expect(await contentHeight(embedded.iframe)).toBeLessThanOrEqual(600);
  });

  test('with pym.js, maxheight in the embed’s address holds pym’s frame at the cap', async ({ page, baseURL }) => {
    const embedded = await withPym(page, baseURL!, '/cap-pym.html', `&event=${EVENT}&maxheight=640`);
    await waitForEmbed(embedded);
    await expect.poll(embedded.frameHeight).toBe(640);
    await legendFold(embedded.embed).locator('summary').click();
    await sourcesFold(embedded.embed).locator('summary').click();
    await expect(sourcesFold(embedded.embed).getByRole('link').first()).toBeAttached();
    await page.waitForTimeout(500);
    expect(await embedded.frameHeight()).toBe(640);
  });

  test('a malformed maxheight is ignored with a polite note', async ({ page }) => {
    await page.setViewportSize({ width: COLUMN, height: 900 });
    await page.goto(`/?embed=1&event=${EVENT}&maxheight=tall`);
    await waitForApp(page);
    await expect(page.getByTestId('notices')).toContainText('maxheight');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-embed-capped'))).toBe(false);
  });
});

/** WCAG 2.2 AA, as axe-core checks it (the markers under the open popup are checked elsewhere). */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).exclude('.leaflet-marker-pane').analyze();
  return results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }));
}

for (const lang of ['en', 'fr'] as const) {
  test(`the 720 px embed has no WCAG violation, folded or unfolded (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: COLUMN, height: 900 });
    await page.goto(`/?embed=1&event=${EVENT}&lang=${lang}`);
    await waitForApp(page);
    const popup = page.locator('[data-testid="map"] .leaflet-popup');
    await expect(popup).toBeVisible();
    // Contrast is judged once Leaflet's fade-in has ended, not on a half-transparent popup.
    await expect(popup).toHaveCSS('opacity', '1');
    expect(await violations(page)).toEqual([]);

    for (const fold of ['more-fold', 'sources-fold', 'legend-fold']) await page.getByTestId(fold).locator('summary').click();
    await expect(page.getByTestId('sources-fold').getByRole('link').first()).toBeVisible();
    await expect(page.getByTestId('legend-fold').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByTestId('more-fold')).toHaveAttribute('open', '');
    expect(await violations(page)).toEqual([]);
  });
}
