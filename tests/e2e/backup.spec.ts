import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { BackupPage } from './pages/backup-page';

test('backup: the reminder banner, a cancelled dialog, a verified backup with its place, and the reminder days', async ({ app, page, harness }) => {
  test.setTimeout(90_000);
  await app.open();
  await app.createVault(PASSPHRASE);

  // A vault never backed up says so over the workspace, with the way to the backup screen.
  const banner = page.getByTestId('backup-reminder-banner');
  await expect(banner).toContainText('never been backed up');
  await page.getByTestId('backup-reminder-open').click();
  const backup = new BackupPage(page);
  await expect(backup.heading).toHaveText('Backup');
  await expect(banner).toHaveCount(0);
  await expect(backup.last).toHaveText('This vault has never been backed up.');

  harness.setBackupFolder(null);
  await backup.choose.click();
  await expect(backup.status).toHaveText('No folder was chosen.');

  const folder = await mkdtemp(join(tmpdir(), 'casekeep-e2e-backup-'));
  harness.setBackupFolder(folder);
  await backup.choose.focus();
  await page.keyboard.press('Enter');
  await expect(backup.result).toBeVisible();
  await expectFocused(backup.result.getByRole('heading'));
  await expect(backup.location).toContainText(folder);
  await expect(backup.counts).toContainText('0 attachment files');
  await expect(backup.last).toContainText('Last backup');
  await expectAccessible(page, 'backup screen after a backup');

  await backup.reminderDays.fill('0');
  await backup.reminderSave.click();
  await expectFocused(backup.reminderDays);
  await backup.reminderDays.fill('14');
  await backup.reminderSave.click();
  await expect(page.getByTestId('backup-reminder')).toContainText('Saved.');

  // Backed up just now: the banner stays away elsewhere in the workspace.
  await page.getByTestId('nav-cases').click();
  await expect(page.getByTestId('screen-cases')).toBeVisible();
  await expect(banner).toHaveCount(0);
  await rm(folder, { recursive: true, force: true });
});
