import { z } from 'zod';
import { method } from './define';

export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;

/** What a user types to open the vault: any text, but bounded so nobody feeds the KDF a novel. */
export const passphraseInput = z.string().min(1, 'Enter the passphrase.').max(PASSPHRASE_MAX_LENGTH);

/** A passphrase being set: long enough to survive an offline guessing attack on a seized laptop. */
export const newPassphrase = z
  .string()
  .min(PASSPHRASE_MIN_LENGTH, `Use at least ${PASSPHRASE_MIN_LENGTH} characters.`)
  .max(PASSPHRASE_MAX_LENGTH);

export const recoveryKeyInput = z.string().min(1, 'Enter the recovery key.').max(200);

/** `corrupt`: the folder holds vault data but its header is missing or unreadable (S35). */
export type VaultState = 'absent' | 'locked' | 'unlocked' | 'corrupt';

/** The background integrity check of an unlocked vault (S14). */
export type IntegrityState = 'checking' | 'ok' | 'damaged';

export interface VaultStatus {
  state: VaultState;
  vaultId?: string;
  schemaVersion?: number;
  createdAt?: string;
  /** Unlocked only. While `damaged`, every write is refused with VAULT_CORRUPT. */
  integrity?: IntegrityState;
  /** The pages found damaged, when `integrity` is `damaged`. */
  damagedPages?: number[];
}

export interface CreatedVault {
  vaultId: string;
  /** Shown once; a second key slot for the day the passphrase is forgotten. */
  recoveryKey: string;
}

export interface RestoredVault {
  /** When the restored backup was taken. */
  backupCreatedAt: string;
  attachments: number;
}

const empty = z.object({}).strict();

export const vaultMethods = {
  'vault.status': method<VaultStatus>()(empty, { needsUnlock: false }),
  'vault.create': method<CreatedVault>()(z.object({ passphrase: newPassphrase }).strict(), {
    needsUnlock: false,
  }),
  'vault.unlock': method<VaultStatus>()(z.object({ passphrase: passphraseInput }).strict(), {
    needsUnlock: false,
  }),
  'vault.recover': method<VaultStatus>()(
    z.object({ recoveryKey: recoveryKeyInput, newPassphrase }).strict(),
    { needsUnlock: false },
  ),
  /**
   * Only where no vault is: asks the host for the backup folder (the page never names one),
   * restores it with the backup's passphrase and leaves it locked (docs/security.md S20).
   */
  'vault.restore': method<RestoredVault | { cancelled: true }>()(z.object({ passphrase: passphraseInput }).strict(), {
    needsUnlock: false,
    progress: true,
  }),
  'vault.lock': method<VaultStatus>()(empty, { needsUnlock: false }),
  'vault.changePassphrase': method<{ changed: true }>()(
    z.object({ current: passphraseInput, next: newPassphrase }).strict(),
    { needsUnlock: true },
  ),
};
