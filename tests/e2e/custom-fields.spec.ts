import { expectAccessible } from './accessibility';
import { call, create } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { FieldsPage } from './pages/fields-page';
import { SearchPalette } from './pages/search-palette';

interface Definition {
  id: string;
  key: string;
  kind: string;
  removedAt: string | null;
}

const FACILITIES = { en: 'Facilities held in', ru: 'Места содержания', kk: 'Ұсталған орындар', ug: 'تۇتۇپ تۇرۇلغان جايلار' };
const CHILDREN = { en: 'Children left behind', ru: 'Оставленные дети', kk: 'Қалған балалар', ug: 'قالغان بالىلار' };

test('an administrator adds fields of their own; a worker fills them; search finds them; removing a field keeps its values', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: 'Bilash family' });
  const { id: personId } = await create(page, 'person', { caseIds: [caseId], names: [{ value: 'Серикжан Билаш', script: 'Cyrl' }] });

  // --- The administrator: a choice of several facility types, and a number.
  const fields = new FieldsPage(page);
  await fields.open();
  await expect(fields.live).toHaveCount(0);
  await fields.kind.selectOption('person');
  await fields.add.click();
  await expectFocused(fields.label('en'));
  await fields.label('en').fill(FACILITIES.en);
  await expect(fields.key).toHaveValue('facilities_held_in');
  await fields.type.selectOption('choice');
  await fields.save.click();
  // Every language needs its label, and a choice needs its vocabulary: nothing is saved yet.
  await expect(page.getByTestId('field-label-ru-error')).toHaveText('Enter a label.');
  await expectFocused(fields.label('ru'));
  await expect(page.getByTestId('field-vocabulary-error')).toHaveText('Choose a vocabulary.');
  expect(await call<Definition[]>(page, 'fields.list', {})).toHaveLength(0);
  await fields.labels(FACILITIES);
  await fields.vocabulary.selectOption('facility_kind');
  await fields.multiple.check();
  await fields.help('en').fill('Every kind of place the person was held in.');
  await expectAccessible(page, 'fields, adding a choice field');
  await app.screenshot('fields-add');
  await fields.save.click();
  await expect(fields.status).toHaveText(`Field “${FACILITIES.en}” added.`);
  await expectFocused(fields.add);
  await expect(fields.item('facilities_held_in')).toContainText('Choice from a vocabulary · Facility types · several terms');

  await fields.add.click();
  await fields.labels(CHILDREN);
  await fields.type.selectOption('number');
  await fields.sensitive.check();
  await fields.save.click();
  await expect(fields.item('children_left_behind')).toContainText('Number · sensitive');
  await expectAccessible(page, 'fields, two fields');

  // --- The worker: the fields are in the person's form, after the built-in ones.
  await new CasesPage(page).goto();
  await new CasesPage(page).open('Bilash family');
  await new CasePage(page).openItem('person', 'Серикжан Билаш');
  const custom = page.getByTestId('custom-fields');
  await expect(custom).toBeVisible();
  await expect(custom.getByRole('group', { name: FACILITIES.en })).toBeVisible();
  await expect(page.getByText('Every kind of place the person was held in.')).toBeVisible();
  await page.getByTestId('custom-facilities_held_in-prison').check();
  await page.getByTestId('custom-facilities_held_in-boarding_school').check();
  // A number typed in words is not saved as empty: the save waits for a number.
  await page.getByTestId('custom-children_left_behind').fill('два');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('custom-children_left_behind-error')).toHaveText('Enter a number, such as 3 or 2.5.');
  await expectFocused(page.getByTestId('custom-children_left_behind'));
  await page.getByTestId('custom-children_left_behind').fill('2');
  await expectAccessible(page, 'person form with custom fields');
  await app.screenshot('fields-person-form');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('screen-case')).toBeVisible();

  const definitions = await call<Definition[]>(page, 'fields.list', {});
  const facilities = definitions.find((d) => d.key === 'facilities_held_in')!;
  const children = definitions.find((d) => d.key === 'children_left_behind')!;
  const stored = await call<{ data: { custom?: Record<string, unknown> } }>(page, 'records.get', { id: personId });
  expect(stored.data.custom).toEqual({ [facilities.id]: ['prison', 'boarding_school'], [children.id]: 2 });

  // --- Search finds the person by a chosen term's label, in any language.
  const search = new SearchPalette(page);
  await search.open();
  await search.search('Түрме');
  await expect(search.option('person', 'Серикжан Билаш')).toBeVisible();
  await page.keyboard.press('Escape');

  // --- Removing the field hides it and keeps its value; restoring brings both back.
  await fields.open();
  await fields.item('facilities_held_in').getByTestId('field-remove').click();
  await expect(fields.status).toHaveText(`Field “${FACILITIES.en}” removed. Records keep its values.`);
  await expect(fields.removed.locator('[data-key="facilities_held_in"]')).toBeVisible();
  await new CasesPage(page).goto();
  await new CasesPage(page).open('Bilash family');
  await new CasePage(page).openItem('person', 'Серикжан Билаш');
  await expect(page.getByTestId('custom-facilities_held_in')).toHaveCount(0);
  await expect(page.getByTestId('custom-removed-facilities_held_in')).toContainText('Prison, State boarding school');
  // Saving the person with the field hidden does not lose its value.
  await page.getByTestId('person-occupation').fill('Teacher');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('screen-case')).toBeVisible();
  const after = await call<{ data: { custom?: Record<string, unknown>; occupation?: string } }>(page, 'records.get', { id: personId });
  expect(after.data.occupation).toBe('Teacher');
  expect(after.data.custom).toEqual({ [facilities.id]: ['prison', 'boarding_school'], [children.id]: 2 });

  await fields.open();
  await fields.removed.locator('[data-key="facilities_held_in"]').getByTestId('field-restore').click();
  await expect(fields.item('facilities_held_in').getByTestId('field-remove')).toBeVisible();
  await new CasesPage(page).goto();
  await new CasesPage(page).open('Bilash family');
  await new CasePage(page).openItem('person', 'Серикжан Билаш');
  await expect(page.getByTestId('custom-facilities_held_in-prison')).toBeChecked();
});

test('the fields screen and a form with custom fields in each interface language', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: 'Languages' });
  await call(page, 'fields.create', { kind: 'incident', key: 'witnessed', type: 'boolean', labels: { en: 'Witnessed by the source', ru: 'Источник был свидетелем', kk: 'Дереккөз куә болды', ug: 'مەنبە گۇۋاھچى بولغان' } });
  await create(page, 'incident', { caseIds: [caseId], title: 'Night search', type: 'search_or_raid' });
  for (const language of ['en', 'ru', 'kk', 'ug'] as const) {
    await app.language.choose(language);
    const fields = new FieldsPage(page);
    await fields.open();
    await fields.kind.selectOption('incident');
    await expect(fields.item('witnessed')).toBeVisible();
    await expectAccessible(page, `fields screen (${language})`);
    await app.screenshot(`fields-${language}`);
    await new CasesPage(page).goto();
    await new CasesPage(page).open('Languages');
    await new CasePage(page).openItem('incident', 'Night search');
    await expect(page.getByTestId('custom-witnessed')).toBeVisible();
    await expectAccessible(page, `incident with a custom field (${language})`);
    await app.screenshot(`fields-incident-${language}`);
  }
});
