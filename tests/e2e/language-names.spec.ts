import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { CasePage } from './pages/case-page';
import type { LanguageCode } from './pages/language-switcher';
import { PersonPage } from './pages/person-page';

interface Stored {
  ok: boolean;
  value: { id: string; data: Record<string, unknown> };
}

const SELECTED = (select: { locator(selector: string): { textContent(): Promise<string | null> } }) => select.locator('option:checked').textContent();

test('languages show by name in the interface language, are picked from a list, and an unknown stored code is kept', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const kase = (await app.invokeInPage('records.create', { kind: 'case', data: { title: 'Айгүл С.' } })) as Stored;
  const source = (await app.invokeInPage('records.create', { kind: 'source', data: { caseIds: [kase.value.id] } })) as Stored;
  await app.invokeInPage('records.create', {
    kind: 'testimony',
    data: { caseIds: [kase.value.id], sourceId: source.value.id, interviewDate: '2024-05-02', language: 'kk', transcript: 'Ұлым ұсталды.' },
  });
  // Tatar is not in the list: it must come back as it was stored.
  const person = (await app.invokeInPage('records.create', {
    kind: 'person',
    data: {
      caseIds: [kase.value.id],
      names: [
        { value: 'Айгүл Сейітова', script: 'Cyrl', kind: 'name', language: 'tt' },
        { value: 'ئايگۈل سېيىت', script: 'Arab', kind: 'name', language: 'ug' },
      ],
    },
  })) as Stored;
  expect(person.ok).toBe(true);

  const caseView = new CasePage(page);
  const form = new PersonPage(page);
  await app.language.choose('ru');
  await page.getByTestId('nav-trash').click();
  await page.getByTestId('nav-cases').click();
  await page.locator(`[data-case-id="${kase.value.id}"]`).getByTestId('case-open').click();
  await expect(caseView.items('testimony')).toContainText('Казахский');
  await expect(caseView.items('testimony')).not.toContainText(/\bkk\b/);
  const kazakh: Record<LanguageCode, string> = { en: 'Kazakh', ru: 'Казахский', kk: 'Қазақ тілі', ug: 'قازاقچە' };
  for (const language of ['en', 'kk', 'ug', 'ru'] as const) {
    await app.language.choose(language);
    await expect(caseView.items('testimony')).toContainText(kazakh[language]);
    await app.screenshot(`language-names-case-${language}`);
  }

  await caseView.openItem('person', 'Айгүл');
  await expect(form.root).toBeVisible();
  await expect(form.language(0)).toHaveValue('tt');
  expect(await SELECTED(form.language(0))).toBe('tt');
  await expect(form.language(1)).toHaveValue('ug');
  expect(await SELECTED(form.language(1))).toBe('Уйгурский');
  await expect(form.language(1).locator('option')).toContainText(['— не указано —', 'Уйгурский', 'Казахский', 'Русский', 'Китайский', 'Английский']);

  const uyghur: Record<LanguageCode, string> = { en: 'Uyghur', ru: 'Уйгурский', kk: 'Ұйғыр тілі', ug: 'ئۇيغۇرچە' };
  for (const language of ['en', 'kk', 'ug', 'ru'] as const) {
    await app.language.choose(language);
    expect(await SELECTED(form.language(1))).toBe(uyghur[language]);
    await expectAccessible(page, `person names (${language})`);
    await app.screenshot(`language-names-person-${language}`);
  }

  // Picked by name, stored by code; the unknown one stays.
  await form.language(1).selectOption({ label: 'Казахский' });
  await form.save.click();
  await expect(caseView.root).toBeVisible();
  const saved = (await app.invokeInPage('records.get', { id: person.value.id })) as Stored;
  expect((saved.value.data.names as Array<{ language?: string }>).map((name) => name.language)).toEqual(['tt', 'kk']);
});
