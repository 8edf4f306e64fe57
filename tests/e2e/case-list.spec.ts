import { createMany } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { CasesPage } from './pages/cases-page';

const CASES = 230;

test('a long case list draws only the rows in view, loads the next page on the way down, and the arrows reach the last case', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  await createMany(page, Array.from({ length: CASES }, (_, n) => ({ kind: 'case', data: { title: `Case ${String(n).padStart(3, '0')}` } })));

  const cases = new CasesPage(page);
  await cases.goto();
  await cases.sort.selectOption('label');
  await expect(cases.row('Case 000')).toHaveCount(1);
  await expect(page.getByTestId('cases-shown')).toHaveText(`Showing 100 of ${CASES}`);
  // Virtualised: far fewer rows in the page than cases loaded.
  expect(await cases.rows.count()).toBeLessThan(100);

  await cases.row('Case 000').getByTestId('case-open').focus();
  await page.keyboard.press('ArrowDown');
  await expectFocused(cases.row('Case 001').getByTestId('case-open'));
  // End goes to the last case loaded; nearing it loads the next page, until all are there.
  for (const last of ['Case 099', 'Case 199', 'Case 229']) {
    await expect(async () => {
      await page.keyboard.press('End');
      await expectFocused(cases.row(last).getByTestId('case-open'));
    }).toPass();
  }
  await expect(page.getByTestId('cases-shown')).toHaveCount(0);
  expect(await cases.rows.count()).toBeLessThan(100);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-case')).toBeVisible();

  // The export picker reaches every case a page at a time.
  await cases.goto();
  await page.getByTestId('cases-export').click();
  const more = page.getByTestId('export-cases-more-button');
  await more.click();
  await more.click();
  await expect(page.getByTestId('export-case')).toHaveCount(CASES);
  await expect(page.getByTestId('export-cases-more')).toHaveCount(0);
});
