import { AppError } from '../../../shared/errors';
import { loadSodium } from './sodium';

/**
 * One sealed value under a 32-byte key, versioned so that a later format can be told apart and an
 * unknown one refused (never guessed at). Version 1, the form every key slot and every sealed
 * source or draft identity has always had:
 *
 *   0x01 ‖ 24-byte random nonce ‖ XChaCha20-Poly1305 (IETF) ciphertext and 16-byte tag
 *
 * The associated data is the caller's: what the value is bound to (a vault and its KDF parameters
 * for a key slot, a source's id for an identity), so a value moved elsewhere does not open.
 * Random 192-bit nonces never repeat in practice, so one key may seal any number of values.
 */
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_NONCE_BYTES = 24;
export const ENVELOPE_TAG_BYTES = 16;
export const ENVELOPE_KEY_BYTES = 32;
/** Version byte, nonce and tag: an envelope is this much longer than what it seals. */
export const ENVELOPE_OVERHEAD = 1 + ENVELOPE_NONCE_BYTES + ENVELOPE_TAG_BYTES;

export type AssociatedData = string | Uint8Array;

function checkKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== ENVELOPE_KEY_BYTES) {
    throw new AppError('INTERNAL', 'An envelope key must be exactly 32 bytes.');
  }
}

/** `plaintext` sealed under `key`, bound to `ad`. The caller wipes its plaintext when it is secret. */
export async function seal(key: Uint8Array, plaintext: Uint8Array, ad: AssociatedData): Promise<Uint8Array> {
  checkKey(key);
  const sodium = await loadSodium();
  const nonce = sodium.randombytes_buf(ENVELOPE_NONCE_BYTES);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, key);
  const out = new Uint8Array(1 + ENVELOPE_NONCE_BYTES + box.length);
  out[0] = ENVELOPE_VERSION;
  out.set(nonce, 1);
  out.set(box, 1 + ENVELOPE_NONCE_BYTES);
  return out;
}

/**
 * The plaintext, or null when the envelope does not open under this key and associated data
 * (wrong key, altered, cut short, or moved from where it was bound). An envelope of a version this
 * code does not know throws VAULT_CORRUPT with details.reason "envelope-version".
 */
export async function open(key: Uint8Array, envelope: Uint8Array, ad: AssociatedData): Promise<Uint8Array | null> {
  checkKey(key);
  const version = envelope[0];
  if (version !== ENVELOPE_VERSION) {
    throw new AppError('VAULT_CORRUPT', 'A protected value is in an unknown format.', {
      details: { reason: 'envelope-version', version: version ?? -1 },
    });
  }
  if (envelope.length < ENVELOPE_OVERHEAD) return null;
  const sodium = await loadSodium();
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      envelope.subarray(1 + ENVELOPE_NONCE_BYTES),
      ad,
      envelope.subarray(1, 1 + ENVELOPE_NONCE_BYTES),
      key,
    );
  } catch {
    return null;
  }
}

/** The nonce and the ciphertext of a version 1 envelope, as a vault header stores them. */
export function envelopeParts(envelope: Uint8Array): { nonce: Uint8Array; ciphertext: Uint8Array } {
  if (envelope[0] !== ENVELOPE_VERSION || envelope.length < ENVELOPE_OVERHEAD) {
    throw new AppError('INTERNAL', 'Not a version 1 envelope.');
  }
  return { nonce: envelope.slice(1, 1 + ENVELOPE_NONCE_BYTES), ciphertext: envelope.slice(1 + ENVELOPE_NONCE_BYTES) };
}

/** The version 1 envelope made of a stored nonce and ciphertext. */
export function envelopeFromParts(nonce: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  if (nonce.length !== ENVELOPE_NONCE_BYTES) throw new AppError('INTERNAL', 'An envelope nonce must be exactly 24 bytes.');
  const out = new Uint8Array(1 + nonce.length + ciphertext.length);
  out[0] = ENVELOPE_VERSION;
  out.set(nonce, 1);
  out.set(ciphertext, 1 + nonce.length);
  return out;
}
