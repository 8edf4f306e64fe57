import { AppError } from '../../../shared/errors';
import { blake2b } from '../crypto/blake2b';
import { randomBytes } from '../crypto/random';

/*
 * Synchronous, with BLAKE2b from crypto/blake2b.ts: call after cryptoReady() (the vault does).
 *
 * A recovery key is 32 random bytes written as RFC 4648 base32 (no padding) followed by a
 * 4-character checksum, in groups of four: easy to copy by hand, and a typo is caught before any
 * key is tried. It holds 256 bits, so no slow KDF is needed to stretch it.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_BYTES = 32;
const SECRET_CHARS = 52;
const CHECK_CHARS = 4;

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string, byteLength: number): Uint8Array | null {
  const out = new Uint8Array(byteLength);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      if (index >= byteLength) return null;
      out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  // Leftover padding bits must be zero, or two spellings would name the same key.
  if (index !== byteLength || (value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

function checksum(secret: Uint8Array): string {
  const digest = blake2b(16, secret, 'casekeep-recovery-check');
  return toBase32(digest).slice(0, CHECK_CHARS);
}

export function generateRecoverySecret(): Uint8Array {
  return randomBytes(SECRET_BYTES);
}

export function formatRecoveryKey(secret: Uint8Array): string {
  const text = toBase32(secret) + checksum(secret);
  return text.match(/.{1,4}/g)!.join('-');
}

/** Accepts the key as typed: any case, spaces or dashes, and the usual 0/O, 1/I, 8/B slips. */
export function parseRecoveryKey(typed: string): Uint8Array {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  const bad = () =>
    new AppError('WRONG_RECOVERY_KEY', 'This recovery key is not valid. Check it for a typo.');
  if (cleaned.length !== SECRET_CHARS + CHECK_CHARS) throw bad();
  const secret = fromBase32(cleaned.slice(0, SECRET_CHARS), SECRET_BYTES);
  if (!secret || checksum(secret) !== cleaned.slice(SECRET_CHARS)) throw bad();
  return secret;
}

/** The key that wraps the master key in the recovery slot. */
export function recoveryKek(secret: Uint8Array, salt: Uint8Array): Uint8Array {
  return blake2b(32, secret, salt);
}
