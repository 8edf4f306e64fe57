import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { CasesPage } from './pages/cases-page';
import type { LanguageCode } from './pages/language-switcher';
import { TestimonyPage } from './pages/testimony-page';

const KK_MONTH = '(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)';
const TITLE = 'Ерлан Т. — Құлжа, 2017';

interface Stored {
  ok: boolean;
  value: { id: string; data: Record<string, unknown> };
}

/** How far the "last change" cell's text reaches past its cell, and the table past its frame. Page script: no DOM types here. */
const OVERFLOW = `(() => {
  const time = document.querySelector('[data-testid="case-row"] .data-table__time time');
  const cell = time.closest('td').getBoundingClientRect();
  const text = time.getBoundingClientRect();
  const frame = document.querySelector('.table-scroll');
  return { cell: Math.max(0, text.right - cell.right, cell.left - text.left), table: frame.scrollWidth - frame.clientWidth };
})()`;

test('the Kazakh case list writes its dates with Kazakh month names, inside their column', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const created = (await app.invokeInPage('records.create', { kind: 'case', data: { title: TITLE } })) as Stored;
  expect(created.ok).toBe(true);
  const cases = new CasesPage(page);

  await app.language.choose('kk');
  // Away and back, so the list is read again after the case was made through the bridge.
  await page.getByTestId('nav-trash').click();
  await cases.goto();
  const when = cases.row(TITLE).locator('.data-table__time time');
  await expect(when).toHaveText(new RegExp(`^\\d{4} ж\\. \\d{1,2} ${KK_MONTH}, \\d{2}:\\d{2}$`, 'u'));
  await expect(when).not.toContainText('M1');
  expect(await page.evaluate<{ cell: number; table: number }>(OVERFLOW)).toEqual({ cell: 0, table: 0 });
  await expectAccessible(page, 'case list (Kazakh)');

  const written: Record<LanguageCode, RegExp> = {
    en: /^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/,
    ru: /^\d{1,2} [а-я]+ \d{4} г\., \d{2}:\d{2}$/u,
    kk: new RegExp(`^\\d{4} ж\\. \\d{1,2} ${KK_MONTH}, \\d{2}:\\d{2}$`, 'u'),
    ug: /^\d{4}-يىلى \d{1,2}-[\u0600-\u06ff]+، \d{2}:\d{2}$/u,
  };
  for (const language of ['en', 'ru', 'kk', 'ug'] as const) {
    await app.language.choose(language);
    await expect(when).toHaveText(written[language]);
    expect(await page.evaluate<{ cell: number; table: number }>(OVERFLOW)).toEqual({ cell: 0, table: 0 });
    await app.screenshot(`dates-case-list-${language}`);
  }
});

test('the interview date is typed and shown as Russian writes a day, and stored as the same ISO day', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const created = (await app.invokeInPage('records.create', { kind: 'case', data: { title: TITLE } })) as Stored;
  const testimony = new TestimonyPage(page);
  const reading = page.getByTestId('testimony-date-reading');
  const error = page.getByTestId('testimony-date-error');

  await app.language.choose('ru');
  await page.getByTestId('nav-trash').click();
  await page.getByTestId('nav-cases').click();
  await page.locator(`[data-case-id="${created.value.id}"]`).getByTestId('case-open').click();
  await page.getByTestId('case-add-testimony').click();
  await expect(testimony.root).toBeVisible();
  // Today, as dd.mm.yyyy rather than the browser's mm/dd/yyyy.
  await expect(testimony.date).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
  await expect(page.getByLabel('Дата интервью')).toHaveCount(1);

  await testimony.date.fill('3.12.2026');
  await expect(reading).toHaveText('Понято как: 3 декабря 2026 г.');
  await testimony.place.focus();
  await expect(testimony.date).toHaveValue('03.12.2026');
  await expect(error).toHaveCount(0);
  await expect(page.locator('[data-testid="screen-testimony"][data-record-id]')).toHaveCount(1);
  const id = await testimony.root.getAttribute('data-record-id');
  await expect
    .poll(async () => ((await app.invokeInPage('records.get', { id })) as Stored).value.data.interviewDate)
    .toBe('2026-12-03');
  await expectAccessible(page, 'testimony form, Russian date');
  await app.screenshot('dates-interview-ru');

  // The arrow keys move it by a day.
  await testimony.date.focus();
  await page.keyboard.press('ArrowUp');
  await expect(testimony.date).toHaveValue('04.12.2026');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(testimony.date).toHaveValue('02.12.2026');

  // No such day: said on leaving the field, and what was typed stays to be corrected.
  await testimony.date.fill('31.02.2026');
  await testimony.place.focus();
  await expect(error).toHaveText('Это не дата между 1900 и 2100 годами. Введите её в виде 03.12.2026 (ДД.ММ.ГГГГ).');
  await expect(testimony.date).toHaveValue('31.02.2026');
  await expect(testimony.date).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'testimony form, unreadable date');
  await app.screenshot('dates-interview-ru-invalid');
  await testimony.date.fill('28.02.2026');
  await expect(error).toHaveCount(0);
  await testimony.place.focus();
  await expect
    .poll(async () => ((await app.invokeInPage('records.get', { id })) as Stored).value.data.interviewDate)
    .toBe('2026-02-28');

  // Each language writes the same day its own way.
  const shown: Record<LanguageCode, string> = { en: '28 February 2026', ru: '28.02.2026', kk: '28.02.2026', ug: '2026-02-28' };
  for (const language of ['kk', 'ug', 'en'] as const) {
    await app.language.choose(language);
    await expect(testimony.date).toHaveValue(shown[language]);
    await app.screenshot(`dates-interview-${language}`);
  }
  await expect(reading).toHaveText('Read as: 28 February 2026');
});
