import { AppError } from '../../../../shared/errors';
import { deriveInWorker } from '../kdf-worker';
import type { Sodium } from '../sodium';
import { decodeBase64OrThrow, encodeBase64, invalid } from './base64';
import type { Stanza } from './header';
import { hkdfSha256 } from './hkdf';

/**
 * The two recipient types of age v1: X25519 and scrypt. Each wraps the 16-byte file key with
 * ChaCha20-Poly1305 under a derived key and a zero nonce (the key is used once).
 */
export const FILE_KEY_BYTES = 16;
const WRAPPED_BYTES = FILE_KEY_BYTES + 16;
const X25519_INFO = 'age-encryption.org/v1/X25519';
const SCRYPT_SALT_LABEL = 'age-encryption.org/v1/scrypt';
const ZERO_NONCE = new Uint8Array(12);

/**
 * libsodium's WebAssembly scrypt cannot allocate past 2^20 (1 GiB); age's own default is 18,
 * about a second and a half here. Files asking for more are refused with their own reason.
 */
export const MAX_SCRYPT_LOG_N = 20;
export const DEFAULT_SCRYPT_LOG_N = 18;

function wrap(sodium: Sodium, key: Uint8Array, fileKey: Uint8Array): Uint8Array {
  return sodium.crypto_aead_chacha20poly1305_ietf_encrypt(fileKey, null, null, ZERO_NONCE, key);
}

/** The file key, or null when the tag does not verify (the stanza is for someone else). */
function unwrap(sodium: Sodium, key: Uint8Array, body: Uint8Array): Uint8Array | null {
  try {
    return sodium.crypto_aead_chacha20poly1305_ietf_decrypt(null, body, null, ZERO_NONCE, key);
  } catch {
    return null;
  }
}

function sharedSecret(sodium: Sodium, secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array | null {
  // libsodium refuses a result of all zeros (a low-order point), which age makes fatal.
  try {
    return sodium.crypto_scalarmult(secretKey, publicKey);
  } catch {
    return null;
  }
}

export function wrapX25519(sodium: Sodium, recipient: Uint8Array, fileKey: Uint8Array): Stanza {
  if (recipient.length !== 32) throw new AppError('VALIDATION_FAILED', 'An age recipient key is 32 bytes long.');
  const ephemeral = sodium.randombytes_buf(32);
  const share = sodium.crypto_scalarmult_base(ephemeral);
  const shared = sharedSecret(sodium, ephemeral, recipient);
  ephemeral.fill(0);
  if (!shared) throw new AppError('VALIDATION_FAILED', 'An age recipient key is not a usable X25519 public key.');
  const key = hkdfSha256(sodium, shared, Buffer.concat([share, recipient]), X25519_INFO, 32);
  shared.fill(0);
  const body = wrap(sodium, key, fileKey);
  key.fill(0);
  return { type: 'X25519', args: [encodeBase64(share)], body };
}

/** Checks the form of an X25519 stanza and returns its share; a malformed one is fatal. */
export function checkX25519(stanza: Stanza): Uint8Array {
  if (stanza.args.length !== 1) throw invalid('header', 'an X25519 stanza must have exactly one argument.');
  const share = decodeBase64OrThrow(stanza.args[0] ?? '', 'X25519 share');
  if (share.length !== 32) throw invalid('header', 'an X25519 share is not 32 bytes.');
  if (stanza.body.length !== WRAPPED_BYTES) throw invalid('header', 'an X25519 stanza body is not a wrapped 16-byte file key.');
  return share;
}

export function unwrapX25519(sodium: Sodium, stanza: Stanza, identity: Uint8Array, publicKey: Uint8Array): Uint8Array | null {
  const share = checkX25519(stanza);
  const shared = sharedSecret(sodium, identity, share);
  if (!shared) throw invalid('header', 'an X25519 share is a low-order point (all-zero shared secret).');
  const key = hkdfSha256(sodium, shared, Buffer.concat([share, publicKey]), X25519_INFO, 32);
  shared.fill(0);
  const fileKey = unwrap(sodium, key, stanza.body);
  key.fill(0);
  return fileKey;
}

/*
 * scrypt at work factor 18 grows libsodium's WebAssembly heap to 256 MiB, and that memory is never
 * given back; in the main process it would stay for the life of the app. Each derivation runs in a
 * short-lived worker instead, as the vault's Argon2id does (crypto/kdf-worker.ts).
 */
function scryptKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Uint8Array> {
  const fullSalt = Buffer.concat([Buffer.from(SCRYPT_SALT_LABEL), salt]);
  return deriveInWorker({ alg: 'scrypt', n: 2 ** logN, r: 8, p: 1 }, new TextEncoder().encode(passphrase), fullSalt, 32, {
    tooLong: 'Deriving the key from the passphrase took too long and was stopped. Close other programs and try again.',
    failed: 'Deriving the key from the passphrase failed.',
    stopped: 'Deriving the key from the passphrase stopped before it finished.',
  });
}

export function checkScryptLogN(logN: number): void {
  if (!Number.isInteger(logN) || logN < 1 || logN > MAX_SCRYPT_LOG_N) {
    throw new AppError('VALIDATION_FAILED', `The scrypt work factor must be a whole number from 1 to ${MAX_SCRYPT_LOG_N}.`);
  }
}

export async function wrapScrypt(sodium: Sodium, passphrase: string, logN: number, fileKey: Uint8Array): Promise<Stanza> {
  checkScryptLogN(logN);
  if (passphrase.length === 0) throw new AppError('VALIDATION_FAILED', 'An empty passphrase protects nothing.');
  const salt = sodium.randombytes_buf(16);
  const key = await scryptKey(passphrase, salt, logN);
  const body = wrap(sodium, key, fileKey);
  key.fill(0);
  return { type: 'scrypt', args: [encodeBase64(salt), String(logN)], body };
}

export interface ScryptParameters {
  salt: Uint8Array;
  logN: number;
}

/** Checks the form of a scrypt stanza; a malformed one is fatal. */
export function checkScrypt(stanza: Stanza): ScryptParameters {
  if (stanza.args.length !== 2) throw invalid('header', 'a scrypt stanza must have exactly two arguments.');
  const salt = decodeBase64OrThrow(stanza.args[0] ?? '', 'scrypt salt');
  if (salt.length !== 16) throw invalid('header', 'a scrypt salt is not 16 bytes.');
  const factor = stanza.args[1] ?? '';
  if (!/^[1-9][0-9]*$/.test(factor)) throw invalid('header', 'the scrypt work factor is not a positive decimal number.');
  if (stanza.body.length !== WRAPPED_BYTES) throw invalid('header', 'a scrypt stanza body is not a wrapped 16-byte file key.');
  return { salt, logN: factor.length > 3 ? Infinity : Number(factor) };
}

/** Checks the stanza and its work factor before any derivation starts; the file key, or null. */
export async function unwrapScrypt(sodium: Sodium, stanza: Stanza, passphrase: string): Promise<Uint8Array | null> {
  const { salt, logN } = checkScrypt(stanza);
  if (logN > MAX_SCRYPT_LOG_N) {
    throw new AppError(
      'BUNDLE_INVALID',
      `This file's passphrase protection asks for scrypt work factor ${Number.isFinite(logN) ? logN : 'beyond 999'}; at most ${MAX_SCRYPT_LOG_N} can be opened here.`,
      { details: { reason: 'scrypt-work-factor', max: MAX_SCRYPT_LOG_N } },
    );
  }
  const key = await scryptKey(passphrase, salt, logN);
  const fileKey = unwrap(sodium, key, stanza.body);
  key.fill(0);
  return fileKey;
}
