import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { call, create } from './bridge-data';
import { PASSPHRASE, test } from './fixtures';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import type { CasekeepApp } from './pages/casekeep-app';
import { SearchPalette } from './pages/search-palette';

const LANGUAGES = ['en', 'ru', 'kk', 'ug'] as const;
type Language = (typeof LANGUAGES)[number];

/** One screen as each language shows it: its own heading in place, axe clean, a screenshot. */
async function capture(app: CasekeepApp, page: Page, language: Language, name: string, root: Locator): Promise<void> {
  await expect(root).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ug' ? 'rtl' : 'ltr');
  await expectAccessible(page, `${name} (${language})`);
  await app.screenshot(`screens/${language}-${name}`);
}

async function openCase(page: Page): Promise<CasePage> {
  const cases = new CasesPage(page);
  await cases.goto();
  await cases.open('Bilash');
  return new CasePage(page);
}

test('every screen in each interface language, axe clean, with a screenshot', async ({ app, page }) => {
  test.setTimeout(300_000);
  await app.open();
  // Before a vault exists: the first-run screen and the restore screen.
  for (const language of LANGUAGES) {
    await app.language.choose(language);
    await capture(app, page, language, 'create', page.getByTestId('screen-create'));
    await page.getByTestId('create-restore').click();
    await capture(app, page, language, 'restore', page.getByTestId('screen-restore'));
    await page.getByTestId('restore-back').click();
  }
  await app.language.choose('en');
  await app.createVault(PASSPHRASE);

  const { id: caseId } = await create(page, 'case', { title: 'Bilash', summary: 'Serikzhan Bilash, arrested in Almaty.' });
  await create(page, 'person', { caseIds: [caseId], names: [{ value: 'Серикжан Билаш', script: 'Cyrl' }], statusHistory: [{ status: 'detained', date: { precision: 'day', earliest: '2019-03-10', latest: '2019-03-10' } }] });
  const source = await create(page, 'source', { caseIds: [caseId] });
  await create(page, 'testimony', { caseIds: [caseId], sourceId: source.id, interviewDate: '2019-05-14', place: 'Almaty', language: 'kk', transcript: 'Бізге түнде келді.' });
  await create(page, 'incident', { caseIds: [caseId], title: 'Night search', type: 'search_or_raid', date: { precision: 'day', earliest: '2019-03-09', latest: '2019-03-09' } });
  await call(page, 'fields.create', { kind: 'person', key: 'children', type: 'number', labels: { en: 'Children', ru: 'Дети', kk: 'Балалар', ug: 'بالىلار' } });

  // The case list drawn at unlock is empty: another screen first, so it is read again.
  await page.getByTestId('nav-trash').click();
  for (const language of LANGUAGES) {
    await app.language.choose(language);
    await new CasesPage(page).goto();
    await capture(app, page, language, 'cases', page.getByTestId('screen-cases'));
    const caseView = await openCase(page);
    await capture(app, page, language, 'case', page.getByTestId('screen-case'));
    await caseView.openItem('person', 'Серикжан Билаш');
    await capture(app, page, language, 'person', page.getByTestId('screen-person'));
    await (await openCase(page)).openItem('incident', 'Night search');
    await capture(app, page, language, 'incident', page.getByTestId('screen-incident'));
    await (await openCase(page)).openItem('source', 'S-0001');
    await capture(app, page, language, 'source', page.getByTestId('screen-source'));
    await (await openCase(page)).openItem('testimony', 'Almaty');
    await capture(app, page, language, 'testimony', page.getByTestId('screen-testimony'));
    await (await openCase(page)).timeline.click();
    await capture(app, page, language, 'timeline', page.getByTestId('screen-timeline'));
    await new CasesPage(page).goto();
    await page.getByTestId('cases-export').click();
    await capture(app, page, language, 'export', page.getByTestId('screen-export'));
    await new CasesPage(page).goto();
    await page.getByTestId('cases-import').click();
    await capture(app, page, language, 'import', page.getByTestId('screen-import'));
    const search = new SearchPalette(page);
    await search.open();
    await search.search('Билаш');
    await expect(search.options.first()).toBeVisible();
    await capture(app, page, language, 'search', search.dialog);
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-trash').click();
    await capture(app, page, language, 'trash', page.getByTestId('screen-trash'));
    await page.getByTestId('nav-vocabularies').click();
    await capture(app, page, language, 'vocabularies', page.getByTestId('screen-vocabularies'));
    await page.getByTestId('nav-fields').click();
    await capture(app, page, language, 'fields', page.getByTestId('screen-fields'));
    await page.getByTestId('nav-settings').click();
    await capture(app, page, language, 'settings', page.getByTestId('screen-settings'));
    await page.getByTestId('settings-open-partners').click();
    await capture(app, page, language, 'partners', page.getByTestId('screen-partners'));
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-open-backup').click();
    await capture(app, page, language, 'backup', page.getByTestId('screen-backup'));
  }

  // Locked: the unlock screen and the recovery path, in the language last chosen and the others.
  await app.lock();
  for (const language of LANGUAGES) {
    await app.language.choose(language);
    await capture(app, page, language, 'unlock', page.getByTestId('screen-unlock'));
    await page.getByTestId('use-recovery-key').click();
    await capture(app, page, language, 'recover', page.getByTestId('screen-recover'));
    await page.getByTestId('recover-back').click();
  }
});
