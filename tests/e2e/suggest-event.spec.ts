import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../src/lib/i18n';
import type { Lang } from '../../src/lib/data/types';
import { test, expect } from './fixtures';

/** "Suggest an event", as a contributor uses it: fill in, read the checker, take the file away. */

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** `npm run validate` on a temporary copy of data/ with the file added. */
function validateWith(fileName: string, text: string): { status: number | null; stdout: string } {
  const tree = mkdtempSync(path.join(tmpdir(), 'suggest-'));
  try {
    cpSync(path.join(repositoryRoot, 'data'), path.join(tree, 'data'), { recursive: true });
    writeFileSync(path.join(tree, 'data/events', fileName), text);
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', tree], { cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout };
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

async function openForm(page: Page, lang: Lang) {
  const t = catalogues[lang];
  await page.goto(`/?lang=${lang}`);
  // The button comes with the data; the form needs neither the timeline nor the map.
  await page.getByRole('button', { name: t['suggest.button'] }).click();
  const dialog = page.getByRole('dialog', { name: t['suggest.dialogTitle'] });
  await expect(dialog).toBeVisible();
  return { dialog, t };
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`suggest an event (${lang})`, () => {
    // Some thirty fields filled while the timeline and map load behind the dialog.
    test.slow();

    test('the form writes an event file that npm run validate accepts unchanged', async ({ page, requests }) => {
      const { dialog, t } = await openForm(page, lang);
      const inLanguage = (group: string, language: Lang) =>
        dialog.getByRole('group', { name: group }).getByLabel(t[`suggest.language.${language}`], { exact: true });

      await dialog.getByLabel(t['suggest.date'], { exact: true }).fill('2021-11-23');
      await inLanguage(t['suggest.headline'], 'en').fill('Apple warns users targeted by state-sponsored spyware');
      await inLanguage(t['suggest.headline'], 'fr').fill('Apple avertit les cibles de logiciels espions étatiques');
      await inLanguage(t['suggest.label'], 'en').fill('Apple warns spyware targets');
      await inLanguage(t['suggest.label'], 'fr').fill('Apple avertit les cibles');
      await expect(dialog.getByLabel(t['suggest.id'], { exact: true })).toHaveValue('apple-warns-users-targeted-by-state-sponsored-spyware');
      await dialog.getByLabel(t['suggest.id'], { exact: true }).fill(`apple-threat-notifications-${lang}`);
      await inLanguage(t['suggest.summary'], 'en').fill('Apple began telling users that state-sponsored attackers may have targeted their iPhones.');
      await inLanguage(t['suggest.summary'], 'fr').fill('Apple a commencé à prévenir des utilisateurs que des attaquants étatiques avaient pu viser leur iPhone.');
      await dialog.getByLabel(t['suggest.place'], { exact: true }).selectOption({ label: lang === 'en' ? 'Paris' : 'Paris' });
      await dialog.getByLabel(lang === 'en' ? 'France' : 'France', { exact: true }).check();
      await dialog.getByLabel(lang === 'en' ? 'Israel' : 'Israël', { exact: true }).check();
      await dialog.getByLabel(t['suggest.category'], { exact: true }).selectOption({ label: catalogues[lang]['category.corporate'] });
      const source = dialog.getByRole('group', { name: t['suggest.source'].replace('{n}', '1') });
      await source.getByLabel(t['suggest.sourceTitle']).fill('Apple sues NSO Group to curb the abuse of state-sponsored spyware');
      await source.getByLabel(t['suggest.publisher']).fill('Apple');
      await source.getByLabel(t['suggest.url']).fill('https://www.apple.com/newsroom/2021/11/apple-sues-nso-group-to-curb-the-abuse-of-state-sponsored-spyware/');
      await source.getByLabel(t['suggest.sourceDate']).fill('2021-11-23');
      await dialog.getByRole('button', { name: t['suggest.addRelation'] }).click();
      const relation = dialog.getByRole('group', { name: t['suggest.relation'].replace('{n}', '1') });
      await relation.getByLabel(t['suggest.from'], { exact: true }).selectOption('france');
      await relation.getByLabel(t['suggest.to'], { exact: true }).selectOption('israel');
      await relation.getByLabel(t['suggest.kind'], { exact: true }).selectOption({ label: catalogues[lang]['relation.statement'] });

      await expect(dialog.getByTestId('suggest-status')).toHaveText(t['suggest.noProblems']);
      const shown = await dialog.getByTestId('suggest-file').inputValue();

      const downloading = page.waitForEvent('download');
      await dialog.getByTestId('suggest-download').click();
      const download = await downloading;
      const fileName = `apple-threat-notifications-${lang}.json`;
      expect(download.suggestedFilename()).toBe(fileName);
      const downloaded = readFileSync(await download.path(), 'utf8');
      expect(downloaded).toBe(shown);

      const { status, stdout } = validateWith(fileName, downloaded);
      expect(stdout).toMatch(/ checked: 0 errors, 0 warnings\n$/);
      expect(status).toBe(0);

      const github = new URL((await dialog.getByTestId('suggest-github').getAttribute('href'))!);
      expect(`${github.origin}${github.pathname}`).toBe('https://github.com/pegasus-timeline/pegasus-timeline/new/main');
      expect(github.searchParams.get('filename')).toBe(`data/events/${fileName}`);
      expect(github.searchParams.get('value')).toBe(downloaded);

      // Offline and private: the form asked nobody for anything.
      const origin = new URL(page.url()).origin;
      expect(requests.filter((url) => url.origin !== origin).map(String)).toEqual([]);
    });

    test('a date that does not exist and a missing source get the validator’s messages at their fields', async ({ page }) => {
      const { dialog, t } = await openForm(page, lang);
      const date = dialog.getByLabel(t['suggest.date'], { exact: true });
      await date.fill('2021-02-30');
      await date.press('Tab');
      await expect(date).toHaveAttribute('aria-invalid', 'true');
      await expect(date).toHaveAccessibleDescription(/2021-02-30/);
      await expect(dialog.locator('#suggest-date-error')).toContainText("date '2021-02-30'");

      await dialog.getByRole('button', { name: t['suggest.removeSource'].replace('{n}', '1') }).click();
      const sources = dialog.getByRole('group', { name: t['suggest.sources'], exact: true });
      await expect(sources).toHaveAccessibleDescription(/sources is empty/);
      await expect(dialog.getByTestId('suggest-findings')).toContainText('sources is empty');
    });

    test('the form has no WCAG violation, with messages showing', async ({ page }) => {
      const { dialog, t } = await openForm(page, lang);
      await dialog.getByLabel(t['suggest.date'], { exact: true }).fill('2021-13');
      await dialog.getByTestId('suggest-copy').focus(); // reaching the file shows every message
      await expect(dialog.locator('.field__error').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }))).toEqual([]);
    });
  });
}
