import { envelopeFromParts, envelopeParts, open, seal } from './envelope';

/** A wrapped key as a vault header stores it: the envelope's nonce and ciphertext, apart. */
export interface WrappedKey {
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/**
 * The master key sealed in a version 1 envelope (crypto/envelope.ts). The associated data binds
 * the slot to its vault and KDF parameters, so a header edited to other parameters fails like a
 * wrong passphrase would.
 */
export async function wrapKey(kek: Uint8Array, key: Uint8Array, associatedData: string): Promise<WrappedKey> {
  return envelopeParts(await seal(kek, key, associatedData));
}

/** The unwrapped key, or null when the key-encryption key or the slot is wrong. */
export async function unwrapKey(kek: Uint8Array, wrapped: WrappedKey, associatedData: string): Promise<Uint8Array | null> {
  return open(kek, envelopeFromParts(wrapped.nonce, wrapped.ciphertext), associatedData);
}
