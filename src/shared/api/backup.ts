import { z } from 'zod';
import { method } from './define';

export const BACKUP_REMINDER_DAYS_MAX = 365;

export interface BackupStatus {
  /** When the last finished backup was taken; null when there never was one. */
  lastBackupAt: string | null;
  /** Remind when the last backup is older than this many days. */
  reminderDays: number;
  /** The reminder is due now: never backed up, or the last backup is older than reminderDays. */
  due: boolean;
}

export interface BackupCreated {
  createdAt: string;
  /** The finished backup's folder, on the drive the user chose. */
  location: string;
  attachments: number;
  /** Attachment files copied this time; the others were already there from an earlier backup. */
  newAttachments: number;
  bytesWritten: number;
}

const empty = z.object({}).strict();

export const backupMethods = {
  /** Asks the host for a folder (the page never names one), then backs up into it. */
  'backup.create': method<BackupCreated | { cancelled: true }>()(empty, { needsUnlock: true, progress: true }),
  'backup.status': method<BackupStatus>()(empty, { needsUnlock: true }),
  'backup.setReminder': method<BackupStatus>()(z.object({ days: z.number().int().min(1).max(BACKUP_REMINDER_DAYS_MAX) }).strict(), { needsUnlock: true }),
};
