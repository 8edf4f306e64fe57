import { AppError } from '../../../shared/errors';
import type { Sodium } from '../crypto/sodium';

/**
 * Encrypted attachment blob, version 1:
 *
 *   offset 0   "CKB"                 magic
 *   offset 3   0x01                  format version
 *   offset 4   24 bytes              secretstream xchacha20poly1305 header
 *   offset 28  records…              each the secretstream ciphertext of one plaintext chunk
 *
 * Every record holds exactly CHUNK_BYTES of plaintext (RECORD_BYTES on disk) except the last,
 * which holds 0..CHUNK_BYTES and is the only one tagged TAG_FINAL. Records carry no length field:
 * the fixed size is part of the version, so there is no length for an attacker to edit, and a
 * reader knows a record is the last one only because the file ends after it.
 */
export const BLOB_MAGIC = Uint8Array.of(0x43, 0x4b, 0x42);
export const BLOB_VERSION = 1;
export const CHUNK_BYTES = 64 * 1024;
export const ABYTES = 17;
export const STREAM_HEADER_BYTES = 24;
export const RECORD_BYTES = CHUNK_BYTES + ABYTES;
/** Magic and version; also the associated data of every record (see blobPrefix). */
export const PREFIX_BYTES = BLOB_MAGIC.length + 1;
export const HEADER_BYTES = PREFIX_BYTES + STREAM_HEADER_BYTES;
export const KEY_BYTES = 32;

export type BlobProblem =
  | 'bad-magic'
  | 'unknown-version'
  | 'truncated'
  | 'undecryptable'
  | 'final-not-at-end'
  | 'missing-final'
  | 'unexpected-tag'
  | 'hash-mismatch';

export function blobCorrupt(reason: BlobProblem, message: string): AppError {
  return new AppError('VAULT_CORRUPT', message, { details: { reason } });
}

/**
 * The prefix is also passed as associated data to every record, so a future version with another
 * chunk size or cipher cannot have its records replayed under this version's reader.
 */
export function blobPrefix(): Uint8Array {
  return Uint8Array.of(...BLOB_MAGIC, BLOB_VERSION);
}

/** Checks magic and version of the first HEADER_BYTES of a blob; returns the secretstream header. */
export function parseBlobHeader(bytes: Uint8Array): Uint8Array {
  if (bytes.length < PREFIX_BYTES) {
    throw blobCorrupt('truncated', 'The attachment file is cut short: its header is incomplete.');
  }
  if (BLOB_MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw blobCorrupt('bad-magic', 'This file is not a Casekeep attachment.');
  }
  const version = bytes[BLOB_MAGIC.length] ?? 0;
  if (version > BLOB_VERSION) {
    throw new AppError('VAULT_TOO_NEW', 'This attachment was written by a newer version of Casekeep. Update the app to open it.', {
      details: { reason: 'unknown-version', version },
    });
  }
  if (version !== BLOB_VERSION) {
    throw blobCorrupt('unknown-version', `The attachment file has an unknown format version (${version}).`);
  }
  if (bytes.length < HEADER_BYTES) {
    throw blobCorrupt('truncated', 'The attachment file is cut short: its header is incomplete.');
  }
  return bytes.slice(PREFIX_BYTES, HEADER_BYTES);
}

export function checkBlobKey(sodium: Sodium, key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
    throw new AppError('INTERNAL', 'An attachments key must be exactly 32 bytes.');
  }
  if (
    sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES !== KEY_BYTES ||
    sodium.crypto_secretstream_xchacha20poly1305_ABYTES !== ABYTES ||
    sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES !== STREAM_HEADER_BYTES
  ) {
    throw new AppError('INTERNAL', 'The cryptography library does not match the attachment format.');
  }
}

/** The parts of the raw Emscripten module that the wrappers keep public but do not type. */
interface RawModule {
  HEAPU8?: Uint8Array;
  _free?: (address: number) => void;
}

/** Bytes of crypto_secretstream_xchacha20poly1305_state: the stream's subkey, nonce and padding. */
const STATE_BYTES = 52;

/**
 * The wrappers allocate each stream's state inside the WebAssembly heap and never free it, so the
 * per-stream subkey would outlive the vault lock (SECURITY.md S16). Zero it and give it back.
 */
export function releaseStreamState(sodium: Sodium, state: unknown): void {
  const raw = (sodium as unknown as { libsodium?: RawModule }).libsodium;
  // Typed as { address } but a bare heap offset at run time; accept either.
  const address = typeof state === 'number' ? state : (state as { address?: unknown } | null)?.address;
  if (typeof address !== 'number' || !raw) return;
  raw.HEAPU8?.fill(0, address, address + STATE_BYTES);
  raw._free?.(address);
}
