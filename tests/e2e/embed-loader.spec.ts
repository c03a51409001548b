import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, clearSpot } from './fixtures';
import { article, startHost, type HostServer } from './embedHost';

/*
 * The embed inside an article served from another origin, through our embed.js loader: the
 * iframe follows its content's height, clicks work inside, the wheel scrolls the article, the
 * article's address can mirror the selection, and messages from anyone else change nothing.
 */

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

/** An article with one embed made by our loader; `attributes` go on the div. */
function loaderArticle(appOrigin: string, path: string, embedQuery: string, attributes = '', extra = ''): string {
  return host.page(
    path,
    article(
      `<div data-pegasus-timeline="${appOrigin}/?embed=1${embedQuery}" data-title="Pegasus timeline"${attributes}></div>
<script src="${appOrigin}/embed.js" async></script>${extra}`
    )
  );
}

const iframe = (page: Page) => page.locator('iframe[title="Pegasus timeline"]');
const embed = (page: Page): FrameLocator => page.frameLocator('iframe[title="Pegasus timeline"]');

/** The embed's frame, to measure its document. */
async function embedFrame(page: Page): Promise<Frame> {
  const frame = await (await iframe(page).elementHandle())?.contentFrame();
  if (!frame) throw new Error('the embed has no frame');
  return frame;
}

