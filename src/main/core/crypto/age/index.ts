/**
 * age v1 (https://age-encryption.org/v1): the file format bundles are encrypted in, so a partner
 * without Casekeep opens them with the stock `age` tool (docs/security.md S21). X25519 recipients
 * or one scrypt passphrase; no armor, no plugins, no post-quantum recipients.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { loadSodium } from '../sodium';
import { AgeDecryptor, AgeEncryptor, checkDecryptOptions, type DecryptOptions, type EncryptOptions, type Step } from './age-file';

export type { DecryptOptions, EncryptOptions } from './age-file';
export { parseIdentity, parseIdentityFile, parseRecipient, x25519IdentityString, x25519Recipient } from './keys';
export { MAX_HEADER_BYTES, MAX_STANZAS } from './header';
export { DEFAULT_SCRYPT_LOG_N, MAX_SCRYPT_LOG_N } from './stanzas';

/** Plaintext in, age file out. Memory stays near two 64 KiB chunks whatever the size. */
export async function createEncryptStream(o: EncryptOptions): Promise<Transform> {
  const encryptor = await AgeEncryptor.create(await loadSodium(), o);
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        for (const sealed of encryptor.update(chunk)) this.push(sealed);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        callback(null, encryptor.final());
      } catch (error) {
        callback(error as Error);
      }
    },
    destroy(error, callback) {
      encryptor.dispose();
      callback(error);
    },
  });
  stream.push(encryptor.header);
  return stream;
}

/**
 * age file in, plaintext out. Fails with AppError BUNDLE_NOT_FOR_US (no stanza opens) or
 * BUNDLE_INVALID (`details.reason`: header, mac, chunk, truncated, trailing-data,
 * scrypt-work-factor); a chunk's plaintext is passed on only after its tag verifies, and the
 * final chunk only at end of input; act on the output only once the stream ends without an error.
 */
export function createDecryptStream(o: DecryptOptions): Transform {
  checkDecryptOptions(o);
  const sodium = loadSodium();
  let decryptor: AgeDecryptor | undefined;
  const run = (step: (d: AgeDecryptor, emit: (plaintext: Uint8Array) => void) => Step, stream: Transform, callback: TransformCallback): void => {
    const go = (d: AgeDecryptor): void => {
      let pending: Step;
      try {
        pending = step(d, (plaintext) => stream.push(plaintext));
      } catch (error) {
        callback(error as Error);
        return;
      }
      // Only the header's scrypt stanza waits (for its worker); the next chunk comes after it.
      if (pending) pending.then(() => callback(), callback);
      else callback();
    };
    // After the first chunk libsodium is ready: no promise hop per chunk.
    if (decryptor) go(decryptor);
    else
      sodium.then((s) => {
        try {
          decryptor ??= new AgeDecryptor(s, o);
        } catch (error) {
          callback(error as Error);
          return;
        }
        go(decryptor);
      }, callback);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      run((d, emit) => d.update(chunk, emit), this, callback);
    },
    flush(callback: TransformCallback) {
      run((d, emit) => d.final(emit), this, callback);
    },
    destroy(error, callback) {
      decryptor?.dispose();
      callback(error);
    },
  });
}

/** One-shot encryption, for small data. */
export async function encrypt(bytes: Uint8Array, o: EncryptOptions): Promise<Uint8Array> {
  const encryptor = await AgeEncryptor.create(await loadSodium(), o);
  try {
    const body = encryptor.update(bytes);
    return Buffer.concat([encryptor.header, ...body, encryptor.final()]);
  } finally {
    encryptor.dispose();
  }
}

/** One-shot decryption, for small data: all of the plaintext, or an error and nothing. */
export async function decrypt(bytes: Uint8Array, o: DecryptOptions): Promise<Uint8Array> {
  const decryptor = new AgeDecryptor(await loadSodium(), o);
  try {
    const parts: Uint8Array[] = [];
    const keep = (plaintext: Uint8Array): void => void parts.push(plaintext);
    await decryptor.update(bytes, keep);
    await decryptor.final(keep);
    return Buffer.concat(parts);
  } finally {
    decryptor.dispose();
  }
}
