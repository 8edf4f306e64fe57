import { AppError } from '../../../shared/errors';
import { derivePassphraseKey, SALT_BYTES, type Argon2Params } from '../crypto/kdf';
import { unwrapKey, wrapKey } from '../crypto/key-wrap';
import { randomBytes } from '../crypto/random';
import { wipe } from '../crypto/sodium';
import { slotAssociatedData, type PassphraseSlot, type RecoverySlot, type VaultHeader } from './header';
import { recoveryKek } from './recovery-key';

/*
 * The key slots of a vault header: the master key wrapped once under the passphrase (through
 * Argon2id) and once under the recovery key. Each slot is bound to its vault and its own
 * parameters, and every key-encryption key is wiped as soon as it has been used.
 */

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export async function passphraseSlot(vaultId: string, master: Uint8Array, passphrase: string, kdf: Argon2Params): Promise<PassphraseSlot> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await derivePassphraseKey(passphrase, salt, kdf);
  const slot = { kind: 'passphrase' as const, kdf };
  const wrapped = await wrapKey(kek, master, slotAssociatedData(vaultId, slot));
  wipe(kek);
  return { ...slot, salt: b64(salt), nonce: b64(wrapped.nonce), wrappedKey: b64(wrapped.ciphertext) };
}

export async function recoverySlot(vaultId: string, master: Uint8Array, secret: Uint8Array): Promise<RecoverySlot> {
  const salt = randomBytes(32);
  const kek = recoveryKek(secret, salt);
  const slot = { kind: 'recovery' as const, kdf: { alg: 'blake2b-keyed' as const } };
  const wrapped = await wrapKey(kek, master, slotAssociatedData(vaultId, slot));
  wipe(kek);
  return { ...slot, salt: b64(salt), nonce: b64(wrapped.nonce), wrappedKey: b64(wrapped.ciphertext) };
}

export function findSlot<K extends 'passphrase' | 'recovery'>(header: VaultHeader, kind: K) {
  const slot = header.slots.find((candidate) => candidate.kind === kind);
  if (!slot) throw new AppError('VAULT_CORRUPT', `The vault header has no ${kind} slot.`);
  return slot as Extract<VaultHeader['slots'][number], { kind: K }>;
}

export async function unwrapPassphraseSlot(header: VaultHeader, passphrase: string): Promise<Uint8Array> {
  const slot = findSlot(header, 'passphrase');
  const kek = await derivePassphraseKey(passphrase, bytes(slot.salt), slot.kdf);
  const master = await unwrapKey(kek, { nonce: bytes(slot.nonce), ciphertext: bytes(slot.wrappedKey) }, slotAssociatedData(header.vaultId, slot));
  wipe(kek);
  if (!master) throw new AppError('WRONG_PASSPHRASE', 'The passphrase is wrong.');
  return master;
}

/** The master key from the recovery slot; the recovery secret is wiped whatever the outcome. */
export async function unwrapRecoverySlot(header: VaultHeader, secret: Uint8Array): Promise<Uint8Array> {
  const slot = findSlot(header, 'recovery');
  const kek = recoveryKek(secret, bytes(slot.salt));
  wipe(secret);
  const master = await unwrapKey(kek, { nonce: bytes(slot.nonce), ciphertext: bytes(slot.wrappedKey) }, slotAssociatedData(header.vaultId, slot));
  wipe(kek);
  if (!master) throw new AppError('WRONG_RECOVERY_KEY', 'This recovery key does not open this vault.');
  return master;
}
