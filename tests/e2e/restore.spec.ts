import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { CasesPage } from './pages/cases-page';
import { RestorePage } from './pages/restore-page';

const CASE_TITLE = 'Detentions at the border crossing';

test('restore: a backup made on another computer is checked, restored on the first-run screen, then unlocked with its case', async ({
  app,
  page,
  harness,
  harnessModule,
}) => {
  test.setTimeout(150_000);
  // The other computer: its own harness and vault, backed up into a folder this app then reads.
  const backups = await mkdtemp(join(tmpdir(), 'casekeep-e2e-restore-'));
  const notBackup = await mkdtemp(join(tmpdir(), 'casekeep-e2e-not-a-backup-'));
  const other = await harnessModule.startHarness();
  try {
    await other.service.call('vault.create', { passphrase: PASSPHRASE });
    await other.service.call('records.create', { kind: 'case', data: { title: CASE_TITLE } });
    other.setBackupFolder(backups);
    expect(await other.service.call('backup.create', {})).not.toHaveProperty('cancelled');
  } finally {
    await other.close();
  }

  try {
    await app.open();
    await expect(app.create.root).toBeVisible();
    const restore = new RestorePage(page);
    await restore.open.focus();
    await page.keyboard.press('Enter');
    await expect(restore.root).toBeVisible();
    await expectFocused(restore.heading);
    await expectAccessible(page, 'restore screen');

    // No passphrase: asked for before any dialog opens.
    await restore.submit.click();
    await expect(restore.passphraseError).toBeVisible();
    await expectFocused(restore.passphrase);

    harness.setBackupFolder(null);
    await restore.passphrase.fill(PASSPHRASE);
    await restore.submit.click();
    await expect(restore.status).toHaveText('No folder was chosen. Nothing was restored.');
    await expectFocused(restore.submit);

    harness.setBackupFolder(backups);
    await restore.passphrase.fill('not the passphrase of this backup');
    await restore.passphrase.press('Enter');
    await expect(restore.passphraseError).toContainText('not right');
    await expectFocused(restore.passphrase);

    harness.setBackupFolder(notBackup);
    await restore.passphrase.fill(PASSPHRASE);
    await restore.passphrase.press('Enter');
    await expect(restore.error).toHaveAttribute('data-code', 'BACKUP_INVALID');
    await expect(restore.error).toContainText('Nothing was restored');
    await expectFocused(restore.submit);
    await expectAccessible(page, 'restore screen with a refused backup');
    expect((await harness.service.call('vault.status', {})).state).toBe('absent');

    harness.setBackupFolder(backups);
    await restore.submit.click();
    await expect(app.unlock.root).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('restored-notice')).toContainText('restored from the backup');
    await expectFocused(app.unlock.passphrase);
    await expectAccessible(page, 'unlock screen after a restore');
    await app.unlock.unlock(PASSPHRASE);
    await expect(app.home.root).toBeVisible();
    const cases = new CasesPage(page);
    await cases.goto();
    await expect(cases.row(CASE_TITLE)).toHaveCount(1);
  } finally {
    await rm(backups, { recursive: true, force: true });
    await rm(notBackup, { recursive: true, force: true });
  }
});
