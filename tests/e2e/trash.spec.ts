import { expectAccessible } from './accessibility';
import { call, create } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { TrashPage } from './pages/trash-page';

test('delete, restore, delete again, then delete forever only after a confirmation', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const trash = new TrashPage(page);
  const { id: caseId } = await create(page, 'case', { title: 'Kept case' });
  const person = await create(page, 'person', { caseIds: [caseId], names: [{ value: 'Бақытжан Жұмабекұлы', script: 'Cyrl' }] });

  await trash.open();
  await expect(trash.empty).toHaveText('The trash is empty.');

  // Deleted elsewhere (here through the bridge), then the trash is opened afresh.
  await call(page, 'records.delete', { id: person.id });
  await page.getByTestId('nav-cases').click();
  await trash.open();
  const row = trash.row('Бақытжан Жұмабекұлы');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').first()).toHaveText('Person');
  await expect(row.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);

  await trash.restore('Бақытжан Жұмабекұлы');
  await expect(trash.status).toHaveText('“Бақытжан Жұмабекұлы” is restored.');
  await expect(trash.empty).toBeVisible();
  expect(await call<{ deletedAt: string | null }>(page, 'records.get', { id: person.id })).toMatchObject({ deletedAt: null });

  await call(page, 'records.delete', { id: person.id });
  await page.getByTestId('nav-cases').click();
  await trash.open();
  await expect(row).toHaveCount(1);

  // The first "Delete forever" only asks; Cancel keeps the record.
  await trash.askToPurge('Бақытжан Жұмабекұлы');
  await expect(trash.dialog).toBeVisible();
  await expect(trash.dialog).toContainText('Delete “Бақытжан Жұмабекұлы” forever?');
  await expect(trash.dialog).toContainText('This cannot be undone.');
  await expect(trash.dialog).toContainText('The audit log keeps a note that it existed');
  await expectFocused(trash.cancel);
  await expectAccessible(page, 'trash purge dialog');
  await trash.cancel.click();
  await expect(trash.dialog).not.toBeVisible();
  await expect(row).toHaveCount(1);
  await expectFocused(row.getByTestId('trash-purge'));
  expect(await call<{ id: string }>(page, 'records.get', { id: person.id })).toMatchObject({ id: person.id });

  // Escape cancels too.
  await trash.askToPurge('Бақытжан Жұмабекұлы');
  await page.keyboard.press('Escape');
  await expect(trash.dialog).not.toBeVisible();
  await expect(row).toHaveCount(1);

  await expectAccessible(page, 'trash');
  await app.screenshot('trash');

  await trash.askToPurge('Бақытжан Жұмабекұлы');
  await trash.confirm.click();
  await expect(trash.status).toHaveText('“Бақытжан Жұмабекұлы” is deleted forever.');
  await expect(trash.empty).toBeVisible();
  await expectFocused(trash.heading);
  const gone = await app.invokeInPage('records.get', { id: person.id });
  expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  // The case it belonged to is untouched.
  expect(await call<{ label: string }>(page, 'records.get', { id: caseId })).toMatchObject({ label: 'Kept case' });
});

test('the trash speaks Russian and Kazakh', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const trash = new TrashPage(page);
  const { id: caseId } = await create(page, 'case', { title: 'Дело для корзины' });
  await call(page, 'records.delete', { id: caseId });
  await trash.open();
  await app.language.choose('ru');
  await expect(trash.heading).toHaveText('Корзина');
  await expect(trash.row('Дело для корзины').locator('td').first()).toHaveText('Дело');
  await expect(trash.row('Дело для корзины').getByTestId('trash-purge')).toHaveText('Удалить навсегда');
  await expect(trash.row('Дело для корзины').locator('time')).toContainText(' г., ');
  await app.language.choose('kk');
  await expect(trash.heading).toHaveText('Себет');
  await expect(trash.row('Дело для корзины').getByTestId('trash-restore')).toHaveText('Қалпына келтіру');
  await expect(trash.row('Дело для корзины').locator('time')).toContainText(' ж. ');
  await trash.askToPurge('Дело для корзины');
  await expect(trash.dialog).toContainText('Бұл әрекетті кері қайтару мүмкін емес.');
  await trash.cancel.click();
});
