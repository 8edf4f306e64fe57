export { createBackup, type BackupOptions, type BackupResult, type BackupStep } from './create-backup';
export { restoreBackup, type RestoreOptions, type RestoreResult, type RestoreSecret, type RestoreStep } from './restore-backup';
export { readBackupState, recordBackup, reminderDue, setReminderDays, REMINDER_DAYS_DEFAULT, REMINDER_DAYS_MAX, type BackupState } from './backup-state';
export { layoutIn, listSnapshots, resolveSnapshot } from './layout';
