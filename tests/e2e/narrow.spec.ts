/*
 * Narrow containers lead with the story (issue 13): on a phone, and in an embed's narrow frame, the
 * first screen shows one event as a readable card, a strip of dots under it places it among the
 * others, and the map comes after, downloaded only as it nears the screen. These tests measure
 * boxes as a reader sees them. Not covered here: the strip's geometry (tests/unit/lib/narrow/) and
 * the wide layout (explore.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article, startHost, type HostServer } from './embedHost';

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const card = (scope: Page | ReturnType<Page['frameLocator']>) => scope.getByTestId('story-card');
const cardTitle = (scope: Page | ReturnType<Page['frameLocator']>) => card(scope).getByRole('heading', { level: 2 });
const dot = (page: Page, id: string) => page.locator(`[data-testid="story-strip"] button[data-event-id="${id}"]`);

/** Notes the scripts the page downloads, to tell which library came (by a class name only its code writes). */
function scriptsOf(page: Page): (library: string) => boolean {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
  });
  return (library) => scripts.some((code) => code.includes(library));
}

async function expectReadableOnFirstScreen(title: Locator, viewport: { width: number; height: number }) {
  await expect(title).toBeVisible();
  const box = (await title.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(parseFloat(await title.evaluate((node) => getComputedStyle(node).fontSize))).toBeGreaterThanOrEqual(18);
}

async function swipe(target: Locator, fromX: number, toX: number) {
  const box = (await target.boundingBox())!;
  const y = box.y + box.height / 2;
  await target.dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true, clientX: box.x + fromX, clientY: y });
  await target.dispatchEvent('pointerup', { pointerType: 'touch', isPrimary: true, clientX: box.x + toX, clientY: y + 8 });
}

test.describe('a 390 × 844 phone, full app', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first screen shows one event as a card, the link stays clean, and vis-timeline is never downloaded', async ({ page }) => {
    const downloaded = scriptsOf(page);
    await page.goto('/');
    await expectReadableOnFirstScreen(cardTitle(page), { width: 390, height: 844 });
    await expect(card(page)).toContainText('July 18, 2021');
    await expect(page.getByTestId('story-strip')).toBeVisible();
    await expect(page.locator('[data-testid="timeline"]')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    // The map is near the first screen on this phone: it comes; the timeline's library never does.
    await expect(page.locator('[data-testid="place-marker"]').first()).toBeVisible();
    expect(downloaded('vis-itemset')).toBe(false);
  });

  test('no dot and no label of the strip runs out of its box', async ({ page }) => {
    await page.goto('/?event=macron-bennett-cop26');
    const strip = page.getByTestId('story-strip');
    await expect(dot(page, 'macron-bennett-cop26')).toHaveAttribute('aria-current', 'true');
    const frame = (await strip.boundingBox())!;
    const dots = await strip.locator('li button').all();
    expect(dots.length).toBe(11);
    for (const button of dots) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(box.width).toBeGreaterThanOrEqual(24);
    }
    // A year or era name is shown whole inside its band, or not at all (wrapped out of sight).
    const labels = await strip.locator('[data-testid="strip-year"], [data-testid="strip-era"]').evaluateAll((bands) =>
      bands.map((band) => {
        const fit = band.querySelector('.story-strip__fit')!.getBoundingClientRect();
        const label = band.querySelector('.story-strip__label')!.getBoundingClientRect();
        const edge = band.getBoundingClientRect();
        return {
          text: band.querySelector('.story-strip__label')!.textContent,
          shown: label.top < fit.bottom,
          inside: label.left >= edge.left - 0.5 && label.right <= edge.right + 0.5 && label.bottom <= fit.bottom + 0.5
        };
      })
    );
    expect(labels.filter((label) => label.shown && !label.inside)).toEqual([]);
    expect(labels.filter((label) => label.shown).map((label) => label.text)).toContain('2021');
  });

  test('a tap on a dot, Previous/Next, a swipe and the list each bring their event to the card and the link', async ({ page }) => {
    await page.goto('/?event=macron-bennett-cop26');
    await expect(cardTitle(page)).toContainText('COP26');

    await dot(page, 'bis-entity-list').click();
    await expect(card(page)).toHaveAttribute('data-event-id', 'bis-entity-list');
    await expect(page).toHaveURL(/event=bis-entity-list/);
    await expect(page.getByTestId('announcer')).toContainText('blacklists NSO Group');

    const before = await card(page).getAttribute('data-event-id');
    await card(page).getByRole('button', { name: 'Next event' }).click();
    await expect(card(page)).not.toHaveAttribute('data-event-id', before!);
    const next = (await card(page).getAttribute('data-event-id'))!;
    await expect(page).toHaveURL(new RegExp(`event=${next}`));
    await card(page).getByRole('button', { name: 'Previous event' }).click();
    await expect(card(page)).toHaveAttribute('data-event-id', before!);

    await swipe(card(page), 300, 80);
    await expect(card(page)).toHaveAttribute('data-event-id', next);
    await swipe(card(page), 80, 300);
    await expect(card(page)).toHaveAttribute('data-event-id', before!);

    await page.getByTestId('event-list').locator('button[data-event-id="apple-sues-nso"]').click();
    await expect(card(page)).toHaveAttribute('data-event-id', 'apple-sues-nso');
    await expect(dot(page, 'apple-sues-nso')).toHaveAttribute('aria-current', 'true');
    await page.goBack();
    await expect(card(page)).toHaveAttribute('data-event-id', before!);
  });

  test('the keyboard moves along the dots and Enter chooses one', async ({ page }) => {
    await page.goto('/?event=macron-bennett-cop26');
    await dot(page, 'macron-bennett-cop26').focus();
    await page.keyboard.press('ArrowRight');
    const focused = page.locator('[data-testid="story-strip"] button:focus');
    const id = (await focused.getAttribute('data-event-id'))!;
    expect(id).not.toBe('macron-bennett-cop26');
    await page.keyboard.press('Enter');
    await expect(card(page)).toHaveAttribute('data-event-id', id);
    await expect(page).toHaveURL(new RegExp(`event=${id}`));
  });
});

