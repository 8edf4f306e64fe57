/** Strings of the first-run restore: its screen, the way to it and the note on the unlock screen that follows. */
export const restoreEn = {
  open: 'Restore from a backup',
  title: 'Restore from a backup',
  intro: 'Bring back a vault from a Casekeep backup, for example on a USB drive. Enter the passphrase the vault had when the backup was made, then choose the folder that holds the backup.',
  safety: 'Every file of the backup is checked before the vault appears here. A damaged or changed backup is refused and nothing is written.',
  passphrase: 'The backup’s passphrase',
  passphraseHint: 'The passphrase of the vault that was backed up.',
  submit: 'Choose the backup folder and restore',
  back: 'Back',
  working: 'Checking and restoring the backup. This can take a few minutes…',
  progress: 'Restore progress',
  cancelled: 'No folder was chosen. Nothing was restored.',
  restored: 'The vault was restored from the backup. Unlock it with the backup’s passphrase.',
};