async function waitForEmbed(page: Page) {
  await expect(embed(page).locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
  await expect(embed(page).locator('[data-testid="place-marker"]').first()).toBeVisible();
}

/** The iframe's height on the page, and its content's height inside it. */
async function heights(page: Page) {
  const frame = await embedFrame(page);
  return {
    iframe: await iframe(page).evaluate((element) => element.getBoundingClientRect().height),
    content: Math.ceil(await frame.evaluate(() => document.body.getBoundingClientRect().height))
  };
}

/**
 * The iframe is as tall as its content, and stays so: a view switch lays the timeline out again
 * for its new width (a row of labels more or less), so one matching reading is not enough.
 */
async function expectHeightFollowsContent(page: Page) {
  let previous = -1;
  await expect
    .poll(async () => {
      const { iframe: outer, content } = await heights(page);
      const settled = Math.abs(outer - content) <= 1 && content === previous;
      previous = content;
      return settled;
    }, { intervals: [250] })
    .toBe(true);
}

test.describe('embed.js loader on another origin', () => {
  test('makes a titled, lazy iframe whose height follows its content, also after switching view', async ({ page, baseURL }) => {
    await page.goto(loaderArticle(baseURL!, '/height.html', '&event=macron-bennett-cop26'));
    await expect(iframe(page)).toHaveAttribute('loading', 'lazy');
    await expect(iframe(page)).toHaveAttribute('width', '100%');
    expect(new URL((await iframe(page).getAttribute('src'))!).origin).toBe(baseURL);
    await waitForEmbed(page);
    await expectHeightFollowsContent(page);
    const timeline = embed(page).locator('[data-testid="timeline"]');
    const widthBeside = (await timeline.boundingBox())!.width;

    // Without the map, the timeline takes the whole width, and may label more events there: the
    // frame follows whichever height that gives.
    await embed(page).getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(embed(page).locator('[data-testid="map"]')).toHaveCount(0);
    await expect.poll(async () => (await timeline.boundingBox())!.width).toBeGreaterThan(widthBeside * 1.5);
    await expectHeightFollowsContent(page);

    await embed(page).getByRole('button', { name: 'Both', exact: true }).click();
    await expect(embed(page).locator('[data-testid="map"]')).toBeVisible();
    await expect.poll(async () => (await timeline.boundingBox())!.width).toBeCloseTo(widthBeside, 0);
    await expectHeightFollowsContent(page);
  });

  test('clicks work inside; a plain wheel scrolls the article, Ctrl + wheel zooms the map', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(loaderArticle(baseURL!, '/clicks.html', '&event=macron-bennett-cop26'));
    await waitForEmbed(page);
    await embed(page).locator('[data-testid="timeline"] .vis-item:has([data-event-id="bis-entity-list"])').click();
    await expect(embed(page).getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('blacklists NSO Group');

    const map = embed(page).locator('[data-testid="map"]');
    await map.scrollIntoViewIfNeeded();
    // The map's scale, as Leaflet keeps it on its zoom-animation proxy (scale = 2^zoom).
    const mapScale = () =>
      map.evaluate((node) => Number(/scale\(([\d.]+)\)/.exec(node.querySelector<HTMLElement>('.leaflet-proxy')?.style.transform ?? '')?.[1] ?? 0));
    // Wait for the flight to the selected event to end.
    let scale = -1;
    await expect
      .poll(async () => {
        const previous = scale;
        scale = await mapScale();
        return scale > 0 && scale === previous;
      }, { intervals: [500] })
      .toBe(true);
    const mapBox = (await map.boundingBox())!;
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    // Away from the popup (which keeps wheels to itself) and the map's controls.
    const spot = await clearSpot(map);
    await page.mouse.move(mapBox.x + mapBox.width * spot.x, mapBox.y + mapBox.height * spot.y);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore + 100);
    const hint = embed(page).locator('[data-testid="map"] ~ [data-testid="gesture-hint"]');
    await expect(hint).toHaveClass(/is-visible/);
    await expect(hint).toContainText('Ctrl + scroll to zoom');
    expect(await mapScale()).toBe(scale);

    // The wheel may have carried a short map out of sight: the reader brings it back to zoom it.
    await map.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    const mapNow = (await map.boundingBox())!;
    await page.mouse.move(mapNow.x + mapNow.width * spot.x, mapNow.y + mapNow.height * spot.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(mapScale).toBeGreaterThan(scale);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('a wheel over the timeline scrolls the article too', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(loaderArticle(baseURL!, '/timeline-wheel.html', '&view=timeline&from=2021-07-01&to=2021-12-31'));
    await waitForEmbedTimeline(page);
    const canvas = embed(page).locator('[data-testid="timeline"]');
    const box = (await canvas.boundingBox())!;
    const axisBefore = await embed(page).locator('.vis-time-axis .vis-text').first().textContent();
    // Over the lanes, within the first screen (the timeline is as tall as its lanes).
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 150));
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect(embed(page).locator('.timeline-view > [data-testid="gesture-hint"]')).toHaveClass(/is-visible/);
    await expect(embed(page).locator('.vis-time-axis .vis-text').first()).toHaveText(axisBefore!);
  });

  test('an opted-in article’s address follows the selection; Back steps back; the address reopens the same event', async ({ page, baseURL }) => {
    const url = loaderArticle(baseURL!, '/mirror.html', '&event=macron-bennett-cop26', ' data-frame-id="timeline" data-mirror-hash');
    await page.goto(url);
    await waitForEmbed(page);
    const heading = embed(page).getByTestId('detail').getByRole('heading', { level: 2 });
    await expect(heading).toContainText('COP26');
    expect(new URL(page.url()).hash).toBe('');

    await embed(page).getByRole('button', { name: /Next event/ }).click();
    await expect(heading).toContainText('blacklists NSO Group');
    await expect(page).toHaveURL(/#timeline=event:bis-entity-list$/);
    await embed(page).getByRole('button', { name: /Next event/ }).click();
    await expect(heading).toContainText('an hour in advance');
    await expect(page).toHaveURL(/#timeline=event:israel-one-hour-notice$/);

    await page.goBack();
    await expect(page).toHaveURL(/#timeline=event:bis-entity-list$/);
    await expect(heading).toContainText('blacklists NSO Group');
    await page.goBack();
    await expect(page).toHaveURL(`${url}`);
    await expect(heading).toContainText('COP26');
    await page.goForward();
    await expect(heading).toContainText('blacklists NSO Group');

    // A reader who receives the article's address sees the same event in the embed.
    const shared = `${url}#timeline=event:israel-one-hour-notice`;
    const next = await page.context().newPage();
    await next.goto(shared);
    await waitForEmbed(next);
    await expect(embed(next).getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('an hour in advance');
    await expect(embed(next).locator('[data-testid="timeline"] .vis-item:has([data-event-id="israel-one-hour-notice"])')).toHaveClass(/vis-selected/);
    expect(next.url()).toBe(shared);
  });

  test('messages forged by another frame, or malformed, change nothing', async ({ page, baseURL }) => {
    // Another frame of the article, from a third origin, tries to resize the embed, rewrite the
    // article's address and drive the embed.
    const thirdOrigin = host.origin.replace('127.0.0.1', 'localhost');
    host.page('/other-frame.html', '<!doctype html><title>Another frame</title><p>An advertisement</p>');
    const url = loaderArticle(
      baseURL!,
      '/forged.html',
      '&event=macron-bennett-cop26',
      ' data-frame-id="timeline" data-mirror-hash',
      `<iframe title="Another frame" src="${thirdOrigin}/other-frame.html" width="300" height="100"></iframe>`
    );
    await page.goto(url);
    await waitForEmbed(page);
    await expectHeightFollowsContent(page);
    const heading = embed(page).getByTestId('detail').getByRole('heading', { level: 2 });
    await expect(heading).toContainText('COP26');
    const height = (await heights(page)).iframe;

    const other = page.frames().find((frame) => frame.url().startsWith(thirdOrigin));
    expect(other).toBeDefined();
    await other!.evaluate(() => {
      const message = (type: string, payload: unknown) => ({ namespace: 'pegasus-timeline', version: 1, frame: 'timeline', type, payload });
      parent.postMessage(message('height', { height: 5 }), '*');
      parent.postMessage(message('state', { event: 'apple-sues-nso', step: null, cause: 'reader' }), '*');
      parent.postMessage('pymxPYMxtimelinexPYMxheightxPYMx5', '*');
      // The embed is the article's first frame: post to it directly, as its parent would.
      parent.frames[0]!.postMessage(message('select', { event: 'apple-sues-nso', step: null }), '*');
    });
    // From the real parent, but malformed or for another frame: ignored too.
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage({ namespace: 'pegasus-timeline', version: 1, frame: 'other', type: 'select', payload: { event: 'apple-sues-nso', step: null } }, '*');
      target.postMessage({ namespace: 'pegasus-timeline', version: 1, frame: 'timeline', type: 'select', payload: { event: '<img src=x onerror=alert(1)>', step: null } }, '*');
      target.postMessage('{"namespace":"pegasus-timeline"}', '*');
    });
    await page.waitForTimeout(1000);
    expect((await heights(page)).iframe).toBe(height);
    expect(new URL(page.url()).hash).toBe('');
    await expect(heading).toContainText('COP26');

    // The same select, from the article itself, is followed: the checks above are not vacuous.
    await page.evaluate((origin) => {
      document.querySelector('iframe')!.contentWindow!.postMessage(
        { namespace: 'pegasus-timeline', version: 1, frame: 'timeline', type: 'select', payload: { event: 'apple-sues-nso', step: null } },
        origin
      );
    }, baseURL!);
    await expect(heading).toContainText('Apple sues');
  });
});

async function waitForEmbedTimeline(page: Page) {
  await expect(embed(page).locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
}
