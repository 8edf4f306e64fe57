import type { Sodium } from './sodium';

export interface WrappedKey {
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/**
 * XChaCha20-Poly1305 over the master key. The associated data binds the slot to its vault and KDF
 * parameters, so a header edited to other parameters fails like a wrong passphrase would.
 */
export function wrapKey(sodium: Sodium, kek: Uint8Array, key: Uint8Array, associatedData: string): WrappedKey {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(key, associatedData, null, nonce, kek);
  return { nonce, ciphertext };
}

/** The unwrapped key, or null when the key-encryption key or the slot is wrong. */
export function unwrapKey(
  sodium: Sodium,
  kek: Uint8Array,
  wrapped: WrappedKey,
  associatedData: string,
): Uint8Array | null {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, wrapped.ciphertext, associatedData, wrapped.nonce, kek);
  } catch {
    return null;
  }
}
