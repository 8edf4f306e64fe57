import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { CasePage } from './pages/case-page';
import { PersonPage } from './pages/person-page';
import { TimelinePage } from './pages/timeline-page';

interface Stored {
  ok: boolean;
  value: { id: string };
}

const day = (iso: string) => ({ precision: 'day', earliest: iso, latest: iso });

test('Russian status words agree with the person’s sex, and fall back to the neutral form when it is unknown', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const kase = (await app.invokeInPage('records.create', { kind: 'case', data: { title: 'Құлжа, 2018' } })) as Stored;
  const person = (name: string, sex: string | undefined, statusHistory: unknown[]) =>
    app.invokeInPage('records.create', {
      kind: 'person',
      data: { caseIds: [kase.value.id], names: [{ value: name, script: 'Cyrl', kind: 'name' }], ...(sex ? { sex } : {}), statusHistory },
    });
  await person('Ерлан Тұрсын', 'male', [{ status: 'detained', date: day('2018-03-05') }]);
  await person('Айгүл Сейіт', 'female', [
    { status: 'released', date: day('2017-01-10') },
    { status: 'detained', date: day('2019-04-02') },
  ]);
  await person('Нурлан Б.', undefined, [{ status: 'detained', date: day('2018-06-01') }]);

  const caseView = new CasePage(page);
  const form = new PersonPage(page);
  const timeline = new TimelinePage(page);
  const item = (name: string) => caseView.items('person').filter({ hasText: name });

  await app.language.choose('ru');
  await page.getByTestId('nav-trash').click();
  await page.getByTestId('nav-cases').click();
  await page.locator(`[data-case-id="${kase.value.id}"]`).getByTestId('case-open').click();
  await expect(item('Ерлан')).toContainText('Задержан (5 марта 2018 г.)');
  await expect(item('Айгүл')).toContainText('Задержана (2 апреля 2019 г.)');
  await expect(item('Нурлан')).toContainText('Задержан(а) (1 июня 2018 г.)');
  await app.screenshot('gendered-status-case-ru');

  // Kazakh has no grammatical gender: one word for everyone.
  await app.language.choose('kk');
  for (const name of ['Ерлан', 'Айгүл', 'Нурлан']) await expect(item(name)).toContainText('Ұсталған');
  await expect(page.getByTestId('case-section-person')).not.toContainText('(а)');
  await app.screenshot('gendered-status-case-kk');
  for (const language of ['en', 'ug'] as const) {
    await app.language.choose(language);
    await app.screenshot(`gendered-status-case-${language}`);
  }

  // The timeline names each change as the person's sex asks.
  await app.language.choose('ru');
  await caseView.timeline.click();
  await expect(timeline.root).toBeVisible();
  await expect(timeline.items.and(page.locator('[aria-label^="Айгүл Сейіт: Освобождена"]'))).toHaveCount(1);
  await page.getByTestId('timeline-back').click();

  // In the form, the choices follow the sex chosen there.
  await caseView.openItem('person', 'Айгүл');
  await expect(form.root).toBeVisible();
  await expect(form.status(1).locator('option:checked')).toHaveText('Задержана');
  await page.getByTestId('person-sex').selectOption('male');
  await expect(form.status(1).locator('option:checked')).toHaveText('Задержан');
  await page.getByTestId('person-sex').selectOption('');
  await expect(form.status(1).locator('option:checked')).toHaveText('Задержан(а)');
  await page.getByTestId('person-sex').selectOption('female');
  await expectAccessible(page, 'person form, gendered statuses');
  for (const language of ['ru', 'kk', 'ug', 'en'] as const) {
    await app.language.choose(language);
    await app.screenshot(`gendered-status-person-${language}`);
  }
});
