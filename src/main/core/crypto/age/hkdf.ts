import type { Sodium } from '../sodium';

/**
 * HMAC-SHA256 from libsodium's streaming calls: the one-shot crypto_auth_hmacsha256 insists on a
 * 32-byte key, while HKDF keys HMAC with a salt of any length (age uses an empty one and a
 * 16-byte nonce).
 */
export function hmacSha256(sodium: Sodium, key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const state = sodium.crypto_auth_hmacsha256_init(key);
  for (const part of parts) sodium.crypto_auth_hmacsha256_update(state, part);
  return sodium.crypto_auth_hmacsha256_final(state);
}

/** HKDF-SHA256 (RFC 5869), extract then expand. */
export function hkdfSha256(sodium: Sodium, ikm: Uint8Array, salt: Uint8Array, info: string | Uint8Array, length: number): Uint8Array {
  if (length < 1 || length > 255 * 32) throw new RangeError('HKDF output length out of range');
  const prk = hmacSha256(sodium, salt, ikm);
  const infoBytes = typeof info === 'string' ? new TextEncoder().encode(info) : info;
  const out = new Uint8Array(length);
  let previous: Uint8Array = new Uint8Array(0);
  for (let block = 1, at = 0; at < length; block += 1) {
    const t = hmacSha256(sodium, prk, previous, infoBytes, Uint8Array.of(block));
    out.set(t.subarray(0, Math.min(32, length - at)), at);
    at += t.length;
    previous.fill(0);
    previous = t;
  }
  previous.fill(0);
  prk.fill(0);
  return out;
}
