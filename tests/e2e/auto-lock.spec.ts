import { expect, PASSPHRASE, test } from './fixtures';

// S25 through the real auto-lock module: the harness feeds it simulated idle time and
// operating-system events, as Electron's powerMonitor would.
test('screen lock and idle lock the vault, clear the screen and refuse data calls', async ({ app, harness }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { unlock, home } = app;
  await harness.waitForEventListener();

  harness.simulatePowerEvent('lock-screen');
  await expect(unlock.root).toBeVisible();
  await expect(home.root).toHaveCount(0);
  await expect(unlock.lockReason).toHaveText('The vault was locked because the screen was locked.');
  expect(harness.service.isUnlocked).toBe(false);
  expect(await app.invokeInPage('vault.changePassphrase', { current: PASSPHRASE, next: 'another long one' })).toMatchObject({
    ok: false,
    error: { code: 'VAULT_LOCKED' },
  });

  await unlock.unlock(PASSPHRASE);
  await expect(home.root).toBeVisible();

  harness.simulateIdle(10 * 60 + 1);
  await expect(unlock.root).toBeVisible();
  await expect(unlock.lockReason).toHaveText('The vault was locked because the computer was not used for a while.');
  await expect(unlock.passphrase).toHaveValue('');
  expect(harness.service.isUnlocked).toBe(false);
});

test('a lock event while the recovery key is shown takes the key off the screen', async ({ app, harness, page }) => {
  await app.open();
  await app.create.create(PASSPHRASE);
  const key = await app.recoveryKey.readKey();
  await harness.waitForEventListener();
  harness.simulatePowerEvent('suspend');
  await expect(app.unlock.root).toBeVisible();
  await expect(app.unlock.lockReason).toHaveText('The vault was locked because the computer went to sleep.');
  expect(await page.content()).not.toContain(key.slice(0, 14));
});
