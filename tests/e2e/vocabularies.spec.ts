import { expectAccessible } from './accessibility';
import { call } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { VocabulariesPage } from './pages/vocabularies-page';

interface Vocabulary {
  key: string;
  terms: Array<{ code: string; labels: { en: string; ru: string; kk: string }; parent: string | null; deprecated: boolean }>;
}

async function term(page: import('@playwright/test').Page, vocabulary: string, code: string) {
  const all = await call<Vocabulary[]>(page, 'vocabularies.list', {});
  return all.find((v) => v.key === vocabulary)?.terms.find((t) => t.code === code);
}

test('terms as a tree or a list; add with a suggested code, edit, deprecate and bring back', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const vocabularies = new VocabulariesPage(page);
  await vocabularies.open();

  // Incident types are hierarchical: narrower terms sit inside the broader one.
  await expect(vocabularies.select).toHaveValue('incident_type');
  await expect(vocabularies.tree).toBeVisible();
  await expect(vocabularies.term('deprivation_of_liberty').locator('[data-code="arbitrary_detention"]')).toHaveCount(1);
  const interrogation = vocabularies.term('interrogation');
  await expect(interrogation).toContainText('Interrogation');
  await expect(interrogation).toContainText('Допрос');
  await expect(interrogation).toContainText('Жауапқа алу');

  // The filter keeps a match together with the broader terms above it.
  await vocabularies.filter.fill('допрос');
  await expect(interrogation).toBeVisible();
  await expect(vocabularies.term('ill_treatment')).toBeVisible();
  await expect(vocabularies.term('arrest')).toHaveCount(0);
  await vocabularies.filter.fill('');

  await page.getByTestId('vocabulary-view-list').click();
  await expect(vocabularies.list).toBeVisible();
  await expect(vocabularies.list.locator('[data-code="interrogation"] td').nth(4)).toHaveText('interrogation');
  await page.getByTestId('vocabulary-view-tree').click();

  // Add: the code follows the English label until it is typed by hand.
  await vocabularies.add.click();
  await expectFocused(vocabularies.label('en'));
  await vocabularies.label('en').fill('Transfer to forced labour');
  await expect(vocabularies.code).toHaveValue('transfer_to_forced_labour');
  await vocabularies.label('ru').fill('Перевод на принудительный труд');
  await vocabularies.save.click();
  await expect(page.getByTestId('term-label-kk-error')).toHaveText('Enter a label.');
  await expectFocused(vocabularies.label('kk'));
  await vocabularies.label('kk').fill('Мәжбүрлі еңбекке ауыстыру');
  await vocabularies.label('ug').fill('مەجبۇرىي ئەمگەككە يۆتكەش');
  await vocabularies.code.fill('camp_to_factory');
  await vocabularies.label('en').fill('Transfer to forced labour (factories)');
  await expect(vocabularies.code).toHaveValue('camp_to_factory');
  await vocabularies.parent.selectOption('deprivation_of_liberty');
  await expectAccessible(page, 'vocabularies, adding a term');
  await vocabularies.save.click();
  await expect(vocabularies.status).toHaveText('“Transfer to forced labour (factories)” is saved.');
  await expect(vocabularies.form).toHaveCount(0);
  await expectFocused(vocabularies.add);
  await expect(vocabularies.term('deprivation_of_liberty').locator('[data-code="camp_to_factory"]')).toHaveCount(1);
  expect(await term(page, 'incident_type', 'camp_to_factory')).toMatchObject({ parent: 'deprivation_of_liberty', deprecated: false });

  // A code already in use is refused before anything is saved; a bad code too.
  await vocabularies.add.click();
  await vocabularies.label('en').fill('Arrest');
  await expect(vocabularies.code).toHaveValue('arrest_2');
  await vocabularies.label('ru').fill('Арест');
  await vocabularies.label('kk').fill('Қамауға алу');
  await vocabularies.code.fill('arrest');
  await vocabularies.save.click();
  await expect(page.getByTestId('term-code-error')).toHaveText('A term with this code already exists. Choose another code.');
  await vocabularies.code.fill('2nd arrest');
  await vocabularies.save.click();
  await expect(page.getByTestId('term-code-error')).toContainText('Use small Latin letters');
  await page.getByTestId('term-cancel').click();
  expect(await term(page, 'incident_type', 'arrest')).toMatchObject({ labels: { en: 'Arrest or taking into custody', ru: expect.not.stringMatching(/^Арест$/) } });

  // Edit the Kazakh label; the code stays.
  await vocabularies.term('camp_to_factory').getByTestId('term-edit').first().click();
  await expect(page.getByTestId('term-code-fixed')).toHaveText('camp_to_factory');
  await vocabularies.label('kk').fill('Мәжбүрлі еңбекке жіберу');
  await vocabularies.save.click();
  await expect(vocabularies.status).toHaveText('“Transfer to forced labour (factories)” is saved.');
  expect(await term(page, 'incident_type', 'camp_to_factory')).toMatchObject({ labels: { kk: 'Мәжбүрлі еңбекке жіберу' } });

  // Deprecate, never delete; and bring back.
  const row = vocabularies.term('camp_to_factory');
  await row.getByTestId('term-deprecate').first().click();
  await expect(row).toHaveAttribute('data-deprecated', 'true');
  await expect(row.locator('.admin-badge').first()).toHaveText('deprecated');
  expect(await term(page, 'incident_type', 'camp_to_factory')).toMatchObject({ deprecated: true });
  await expectAccessible(page, 'vocabularies');
  await app.screenshot('vocabularies');
  await row.getByTestId('term-undeprecate').first().click();
  await expect(row).toHaveAttribute('data-deprecated', 'false');
  await expect(vocabularies.status).toHaveText('“Transfer to forced labour (factories)” is in use again.');
});

test('a flat vocabulary has no parents and no tree; the screen speaks Kazakh', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const vocabularies = new VocabulariesPage(page);
  await vocabularies.open();
  await vocabularies.select.selectOption('ethnicity');
  await expect(vocabularies.list).toBeVisible();
  await expect(page.getByTestId('vocabulary-view-tree')).toHaveCount(0);
  await vocabularies.add.click();
  await expect(vocabularies.parent).toHaveCount(0);
  await page.getByTestId('term-cancel').click();

  await app.language.choose('kk');
  await expect(vocabularies.root.getByRole('heading', { level: 1 })).toHaveText('Анықтамалықтар');
  await expect(vocabularies.add).toHaveText('Термин қосу');
  await expect(page.getByTestId('vocabulary-summary')).toContainText('Жай тізім');
  await expectAccessible(page, 'vocabularies in Kazakh');
});
