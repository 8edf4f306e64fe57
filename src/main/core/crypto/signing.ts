import { AppError } from '../../../shared/errors';
import { loadedSodium, loadSodium, scrubHeap } from './sodium';

/** Ed25519 (RFC 8032): 32-byte public key, libsodium's 64-byte secret key (seed ‖ public key). */
export const SIGNING_PUBLIC_KEY_BYTES = 32;
export const SIGNING_SECRET_KEY_BYTES = 64;
export const SIGNATURE_BYTES = 64;
/** X25519 (RFC 7748): 32-byte scalar and point, as age's X25519 recipients use them. */
export const X25519_KEY_BYTES = 32;

export interface KeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

function checkLength(bytes: unknown, length: number, what: string): asserts bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new AppError('INTERNAL', `${what} must be exactly ${length} bytes.`);
  }
}

/** A new Ed25519 key pair for signing bundles and audit heads. */
export async function generateSigningKeyPair(): Promise<KeyPair> {
  const sodium = await loadSodium();
  const { publicKey, privateKey } = sodium.crypto_sign_keypair();
  // libsodium made the secret in its heap and left it there (docs/security.md S16).
  scrubHeap(sodium, [privateKey]);
  return { publicKey, secretKey: privateKey };
}

/** A new X25519 key pair for receiving age files; the secret key is the raw 32-byte scalar. */
export async function generateX25519KeyPair(): Promise<KeyPair> {
  const sodium = await loadSodium();
  const secretKey = sodium.randombytes_buf(X25519_KEY_BYTES);
  const publicKey = sodium.crypto_scalarmult_base(secretKey);
  scrubHeap(sodium, [secretKey]);
  return { publicKey, secretKey };
}

/** The X25519 public key of a secret scalar, e.g. to show the recipient of a stored identity. */
export async function x25519PublicKey(secretKey: Uint8Array): Promise<Uint8Array> {
  checkLength(secretKey, X25519_KEY_BYTES, 'An X25519 secret key');
  const sodium = await loadSodium();
  const publicKey = sodium.crypto_scalarmult_base(secretKey);
  // The wrappers leave a copy of the scalar in libsodium's heap (docs/security.md S16).
  scrubHeap(sodium, [secretKey]);
  return publicKey;
}

/** The 64-byte Ed25519 signature of `message`. */
export async function signDetached(message: Uint8Array, secretKey: Uint8Array): Promise<Uint8Array> {
  checkLength(secretKey, SIGNING_SECRET_KEY_BYTES, 'An Ed25519 secret key');
  const sodium = await loadSodium();
  const signature = sodium.crypto_sign_detached(message, secretKey);
  // The wrappers copy the key into libsodium's heap and free it unwiped (docs/security.md S16);
  // the caller still owns `secretKey` itself.
  scrubHeap(sodium, [secretKey]);
  return signature;
}

/**
 * True when `signature` is `publicKey`'s Ed25519 signature of `message`; malformed input is simply
 * not a valid signature. Synchronous, so it needs libsodium loaded (any earlier async call here, or
 * `await loadSodium()`), and throws INTERNAL otherwise. libsodium rather than OpenSSL on purpose:
 * OpenSSL accepts an all-zero signature under the all-zero (small-order) key, libsodium refuses
 * small-order keys and points and non-canonical encodings.
 */
export function verifyDetached(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  const sodium = loadedSodium();
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_BYTES) return false;
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== SIGNING_PUBLIC_KEY_BYTES) return false;
  if (!(message instanceof Uint8Array)) return false;
  try {
    return sodium.crypto_sign_verify_detached(signature, message, publicKey);
  } catch {
    return false;
  }
}
