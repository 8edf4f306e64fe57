import type { backupMethods, BackupStatus } from '../../../../shared/api/backup';
import { AppError } from '../../../../shared/errors';
import { createBackup, readBackupState, reminderDue, setReminderDays, type BackupState } from '../../backup';
import { openVault, type Handlers } from '../context';

function status(state: BackupState): BackupStatus {
  return { ...state, due: reminderDue(state, new Date()) };
}

export const backupHandlers: Handlers<keyof typeof backupMethods> = {
  'backup.create': async (_input, ctx) => {
    if (!ctx.chooseFolder) throw new AppError('VALIDATION_FAILED', 'This window cannot choose a folder for a backup.');
    const folder = await ctx.chooseFolder();
    if (folder === null) return { cancelled: true };
    const result = await createBackup(openVault(ctx), folder, {
      onProgress: (done, total) => ctx.progress({ method: 'backup.create', done, total }),
    });
    return {
      createdAt: result.createdAt,
      location: result.snapshot,
      attachments: result.attachments,
      newAttachments: result.newAttachments,
      bytesWritten: result.bytesWritten,
    };
  },
  'backup.status': async (_input, ctx) => status(await readBackupState(openVault(ctx).db)),
  'backup.setReminder': async ({ days }, ctx) => status(await setReminderDays(openVault(ctx).db, days)),
};
