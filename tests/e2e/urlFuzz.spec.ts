import { test, expect, waitForApp } from './fixtures';

/** Every parameter the app reads, each given the same garbage at once. */
const PARAMS = ['event', 'actor', 'category', 'from', 'to', 'lang', 'lanes', 'story', 'step', 'embed', 'view', 'theme', 'data', 'autoplay', 'loop'];
// 15 parameters of 400 characters stay under what HTTP servers accept for a request line.
const GARBAGE = [
  'x'.repeat(400),
  '"><img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '../../../../etc/passwd',
  '\u202Eevil\u202C 🤖 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗ ﷽',
  '%00%0d%0a',
  '[object Object]',
  '-1e309',
  "' OR 1=1 --"
];

test.describe('garbage in every URL parameter', () => {
  for (const garbage of GARBAGE) {
    test(`${JSON.stringify(garbage.slice(0, 24))}… never breaks the page`, async ({ page }) => {
      const query = new URLSearchParams(PARAMS.map((name) => [name, garbage]));
      await page.goto(`/?${query}`);
      await waitForApp(page);
      await expect(page.getByTestId('notices')).toBeVisible();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      // Nothing of the garbage is kept in the link the app writes back.
      expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    });
  }
});
