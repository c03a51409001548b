import { test, expect, waitForApp } from './fixtures';
import { article, startHost, type HostServer } from './embedHost';

/*
 * The full app's Embed dialog: snippets for the view on screen, copied, and pasted into an
 * article on another origin, where they make the same view.
 */

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

test.describe('Embed dialog', () => {
  test('gives both snippet forms for the current view, and Copy copies them', async ({ page, baseURL }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?event=bis-entity-list&lang=fr');
    await waitForApp(page);
    await page.getByTestId('embed-button').click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue dans un article' });
    await expect(dialog).toBeVisible();

    const script = dialog.getByTestId('snippet-script');
    const iframe = dialog.getByTestId('snippet-iframe');
    // The view on screen: the event, the timeline's window and the language, in an escaped attribute.
    const app = baseURL!.replaceAll('.', '\\.');
    const day = String.raw`\d{4}-\d\d-\d\d`;
    await expect(script).toHaveValue(
      new RegExp(
        `^<div data-pegasus-timeline="${app}/\\?embed=1&amp;event=bis-entity-list&amp;from=${day}&amp;to=${day}&amp;lang=fr" ` +
          `data-title="L’affaire Pegasus : chronologie et carte" data-frame-id="timeline" data-mirror-hash></div>\n` +
          `<script src="${app}/embed\\.js" async></script>$`
      )
    );
    const iframeHtml = await iframe.inputValue();
    expect(iframeHtml).toContain(`src="${baseURL}/?embed=1&amp;event=bis-entity-list&amp;from=`);
    expect(iframeHtml).toContain('loading="lazy"');
    expect(iframeHtml).toMatch(/ title="[^"]+"/);

    await dialog.getByRole('radio', { name: 'Carte' }).check();
    await dialog.getByRole('checkbox').uncheck();
    await expect(script).toHaveValue(/view=map/);
    await expect(script).not.toHaveValue(/data-mirror-hash/);
    await expect(iframe).toHaveValue(/view=map/);

    await dialog.getByTestId('copy-iframe').click();
    await expect(dialog.getByTestId('copy-iframe')).toHaveText('Copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframe.inputValue());

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('embed-button')).toBeFocused();
  });

  test('the script snippet, pasted into an article on another origin, embeds the same view', async ({ page, baseURL }) => {
    await page.goto('/?event=macron-bennett-cop26');
    await waitForApp(page);
    await page.getByTestId('embed-button').click();
    const snippet = await page.getByTestId('snippet-script').inputValue();
    await page.keyboard.press('Escape');

    await page.goto(host.page('/pasted.html', article(snippet)));
    const embed = page.frameLocator('iframe');
    await expect(embed.locator('[data-testid="timeline"] .vis-item:has([data-event-id="macron-bennett-cop26"])')).toHaveClass(/vis-selected/);
    await expect(embed.getByTestId('detail').getByRole('heading', { level: 2 })).toContainText('COP26');
    await expect(page.locator('iframe')).toHaveAttribute('title', 'The Pegasus affair: a timeline and map');
  });
});
