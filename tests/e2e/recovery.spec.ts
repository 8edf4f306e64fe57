import { expect, NEW_PASSPHRASE, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';

test('the recovery key opens the vault and sets a new passphrase; the old one stops working', async ({ app }) => {
  await app.open();
  const key = await app.createVault(PASSPHRASE);
  await app.lock();
  const { unlock, recover, home } = app;

  // The way back works, and the way in again.
  await unlock.useRecoveryKey.click();
  await recover.back.click();
  await expect(unlock.root).toBeVisible();
  await unlock.useRecoveryKey.click();
  await expect(recover.root).toBeVisible();

  // A typo is caught by the key's checksum, before any key is tried.
  const typo = key.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
  await recover.recover(typo, NEW_PASSPHRASE);
  await expect(recover.recoveryKeyError).toHaveText('That recovery key is not right. Check each group of four characters for a typo.');
  await expectFocused(recover.recoveryKey);

  // Typed the way people copy from paper: small letters, no dashes.
  await recover.recover(key.toLowerCase(), NEW_PASSPHRASE);
  await expect(home.root).toBeVisible();

  await app.lock();
  await unlock.unlock(PASSPHRASE);
  await expect(unlock.passphraseError).toContainText('That passphrase is not right.');
  await unlock.unlock(NEW_PASSPHRASE);
  await expect(home.root).toBeVisible();
});
