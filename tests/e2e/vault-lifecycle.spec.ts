import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';

const RECOVERY_KEY_SHAPE = /^([A-Z2-7]{4} ){13}[A-Z2-7]{4}$/;

test('creates a vault, shows the recovery key once, locks, and unlocks by keyboard', async ({ app, page }) => {
  await app.open();
  const { create, recoveryKey, home, unlock } = app;
  await expect(create.heading).toHaveText('Create your vault');

  // The page holds the contract's rules before anything slow runs in main.
  await create.fill('too short');
  await create.submit.click();
  await expect(create.passphraseError).toHaveText('Use at least 10 characters.');
  await expectFocused(create.passphrase);
  await create.fill(PASSPHRASE, `${PASSPHRASE}!`);
  await create.submit.click();
  await expect(create.confirmError).toHaveText('The two passphrases are not the same.');
  await expectFocused(create.confirm);

  await create.fill(PASSPHRASE);
  await expect(create.strength).toHaveAttribute('data-level', 'good');
  await create.submit.click();

  await expect(recoveryKey.root).toBeVisible();
  const key = await recoveryKey.readKey();
  expect(key).toMatch(RECOVERY_KEY_SHAPE);
  // No way on until the user says the key is written down; then keyboard alone suffices.
  await expect(recoveryKey.continueButton).toBeDisabled();
  await recoveryKey.writtenDown.focus();
  await page.keyboard.press('Space');
  await expect(recoveryKey.continueButton).toBeEnabled();
  await page.keyboard.press('Tab');
  await expectFocused(recoveryKey.continueButton);
  await page.keyboard.press('Enter');

  await expect(home.root).toBeVisible();
  // An open vault starts on the case list.
  await expect(home.heading).toHaveText('Cases');
  // Shown once: once the user moves on, nothing in the page holds the key any more.
  expect(await page.content()).not.toContain(key.split(' ').slice(0, 3).join(' '));

  await app.lock();
  await expectFocused(unlock.passphrase);
  await expect(unlock.passphrase).toHaveValue('');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(home.root).toBeVisible();
  expect(await app.invokeInPage('vault.status', {})).toMatchObject({ ok: true, value: { state: 'unlocked' } });
});

test('a wrong passphrase is refused with a translated message, and the right one still opens', async ({ app }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  await app.lock();
  const { unlock, home } = app;

  await app.language.choose('ru');
  await expect(unlock.heading).toHaveText('Разблокируйте хранилище');
  await unlock.unlock('wrong passphrase here');
  await expect(unlock.passphraseError).toHaveText(
    'Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.',
  );
  await expect(unlock.passphrase).toHaveAttribute('aria-invalid', 'true');
  await expectFocused(unlock.passphrase);

  // The message follows the language, because the screen keeps the code, not main's text.
  await app.language.choose('kk');
  await expect(unlock.passphraseError).toHaveText('Құпиясөз қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайта көріңіз.');
  await app.language.choose('en');
  await expect(unlock.passphraseError).toHaveText(
    'That passphrase is not right. Check the keyboard language and Caps Lock, then try again.',
  );

  await unlock.unlock(PASSPHRASE);
  await expect(home.root).toBeVisible();
});
