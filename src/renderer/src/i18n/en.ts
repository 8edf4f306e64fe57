/**
 * English, the reference catalogue: its shape is the type every other language must fill.
 * Keys ending in _one/_other are plural forms chosen by `count`.
 */
import type { Catalogue } from './catalogue';
import { adminEn } from './features/admin/en';
import { fieldsEn } from './features/fields/en';
import { backupEn } from './features/backup/en';
import { restoreEn } from './features/restore/en';
import { partnersEn } from './features/partners/en';
import { exportEn } from './features/export/en';
import { importEn } from './features/import/en';
import { organisationsEn } from './features/organisations/en';
import { recordsEn } from './features/records/en';
import { testimonyEn } from './features/testimony/en';
import { workspaceEn } from './features/workspace/en';

export const en = {
  workspace: workspaceEn,
  records: recordsEn,
  organisations: organisationsEn,
  testimony: testimonyEn,
  admin: adminEn,
  fields: fieldsEn,
  partners: partnersEn,
  exportWizard: exportEn,
  importWizard: importEn,
  backup: backupEn,
  restore: restoreEn,
  app: {
    name: 'Casekeep',
    tagline: 'Encrypted case files, kept on this computer only',
  },
  language: {
    label: 'Language',
  },
  common: {
    showPassphrase: 'Show passphrase',
    passphrase: 'Passphrase',
    errorTitle: 'There is a problem',
    shownOf: 'Showing {{shown}} of {{total}}',
    showMore: 'Show {{n}} more',
    loadingMore: 'Loading…',
  },
  startup: {
    title: 'Opening Casekeep',
    checking: 'Looking for the vault on this computer…',
    failedTitle: 'Casekeep could not open its vault',
    retry: 'Try again',
  },
  create: {
    title: 'Create your vault',
    intro:
      'Everything you record is kept in an encrypted vault on this computer. The passphrase is the only way in, apart from the recovery key you will see next. Nobody can reset it for you.',
    passphrase: 'Passphrase',
    passphraseHint_one: 'At least {{count}} character. Several unrelated words are easier to remember and harder to guess.',
    passphraseHint_other: 'At least {{count}} characters. Several unrelated words are easier to remember and harder to guess.',
    confirm: 'Repeat the passphrase',
    submit: 'Create vault',
    submitting: 'Creating the vault. This takes a few seconds…',
  },
  strength: {
    label: 'Strength: {{level}}',
    level: {
      tooShort: 'too short',
      weak: 'weak',
      fair: 'fair',
      good: 'good',
      strong: 'strong',
    },
    advice: {
      tooShort: 'Keep typing: the passphrase is not long enough yet.',
      addWords: 'Add another word or two.',
      avoidRepeats: 'Avoid repeating the same characters.',
      avoidSequences: 'Avoid sequences such as 12345 or qwerty.',
      avoidCommon: 'This is a well-known password. Choose something of your own.',
      fine: 'Long and hard to guess.',
    },
  },
  validation: {
    required: 'Enter the passphrase.',
    tooShort_one: 'Use at least {{count}} character.',
    tooShort_other: 'Use at least {{count}} characters.',
    tooLong: 'This is too long.',
    mismatch: 'The two passphrases are not the same.',
    recoveryKeyRequired: 'Enter the recovery key.',
  },
  recoveryKey: {
    title: 'Write down your recovery key',
    intro: 'If you ever forget the passphrase, this key is the only way to open the vault. It is shown only this once.',
    keyLabel: 'Recovery key',
    advice:
      'Write it on paper and keep it somewhere safe, away from this computer. Do not photograph it, copy it into a message or save it on this device.',
    acknowledge: 'I have written down the recovery key',
    continue: 'Continue',
  },
  unlock: {
    title: 'Unlock the vault',
    passphrase: 'Passphrase',
    submit: 'Unlock',
    submitting: 'Unlocking. This takes a few seconds…',
    useRecoveryKey: 'Forgot the passphrase? Use the recovery key',
    lockedBecause: {
      user: 'The vault is locked.',
      idle: 'The vault was locked because the computer was not used for a while.',
      'lock-screen': 'The vault was locked because the screen was locked.',
      suspend: 'The vault was locked because the computer went to sleep.',
      shutdown: 'The vault was locked because the computer is shutting down.',
    },
    corrupt:
      'This folder holds vault data, but the file that opens it (vault.json) is missing or damaged. Nothing was changed. Do not delete anything: restore the vault from a backup.',
    damaged:
      'The vault is damaged (pages {{pages}}). Nothing more can be saved. Copy out what you need, then restore the vault from a backup.',
  },
  recover: {
    title: 'Open the vault with the recovery key',
    intro: 'Enter the recovery key you wrote down, then choose a new passphrase. The old passphrase will stop working.',
    recoveryKey: 'Recovery key',
    recoveryKeyHint: 'Groups of four letters and digits. Spaces, dashes and small letters do not matter.',
    newPassphrase: 'New passphrase',
    confirm: 'Repeat the new passphrase',
    submit: 'Open vault and set passphrase',
    submitting: 'Opening the vault. This takes a few seconds…',
    back: 'Back to unlock with the passphrase',
  },
  home: {
    title: 'The vault is open',
    body: 'Cases, people and testimonies will appear here.',
    lock: 'Lock',
    locking: 'Locking…',
    lockHint: 'Lock the vault whenever you step away from the computer.',
  },
  errors: {
    WRONG_PASSPHRASE: 'That passphrase is not right. Check the keyboard language and Caps Lock, then try again.',
    WRONG_RECOVERY_KEY: 'That recovery key is not right. Check each group of four characters for a typo.',
    VAULT_LOCKED: 'The vault is locked. Unlock it first.',
    VAULT_NOT_FOUND: 'There is no vault on this computer yet.',
    VAULT_EXISTS: 'There is already a vault on this computer.',
    VAULT_CORRUPT: 'The vault is damaged and cannot be opened. Do not delete anything: restore it from a backup.',
    VAULT_TOO_NEW: 'This vault was made by a newer version of Casekeep. Update Casekeep to open it.',
    VALIDATION_FAILED: 'Some fields are not filled in correctly.',
    UNKNOWN_METHOD: 'Casekeep did not recognise this request.',
    NOT_FOUND: 'This record no longer exists.',
    CONFLICT: 'This was changed at the same time elsewhere. Reload and try again.',
    FORBIDDEN: 'This action is not allowed.',
    IO_FAILED: 'Casekeep could not read or write its files. Check the disk, then try again.',
    BUNDLE_INVALID: 'This file is damaged or was changed after it was made. Nothing from it was saved. Ask the sender for a new copy.',
    BUNDLE_NOT_FOR_US: 'This file was encrypted for someone else. None of this vault’s keys opens it.',
    BUNDLE_TOO_NEW: 'This file was made by a newer version of Casekeep. Update Casekeep to open it.',
    BACKUP_INVALID: 'This backup is incomplete or damaged. Nothing was restored from it. Try another backup.',
    INTERNAL: 'Something went wrong inside Casekeep. Nothing was saved by this action.',
  },
} as const;

/** What every language file must hold: English's keys, with strings of its own. */
export type Messages = Catalogue<typeof en>;