test.describe('a 360 × 740 embed', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const view of ['both', 'timeline', 'map'] as const) {
    test(`an embed of view=${view} leads with a readable card`, async ({ page }) => {
      await page.goto(`/?embed=1&view=${view}&event=israel-one-hour-notice`);
      await expectReadableOnFirstScreen(cardTitle(page), { width: 360, height: 740 });
      await expect(page.getByTestId('story-strip')).toHaveCount(view === 'map' ? 0 : 1);
      await expect(page.getByTestId('near-viewport').or(page.locator('[data-testid="map"]'))).toHaveCount(view === 'timeline' ? 0 : 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test('“Full text and sources” is one fold: opened, the whole summary and the sources show, with no fold inside', async ({ page }) => {
    await page.goto('/?embed=1&event=bis-entity-list');
    await expect(card(page)).toBeVisible();
    const details = page.locator('details', { hasText: 'Full text and sources' });
    await details.locator('summary').first().click();
    await expect(details.getByTestId('detail').getByRole('link')).toHaveCount(5);
    await expect(details.getByTestId('detail').getByRole('link').first()).toBeVisible();
    await expect(details.getByTestId('detail')).toContainText('trafficking in cyber exploits');
    await expect(details.locator('details')).toHaveCount(0);
  });

  test('in an article, the map’s library is downloaded only when the reader scrolls to the map', async ({ page, baseURL }) => {
    const downloaded = scriptsOf(page);
    await page.goto(
      host.page(
        '/narrow-article.html',
        article(`<div data-pegasus-timeline="${baseURL}/?embed=1" data-title="Pegasus timeline"></div>
<script src="${baseURL}/embed.js" async></script>`)
      )
    );
    const embed = page.frameLocator('iframe[title="Pegasus timeline"]');
    await expect(card(embed)).toBeVisible();
    await expect(embed.getByTestId('story-strip').locator('li button').first()).toBeAttached();
    const placeholder = embed.getByTestId('near-viewport');
    await expect(placeholder).toBeAttached();
    expect(downloaded('leaflet-container')).toBe(false);

    await placeholder.scrollIntoViewIfNeeded();
    await expect(embed.locator('[data-testid="place-marker"]').first()).toBeVisible();
    expect(downloaded('leaflet-container')).toBe(true);
    expect(downloaded('vis-itemset')).toBe(false);
  });

  test('one finger moving up over the strip scrolls the article; moving sideways pages the strip', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(
      host.page(
        '/narrow-touch.html',
        article(`<div data-pegasus-timeline="${baseURL}/?embed=1&event=bis-entity-list" data-title="Pegasus timeline"></div>
<script src="${baseURL}/embed.js" async></script>`)
      )
    );
    const embed = page.frameLocator('iframe[title="Pegasus timeline"]');
    const strip = embed.getByTestId('story-strip');
    await strip.scrollIntoViewIfNeeded();
    await expect(strip.locator('li button').first()).toBeVisible();
    const cdp = await context.newCDPSession(page);
    const drag = async (x: number, y: number, dx: number, dy: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 1; step <= 10; step += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * step) / 10, y: y + (dy * step) / 10 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const box = (await strip.boundingBox())!;
    const first = await strip.locator('li button').first().getAttribute('data-event-id');
    await drag(box.x + box.width - 40, box.y + box.height / 2, -220, 0);
    await expect(strip.locator('li button').first()).not.toHaveAttribute('data-event-id', first!);

    const scrolled = await page.evaluate(() => window.scrollY);
    const now = (await strip.boundingBox())!;
    await drag(now.x + now.width / 2, now.y + now.height / 2, 0, -250);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
    await context.close();
  });
});

for (const lang of ['en', 'fr'] as const) {
  test(`the narrow layout has no WCAG violation (${lang}), in the app and in an embed`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const { query, popup } of [
      { query: `?lang=${lang}`, popup: false },
      { query: `?lang=${lang}&embed=1&event=bis-entity-list`, popup: true }
    ]) {
      await page.goto(`/${query}`);
      await expect(card(page)).toBeVisible();
      await expect(page.locator('[data-testid="story-strip"] li button').first()).toBeVisible();
      await page.getByText(lang === 'en' ? 'Full text and sources' : 'Texte complet et sources').click();
      const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
      if (popup) {
        // As in accessibility.spec.ts: contrast once the popup has faded in; the markers it covers are checked without it.
        await expect(page.locator('[data-testid="map"] .leaflet-popup')).toHaveCSS('opacity', '1');
        axe.exclude('.leaflet-marker-pane');
      }
      const results = await axe.analyze();
      expect(results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
    }
  });
}
