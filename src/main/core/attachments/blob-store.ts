import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { createSha256 } from '../crypto/hash';
import { randomBytes, randomHex } from '../crypto/random';
import { syncFolder } from '../fs/atomic-write';
import {
  CHUNK_BYTES,
  HEADER_BYTES,
  NONCE_PREFIX_BYTES,
  RECORD_BYTES,
  blobCipher,
  blobCorrupt,
  blobLayout,
  buildBlobHeader,
  parseBlobHeader,
  type BlobBinding,
  type BlobCipher,
  type BlobLayout,
} from './blob-format';

export type BlobSource = AsyncIterable<Uint8Array> | NodeJS.ReadableStream;

export interface WriteBlobOptions {
  /** Plaintext bytes encrypted and written so far, after each record. */
  onProgress?(bytesDone: number): void;
}

export interface BlobDigest {
  /** SHA-256 of the plaintext, lower-case hex: the chain-of-custody hash taken at intake. */
  sha256: string;
  size: number;
}

/**
 * Encrypts `source` into `targetPath` in the blob format of blob-format.ts, bound to `binding`,
 * hashing the plaintext on the way, one chunk in memory at a time. The digest is of the bytes this
 * writer actually took from the source. Written under a temporary name in the same folder, flushed
 * and renamed, so after a crash the target is absent or complete (docs/security.md S19).
 */
