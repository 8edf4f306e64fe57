import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { CasePage } from './pages/case-page';
import { PersonPage } from './pages/person-page';

interface Stored {
  ok: boolean;
  value: { id: string; data: Record<string, unknown> };
}

test('a new person’s names default to the next form, and their language follows the letters until picked by hand', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const kase = (await app.invokeInPage('records.create', { kind: 'case', data: { title: 'Айгүл С.' } })) as Stored;
  const caseView = new CasePage(page);
  const person = new PersonPage(page);

  await app.language.choose('kk');
  await page.getByTestId('nav-trash').click();
  await page.getByTestId('nav-cases').click();
  await page.locator(`[data-case-id="${kase.value.id}"]`).getByTestId('case-open').click();
  await caseView.add('person');
  await expect(person.root).toBeVisible();

  // The first name: the name itself, in the interface language until the letters say otherwise.
  await expect(person.nameKind(0)).toHaveValue('name');
  await expect(person.language(0)).toHaveValue('kk');
  await person.name(0).fill('ئايگۈل سېيىت');
  await expect(person.language(0)).toHaveValue('ug');
  await expect(person.script(0)).toHaveValue('Arab');

  // Then its transliteration, then an alias; each in the language its letters tell.
  await person.addName.click();
  await expect(person.nameKind(1)).toHaveValue('transliteration');
  await expect(person.language(1)).toHaveValue('');
  await person.name(1).fill('Aygul Seyit');
  await expect(person.language(1)).toHaveValue('en');
  await person.addName.click();
  await expect(person.nameKind(2)).toHaveValue('alias');
  await person.name(2).fill('Айгүл Сейітова');
  await expect(person.language(2)).toHaveValue('kk');
  await person.name(2).fill('Айгуль Сеитова');
  await expect(person.language(2)).toHaveValue('ru');

  // Picked by hand, the language stays whatever is typed.
  await person.language(2).selectOption('uz');
  await person.name(2).fill('ئايگۈل');
  await expect(person.language(2)).toHaveValue('uz');
  await person.name(2).fill('Айгуль Сеитова');

  for (const language of ['en', 'ru', 'ug', 'kk'] as const) {
    await app.language.choose(language);
    await expectAccessible(page, `person names with defaults (${language})`);
    await app.screenshot(`person-names-${language}`);
  }

  await person.save.click();
  await expect(caseView.root).toBeVisible();
  const people = (await app.invokeInPage('records.list', { kind: 'person', caseId: kase.value.id })) as { ok: boolean; value: { items: Array<{ data: { names: unknown } }> } };
  expect(people.value.items[0]?.data.names).toEqual([
    { value: 'ئايگۈل سېيىت', script: 'Arab', language: 'ug', kind: 'name' },
    { value: 'Aygul Seyit', script: 'Latn', language: 'en', kind: 'transliteration' },
    { value: 'Айгуль Сеитова', script: 'Cyrl', language: 'uz', kind: 'alias' },
  ]);
});
