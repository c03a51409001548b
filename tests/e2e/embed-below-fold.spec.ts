import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article, startHost, type HostServer } from './embedHost';

/*
 * An embed two screens below the fold of an article on another origin, as readers meet it on a
 * phone: its iframe already has its content's height before the reader scrolls to it, so the
 * article does not jump under their eyes when they get there. Chromium runs no animation frames
 * and no ResizeObserver callbacks in such a frame, so this checks the paths that do run.
 */

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const SCREEN = { width: 390, height: 800 };

/** The article, with two screens of text between the fold and the embed. */
function belowTheFold(path: string, embedHtml: string): string {
  return host.page(path, article(`<div style="height: ${2 * SCREEN.height}px" aria-hidden="true"></div>\n${embedHtml}`));
}

/** The iframe's height on the page and its content's height inside, measured without scrolling. */
async function heights(iframe: Locator): Promise<{ outer: number; content: number }> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the embed has no frame');
  return {
    outer: await iframe.evaluate((element) => element.getBoundingClientRect().height),
    content: Math.ceil(await frame.evaluate(() => document.body.getBoundingClientRect().height))
  };
}

async function expectSizedBeforeScrolling(page: Page, iframe: Locator) {
  const box = (await iframe.boundingBox())!;
  expect(box.y, 'the embed starts two screens below the fold').toBeGreaterThanOrEqual(2 * SCREEN.height);
  const frame = page.frameLocator(`iframe[title="Pegasus timeline"]`);
  // The data has arrived inside the frame (assertions do not scroll the page): a frame this narrow
  // leads with the event's card and the strip of dots; the map loads only as the reader nears it.
  await expect(frame.getByTestId('story-card').getByRole('heading', { level: 2 })).toContainText('blacklists NSO Group');
  await expect(frame.getByRole('button', { name: /blacklists NSO Group|Entity List/ }).first()).toBeAttached();

  await expect
    .poll(async () => {
      const { outer, content } = await heights(iframe);
      return content > 600 && Math.abs(outer - content) <= 1;
    }, { message: 'the iframe takes its content height while off screen' })
    .toBe(true);
  expect(await page.evaluate(() => window.scrollY), 'the reader has not scrolled').toBe(0);

  // When the reader gets there, nothing moves.
  const before = (await heights(iframe)).outer;
  await page.evaluate((top) => window.scrollTo(0, top - 100), box.y);
  await page.waitForTimeout(1000);
  const after = await heights(iframe);
  expect(Math.abs(after.outer - before)).toBeLessThanOrEqual(1);
  expect(Math.abs(after.outer - after.content)).toBeLessThanOrEqual(1);
}

test.describe('an embed below the fold', () => {
  test.use({ viewport: SCREEN });

  test('with the embed.js loader has its height before the reader scrolls to it', async ({ page, baseURL }) => {
    const url = belowTheFold(
      '/below-fold-loader.html',
      `<div data-pegasus-timeline="${baseURL}/?embed=1&event=bis-entity-list" data-title="Pegasus timeline"></div>
<script src="${baseURL}/embed.js" async></script>`
    );
    await page.goto(url);
    await expectSizedBeforeScrolling(page, page.locator('iframe[title="Pegasus timeline"]'));
  });

  test('with pym.js’s Parent has its height before the reader scrolls to it', async ({ page, baseURL }) => {
    const url = belowTheFold(
      '/below-fold-pym.html',
      `<div id="pegasus-graphic"></div>
<script src="/pym.v1.min.js"></script>
<script>new pym.Parent('pegasus-graphic', '${baseURL}/?embed=1&event=bis-entity-list', { title: 'Pegasus timeline' });</script>`
    );
    await page.goto(url);
    await expectSizedBeforeScrolling(page, page.locator('iframe[title="Pegasus timeline"]'));
  });
});