export async function writeEncryptedBlob(
  key: Uint8Array,
  binding: BlobBinding,
  source: BlobSource,
  targetPath: string,
  options: WriteBlobOptions = {},
): Promise<BlobDigest> {
  const header = buildBlobHeader(binding, randomBytes(NONCE_PREFIX_BYTES));
  const cipher = await blobCipher(key, header);
  const temp = join(dirname(targetPath), `.${basename(targetPath)}.${randomHex(6)}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o600);
    let digest: BlobDigest;
    try {
      await writeAll(handle, header);
      digest = await encryptInto(cipher, source, handle, options.onProgress);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, targetPath);
    renamed = true;
    await syncFolder(dirname(targetPath));
    return digest;
  } finally {
    cipher.dispose();
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

async function encryptInto(
  cipher: BlobCipher,
  source: BlobSource,
  handle: FileHandle,
  onProgress: ((bytesDone: number) => void) | undefined,
): Promise<BlobDigest> {
  const chunk = new Uint8Array(CHUNK_BYTES);
  // One write in flight while the next chunk is read, hashed and sealed: sealing (WebAssembly,
  // on this thread) and writing (the thread pool) overlap instead of taking turns. Writes still
  // go one after another, in order.
  let pending: Promise<void> = Promise.resolve();
  try {
    const hash = createSha256();
    let fill = 0;
    let size = 0;
    let index = 0;
    const sealChunk = async (final: boolean): Promise<void> => {
      const record = cipher.seal(index, final, chunk.subarray(0, fill));
      const bytes = fill;
      index += 1;
      fill = 0;
      await pending;
      pending = writeAll(handle, record).then(() => {
        size += bytes;
        onProgress?.(size);
      });
      // Awaited below or by the next chunk; this only keeps a failure from going unobserved meanwhile.
      pending.catch(() => undefined);
    };
    for await (const piece of source as AsyncIterable<Uint8Array | string>) {
      if (typeof piece === 'string') {
        throw new AppError('INTERNAL', 'An attachment source must yield bytes, not text.');
      }
      hash.update(piece);
      let offset = 0;
      while (offset < piece.length) {
        // A full chunk is sealed only once more bytes arrive, so the last chunk, even when full,
        // is the one sealed as final and no empty trailing record is ever needed.
        if (fill === CHUNK_BYTES) await sealChunk(false);
        const take = Math.min(CHUNK_BYTES - fill, piece.length - offset);
        chunk.set(piece.subarray(offset, offset + take), fill);
        fill += take;
        offset += take;
      }
    }
    await sealChunk(true);
    await pending;
    return { sha256: hash.digestHex(), size };
  } finally {
    // No write may still be running when the caller closes the file.
    await pending.catch(() => undefined);
    chunk.fill(0);
  }
}

/** One blob file opened for reading: any chunk, in any order, each authenticated on its own. */
export interface BlobReader {
  readonly layout: BlobLayout;
  /** Plaintext of chunk `index` (0-based); VAULT_CORRUPT unless that record is intact and in place. */
  readChunk(index: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Opens a blob for random access. The header's format and binding and the file's length are
 * checked here; each record is checked when read, with the final flag it must carry at its place
 * (the last record final, every other not), which is what refuses truncation and trailing records
 * (docs/security.md S22). A seek read proves only the chunks it returns; the whole is proven by a
 * read to the end (openDecryptedBlob) together with the SHA-256 recorded for the attachment.
 */
export async function openBlobReader(key: Uint8Array, binding: BlobBinding, path: string): Promise<BlobReader> {
  const handle = await openForReading(path);
  let cipher: BlobCipher | undefined;
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(HEADER_BYTES);
    const header = parseBlobHeader(head.subarray(0, await readAt(handle, head, 0)), binding);
    const layout = blobLayout(size);
    const opened = await blobCipher(key, header);
    cipher = opened;
    const record = new Uint8Array(RECORD_BYTES);
    return {
      layout,
      async readChunk(index) {
        if (!Number.isSafeInteger(index) || index < 0 || index >= layout.records) {
          throw new AppError('INTERNAL', 'No such chunk in the attachment.');
        }
        const last = index === layout.records - 1;
        const length = last ? layout.lastRecordBytes : RECORD_BYTES;
        const got = await readAt(handle, record.subarray(0, length), HEADER_BYTES + index * RECORD_BYTES);
        if (got !== length) throw blobCorrupt('truncated', 'The attachment file changed while it was read.');
        const bytes = record.subarray(0, length);
        const plain = opened.open(index, last, bytes);
        if (plain) return plain;
        // Only to name the problem: a record that opens with the other flag is in the wrong place.
        if (opened.open(index, !last, bytes)) {
          throw last
            ? blobCorrupt('missing-final', 'The attachment file is cut short: its end marker is missing.')
            : blobCorrupt('final-not-at-end', 'The attachment file has data after its end marker.');
        }
        throw blobCorrupt(
          'undecryptable',
          index === 0
            ? 'The attachment cannot be decrypted: the key is wrong, or the file is damaged or not the one recorded.'
            : 'The attachment file is damaged or was altered.',
        );
      },
      async close() {
        opened.dispose();
        record.fill(0);
        await handle.close();
      },
    };
  } catch (error) {
    cipher?.dispose();
    await handle.close();
    throw error;
  }
}

/**
 * The plaintext of a blob, chunk by chunk, from the first record to the last. Chunks already
 * yielded are authentic and in place, but the whole is only proven once iteration finishes
 * without throwing: a consumer that writes plaintext somewhere must not treat it as complete
 * before that (AttachmentStore.stream also checks the recorded SHA-256 before its last chunk).
 */
export async function* openDecryptedBlob(key: Uint8Array, binding: BlobBinding, path: string): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = await openBlobReader(key, binding, path);
  try {
    for (let index = 0; index < reader.layout.records; index += 1) {
      const chunk = await reader.readChunk(index);
      if (chunk.length > 0) yield chunk;
    }
  } finally {
    await reader.close();
  }
}

/** Decrypts the whole blob and checks its plaintext hash; VAULT_CORRUPT when anything differs. */
export async function verifyBlob(key: Uint8Array, binding: BlobBinding, path: string, expectedSha256: string): Promise<BlobDigest> {
  const hash = createSha256();
  let size = 0;
  for await (const chunk of openDecryptedBlob(key, binding, path)) {
    hash.update(chunk);
    size += chunk.length;
  }
  const sha256 = hash.digestHex();
  if (sha256 !== expectedSha256.toLowerCase()) {
    throw blobCorrupt('hash-mismatch', 'The attachment does not match the hash recorded when it was added.');
  }
  return { sha256, size };
}

async function openForReading(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('NOT_FOUND', 'The attachment file is missing from the vault.');
    }
    throw new AppError('IO_FAILED', 'The attachment file could not be opened.');
  }
}

/** Fills `buffer` from `position` unless the file ends first; returns how many bytes were read. */
async function readAt(handle: FileHandle, buffer: Uint8Array, position: number): Promise<number> {
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, null);
    written += bytesWritten;
  }
}
