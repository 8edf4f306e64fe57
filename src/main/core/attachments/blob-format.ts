import { AppError } from '../../../shared/errors';
import { CHUNK_KEY_BYTES, CHUNK_NONCE_BYTES, CHUNK_TAG_BYTES, ChunkCipher } from '../crypto/chunk-cipher';

/**
 * Encrypted attachment blob, version 2 (docs/vault-format.md):
 *
 *   offset 0   "CKB"                 magic
 *   offset 3   0x02                  format version
 *   offset 4   16 bytes              random nonce prefix, new for every file written
 *   offset 20  16 bytes              vault id (the UUID's bytes)
 *   offset 36  16 bytes              attachment id (the UUID's bytes)
 *   offset 52  1 byte                which copy: 1 = original, 2 = working copy
 *   offset 53  records…              each one chunk sealed with XChaCha20-Poly1305 (IETF)
 *
 * Every record holds exactly CHUNK_BYTES of plaintext (RECORD_BYTES on disk) except the last,
 * which holds 0..CHUNK_BYTES; so the file's length alone says how many records there are and
 * where each starts, and any record can be opened on its own (reads are seekable).
 *
 * Record i is sealed under the vault's attachments key with nonce = prefix ‖ u64le(i) and
 * associated data = the 53 header bytes ‖ u64le(i) ‖ final, where final is 1 for the last record
 * and 0 for every other. XChaCha20 derives its working key from the key and the first 16 nonce
 * bytes (HChaCha20, inside libsodium, wiped there), so each file is in effect under its own key,
 * and the 8-byte counter never repeats within it.
 *
 * What the associated data buys (docs/security.md S22, S33):
 * - the header's ids: a file swapped with another attachment's, copied from another vault, or
 *   moved between the original and the working copy does not open;
 * - the index: records reordered, repeated, dropped or spliced in from another file do not open;
 * - the final flag: a file cut at a record boundary ends on a record sealed as "not final", and a
 *   record sealed as final followed by anything is "final in the middle": both are refused.
 *
 * Version 1 (libsodium secretstream, no ids bound in) is refused rather than read: it was only
 * ever written by development builds, and reading it would bring back the swap it cannot detect.
 */
export const BLOB_MAGIC = Uint8Array.of(0x43, 0x4b, 0x42);
export const BLOB_VERSION = 2;
export const CHUNK_BYTES = 64 * 1024;
/** Poly1305 tag of crypto_aead_xchacha20poly1305_ietf. */
export const ABYTES = CHUNK_TAG_BYTES;
export const NONCE_BYTES = CHUNK_NONCE_BYTES;
export const NONCE_PREFIX_BYTES = 16;
export const RECORD_BYTES = CHUNK_BYTES + ABYTES;
const ID_BYTES = 16;
export const PREFIX_BYTES = BLOB_MAGIC.length + 1;
export const HEADER_BYTES = PREFIX_BYTES + NONCE_PREFIX_BYTES + 2 * ID_BYTES + 1;
/** Header, record index and final flag. */
export const AD_BYTES = HEADER_BYTES + 8 + 1;
export const KEY_BYTES = CHUNK_KEY_BYTES;

export type BlobCopy = 'original' | 'working';

/** Which attachment, of which vault, a blob file must hold: bound into every record. */
export interface BlobBinding {
  vaultId: string;
  attachmentId: string;
  copy: BlobCopy;
}

export type BlobProblem =
  | 'bad-magic'
  | 'unknown-version'
  | 'old-format'
  | 'truncated'
  | 'undecryptable'
  | 'final-not-at-end'
  | 'missing-final'
  | 'wrong-vault'
  | 'wrong-attachment'
  | 'wrong-copy'
  | 'size-mismatch'
  | 'hash-mismatch';

export function blobCorrupt(reason: BlobProblem, message: string): AppError {
  return new AppError('VAULT_CORRUPT', message, { details: { reason } });
}

const COPY_BYTE: Record<BlobCopy, number> = { original: 1, working: 2 };

