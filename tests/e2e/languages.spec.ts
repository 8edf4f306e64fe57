import { expect, test } from './fixtures';

test('the interface switches to Russian and Kazakh and back', async ({ app, page }) => {
  await app.open();
  const { create, language } = app;

  await language.choose('ru');
  await expect(create.heading).toHaveText('Создайте хранилище');
  await expect(page.getByLabel('Парольная фраза', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Создайте хранилище — Casekeep');
  await expect(language.button('ru')).toHaveAttribute('aria-pressed', 'true');
  await create.fill('коротко');
  await create.submit.click();
  await expect(create.passphraseError).toHaveText('Нужно не менее 10 символов.');
  await create.fill('тау өзен жолаушы қарлығаш');
  await expect(create.strength).toContainText('Надёжность:');
  await app.screenshot('create-vault-ru');

  await language.choose('kk');
  await expect(create.heading).toHaveText('Қойма жасаңыз');
  await expect(page.getByLabel('Құпиясөзді қайталаңыз')).toBeVisible();
  await expect(create.strength).toContainText('Беріктігі:');
  await create.fill('қысқа');
  await create.submit.click();
  await expect(create.passphraseError).toHaveText('Кемінде 10 таңба қажет.');
  await expect(language.button('kk')).toHaveAttribute('aria-pressed', 'true');
  await app.screenshot('create-vault-kk');

  await language.choose('en');
  await expect(create.heading).toHaveText('Create your vault');
  await expect(create.passphraseError).toHaveText('Use at least 10 characters.');
});

test('every language button is named in its own language and marked with it', async ({ app }) => {
  await app.open();
  for (const [code, name] of [
    ['en', 'English'],
    ['ru', 'Русский'],
    ['kk', 'Қазақша'],
  ] as const) {
    await expect(app.language.button(code)).toHaveText(name);
    await expect(app.language.button(code)).toHaveAttribute('lang', code);
  }
});

test('the language chosen is remembered outside the vault: the unlock screen speaks it after a reload', async ({ app, page }) => {
  await app.open();
  await app.language.choose('ru');
  await app.createVault('тау өзен жолаушы қарлығаш');
  await app.lock();

  // A new window on the same app and vault folder, as after a restart: nothing of the old page survives.
  const later = await page.context().newPage();
  await later.goto(app.harness.url);
  await expect(later.getByTestId('screen-unlock').getByRole('heading', { level: 1 })).toHaveText('Разблокируйте хранилище');
  await expect(later.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(later.getByTestId('language-ru')).toHaveAttribute('aria-pressed', 'true');
  await later.close();
});

test.describe('on a Russian system', () => {
  test.use({ locale: 'ru-RU' });

  test('starts in Russian', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(app.create.heading).toHaveText('Создайте хранилище');
  });
});

test.describe('on a Kazakh system', () => {
  test.use({ locale: 'kk-KZ' });

  test('starts in Kazakh', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(app.create.heading).toHaveText('Қойма жасаңыз');
  });
});

test('text typed in Arabic-script Uyghur runs right to left', async ({ app, page }) => {
  await app.open();
  await app.create.passphrase.fill('قەشقەر ئۈرۈمچى غۇلجا خوتەن');
  await expect(app.create.passphrase).toHaveAttribute('dir', 'auto');
  const isRightToLeft = () => page.evaluate(`document.getElementById('create-passphrase').matches(':dir(rtl)')`);
  expect(await isRightToLeft()).toBe(true);
  await app.create.passphrase.fill('latin text');
  expect(await isRightToLeft()).toBe(false);
});
