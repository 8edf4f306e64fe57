/**
 * Strings of the backup screen, its Settings link and the reminder banner. English is the
 * reference; the others must match its keys.
 */
export const backupEn = {
  title: 'Backup',
  intro: 'A backup is an encrypted copy of the whole vault: the database, its key slots and every attachment. Choose a folder, best on a USB drive you keep somewhere else. A later backup to the same place copies only the new attachments. It opens with the same passphrase or recovery key.',
  back: 'Back',
  choose: 'Back up to a folder…',
  working: 'Backing up and checking the copy…',
  progress: 'Backup progress',
  cancelled: 'No folder was chosen.',
  doneTitle: 'Backup finished and verified',
  doneWhere: 'Saved in',
  doneAttachments_one: '{{count}} attachment file, {{fresh}} of them new this time.',
  doneAttachments_other: '{{count}} attachment files, {{fresh}} of them new this time.',
  last: 'Last backup',
  never: 'This vault has never been backed up.',
  reminderLabel: 'Remind me when the last backup is older than (days)',
  reminderSave: 'Save',
  reminderSaved: 'Saved.',
  reminderRange: 'Enter a whole number of days from 1 to 365.',
  restoreNote: 'To restore, open Casekeep on a computer without a vault and choose “Restore from a backup” (or run `casekeep restore BACKUP --vault NEWFOLDER`): every file is checked before the vault appears, and an existing vault is never overwritten.',
  settingsTitle: 'Backups',
  settingsBody: 'Make an encrypted, verified copy of the vault on another drive, and set the reminder.',
  settingsOpen: 'Open backups',
  bannerNever: 'This vault has never been backed up. One seized laptop or dead disk would lose it.',
  bannerOld_one: 'The last backup is more than {{count}} day old.',
  bannerOld_other: 'The last backup is more than {{count}} days old.',
  bannerAction: 'Make a backup now',
};