function uuidBytes(id: string, what: string): Uint8Array {
  const hex = id.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new AppError('INTERNAL', `An attachment blob needs a UUID as its ${what}.`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** The 53 header bytes of a new blob: format, a fresh nonce prefix, and what it is bound to. */
export function buildBlobHeader(binding: BlobBinding, noncePrefix: Uint8Array): Uint8Array {
  if (noncePrefix.length !== NONCE_PREFIX_BYTES) throw new AppError('INTERNAL', 'A blob nonce prefix must be 16 bytes.');
  const header = new Uint8Array(HEADER_BYTES);
  header.set(BLOB_MAGIC, 0);
  header[BLOB_MAGIC.length] = BLOB_VERSION;
  header.set(noncePrefix, PREFIX_BYTES);
  header.set(uuidBytes(binding.vaultId, 'vault id'), PREFIX_BYTES + NONCE_PREFIX_BYTES);
  header.set(uuidBytes(binding.attachmentId, 'attachment id'), PREFIX_BYTES + NONCE_PREFIX_BYTES + ID_BYTES);
  header[HEADER_BYTES - 1] = COPY_BYTE[binding.copy];
  return header;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Checks magic, version and binding of the first bytes of a blob; returns the header. The ids are
 * compared here only to name the problem: the associated data is what makes them hold.
 */
export function parseBlobHeader(bytes: Uint8Array, binding: BlobBinding): Uint8Array {
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
  if (version === 1) {
    throw blobCorrupt('old-format', 'This attachment is in the first, unbound file format of a development build, which this version no longer reads.');
  }
  if (version !== BLOB_VERSION) {
    throw blobCorrupt('unknown-version', `The attachment file has an unknown format version (${version}).`);
  }
  if (bytes.length < HEADER_BYTES) {
    throw blobCorrupt('truncated', 'The attachment file is cut short: its header is incomplete.');
  }
  const header = bytes.slice(0, HEADER_BYTES);
  const expected = buildBlobHeader(binding, header.subarray(PREFIX_BYTES, PREFIX_BYTES + NONCE_PREFIX_BYTES));
  const at = PREFIX_BYTES + NONCE_PREFIX_BYTES;
  if (!sameBytes(header.subarray(at, at + ID_BYTES), expected.subarray(at, at + ID_BYTES))) {
    throw blobCorrupt('wrong-vault', 'The attachment file belongs to another vault.');
  }
  if (!sameBytes(header.subarray(at + ID_BYTES, at + 2 * ID_BYTES), expected.subarray(at + ID_BYTES, at + 2 * ID_BYTES))) {
    throw blobCorrupt('wrong-attachment', 'The attachment file holds another attachment: files were swapped or copied.');
  }
  if (header[HEADER_BYTES - 1] !== expected[HEADER_BYTES - 1]) {
    throw blobCorrupt('wrong-copy', 'The attachment file holds the other copy of this attachment.');
  }
  return header;
}

/** The nonce of record `index`: the file's random prefix and the index, little-endian. */
export function recordNonce(header: Uint8Array, index: number): Uint8Array {
  const nonce = new Uint8Array(NONCE_BYTES);
  nonce.set(header.subarray(PREFIX_BYTES, PREFIX_BYTES + NONCE_PREFIX_BYTES), 0);
  new DataView(nonce.buffer).setBigUint64(NONCE_PREFIX_BYTES, BigInt(index), true);
  return nonce;
}

/** The associated data of record `index`: header, index and whether it is the last record. */
export function recordAd(header: Uint8Array, index: number, final: boolean): Uint8Array {
  const ad = new Uint8Array(AD_BYTES);
  ad.set(header, 0);
  new DataView(ad.buffer).setBigUint64(HEADER_BYTES, BigInt(index), true);
  ad[AD_BYTES - 1] = final ? 1 : 0;
  return ad;
}

/** Where the records of a file of `fileBytes` bytes lie; VAULT_CORRUPT when no blob has that length. */
export interface BlobLayout {
  records: number;
  lastRecordBytes: number;
  plaintextBytes: number;
}

export function blobLayout(fileBytes: number): BlobLayout {
  const body = fileBytes - HEADER_BYTES;
  if (body < ABYTES) throw blobCorrupt('truncated', 'The attachment file is cut short: it holds no data.');
  const records = Math.ceil(body / RECORD_BYTES);
  const lastRecordBytes = body - (records - 1) * RECORD_BYTES;
  if (lastRecordBytes < ABYTES) {
    throw blobCorrupt('truncated', 'The attachment file is cut short or has stray bytes at its end.');
  }
  return { records, lastRecordBytes, plaintextBytes: body - records * ABYTES };
}

/** Seals and opens the records of one blob, each with its own nonce and associated data. */
export interface BlobCipher {
  /** The record for plaintext chunk `index`. */
  seal(index: number, final: boolean, plaintext: Uint8Array): Uint8Array;
  /** The plaintext of record `index` sealed with this final flag, or null when it does not open so. */
  open(index: number, final: boolean, record: Uint8Array): Uint8Array | null;
  /** Zeroes the key and every buffer of the cipher. */
  dispose(): void;
}

/** The cipher of the blob that starts with `header`, under the vault's attachments key. */
export async function blobCipher(key: Uint8Array, header: Uint8Array): Promise<BlobCipher> {
  const cipher = await ChunkCipher.create(key, { recordBytes: RECORD_BYTES, adBytes: AD_BYTES });
  return {
    seal: (index, final, plaintext) => cipher.seal(recordNonce(header, index), recordAd(header, index, final), plaintext),
    open: (index, final, record) => cipher.open(recordNonce(header, index), recordAd(header, index, final), record),
    dispose: () => cipher.dispose(),
  };
}
