/**
 * age v1 (https://age-encryption.org/v1): the file format bundles are encrypted in, so a partner
 * without Casekeep opens them with the stock `age` tool (docs/security.md S21, S22).
 */
import type { Transform } from 'node:stream';
import { AppError } from '../../../../shared/errors';

export interface EncryptOptions {
  /** X25519 public keys (32 bytes each). */
  recipients: Uint8Array[];
  /** A passphrase (scrypt stanza); age allows it only without other recipients. */
  passphrase?: string;
  /** scrypt work factor written (log2 N); defaults to a value that runs in a few seconds. */
  scryptLogN?: number;
}

export interface DecryptOptions {
  /** X25519 secret keys (32 bytes each). */
  identities: Uint8Array[];
  passphrase?: string;
}

const notYet = (): never => {
  throw new AppError('INTERNAL', 'age is not available yet.');
};

/** The age1… recipient string of an X25519 public key. */
export function x25519Recipient(publicKey: Uint8Array): string {
  void publicKey;
  return notYet();
}

/** The AGE-SECRET-KEY-1… identity string (upper case) of an X25519 secret key. */
export function x25519IdentityString(secretKey: Uint8Array): string {
  void secretKey;
  return notYet();
}

/** The 32-byte X25519 public key of an age1… recipient string. */
export function parseRecipient(text: string): Uint8Array {
  void text;
  return notYet();
}

/** The secret keys of an identity file as `age-keygen` writes it (# comments and blank lines ignored). */
export function parseIdentityFile(text: string): Uint8Array[] {
  void text;
  return notYet();
}

/** Plaintext in, age file out. */
export function createEncryptStream(o: EncryptOptions): Promise<Transform> {
  void o;
  return Promise.resolve(notYet());
}

/** age file in, plaintext out; a chunk's plaintext is passed on only after it authenticates. */
export function createDecryptStream(o: DecryptOptions): Transform {
  void o;
  return notYet();
}

export function encrypt(bytes: Uint8Array, o: EncryptOptions): Promise<Uint8Array> {
  void bytes;
  void o;
  return Promise.resolve(notYet());
}

export function decrypt(bytes: Uint8Array, o: DecryptOptions): Promise<Uint8Array> {
  void bytes;
  void o;
  return Promise.resolve(notYet());
}
