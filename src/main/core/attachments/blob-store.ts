import { createHash, randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { syncFolder } from '../fs/atomic-write';
import { loadSodium, type Sodium } from '../crypto/sodium';
import {
  ABYTES,
  CHUNK_BYTES,
  HEADER_BYTES,
  RECORD_BYTES,
  blobCorrupt,
  blobPrefix,
  checkBlobKey,
  parseBlobHeader,
  releaseStreamState,
} from './blob-format';

type StreamState = ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>;

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
 * Encrypts `source` into `targetPath` in the blob format of blob-format.ts, hashing the plaintext
 * on the way, one chunk in memory at a time. Written under a temporary name in the same folder,
 * flushed and renamed, so after a crash the target is absent or complete (SECURITY.md S19).
 *
 * The vault's attachments key is used directly for every blob: secretstream starts each stream
 * from a random 192-bit header and derives that stream's own subkey and nonce from it, so one key
 * for many streams is what the construction is made for, with no nonce or per-blob key to store.
 * Two whole blob files swapped between attachments both still decrypt; the SHA-256 kept with each
 * attachment record is what catches that (verifyBlob).
 */
export async function writeEncryptedBlob(
  key: Uint8Array,
  source: BlobSource,
  targetPath: string,
  options: WriteBlobOptions = {},
): Promise<BlobDigest> {
  const sodium = await loadSodium();
  checkBlobKey(sodium, key);
  const temp = join(dirname(targetPath), `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o600);
    let digest: BlobDigest;
    try {
      digest = await encryptInto(sodium, key, source, handle, options.onProgress);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, targetPath);
    renamed = true;
    await syncFolder(dirname(targetPath));
    return digest;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

async function encryptInto(
  sodium: Sodium,
  key: Uint8Array,
  source: BlobSource,
  handle: FileHandle,
  onProgress: ((bytesDone: number) => void) | undefined,
): Promise<BlobDigest> {
  const prefix = blobPrefix();
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const chunk = new Uint8Array(CHUNK_BYTES);
  try {
    await writeAll(handle, Buffer.concat([prefix, header]));
    const hash = createHash('sha256');
    let fill = 0;
    let size = 0;
    const pushChunk = async (tag: number): Promise<void> => {
      const record = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk.subarray(0, fill), prefix, tag);
      await writeAll(handle, record);
      size += fill;
      fill = 0;
      onProgress?.(size);
    };
    for await (const piece of source as AsyncIterable<Uint8Array | string>) {
      if (typeof piece === 'string') {
        throw new AppError('INTERNAL', 'An attachment source must yield bytes, not text.');
      }
      hash.update(piece);
      let offset = 0;
      while (offset < piece.length) {
        // A full chunk is pushed only once more bytes arrive, so the last chunk, even when full,
        // is the one that gets TAG_FINAL and no empty trailing record is ever needed.
        if (fill === CHUNK_BYTES) await pushChunk(sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        const take = Math.min(CHUNK_BYTES - fill, piece.length - offset);
        chunk.set(piece.subarray(offset, offset + take), fill);
        fill += take;
        offset += take;
      }
    }
    await pushChunk(sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    return { sha256: hash.digest('hex'), size };
  } finally {
    chunk.fill(0);
    releaseStreamState(sodium, state);
  }
}

/**
 * The plaintext of a blob, chunk by chunk. Fails with VAULT_CORRUPT on anything but an intact
 * stream that ends with TAG_FINAL exactly at the end of the file (SECURITY.md S22). Chunks already
 * yielded are authentic, but the whole is only proven once iteration finishes without throwing:
 * a consumer that writes plaintext somewhere must not treat it as complete before that.
 */
export async function* openDecryptedBlob(key: Uint8Array, path: string): AsyncGenerator<Uint8Array, void, undefined> {
  const sodium = await loadSodium();
  checkBlobKey(sodium, key);
  const handle = await openForReading(path);
  let state: StreamState | undefined;
  try {
    const head = new Uint8Array(HEADER_BYTES);
    const streamHeader = parseBlobHeader(head.subarray(0, await readFully(handle, head)));
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(streamHeader, key);
    const prefix = blobPrefix();

    // One record of look-ahead: a record is the last one exactly when nothing follows it.
    let current = new Uint8Array(RECORD_BYTES);
    let next = new Uint8Array(RECORD_BYTES);
    let currentLength = await readFully(handle, current);
    if (currentLength === 0) throw blobCorrupt('truncated', 'The attachment file is cut short: it holds no data.');
    for (let index = 0; ; index += 1) {
      const nextLength = await readFully(handle, next);
      const isLast = nextLength === 0;
      const opened = pullRecord(sodium, state, current.subarray(0, currentLength), prefix);
      if (!opened) {
        throw isLast && currentLength < ABYTES
          ? blobCorrupt('truncated', 'The attachment file is cut short.')
          : blobCorrupt(
              'undecryptable',
              index === 0
                ? 'The attachment cannot be decrypted: the key is wrong or the file is damaged.'
                : 'The attachment file is damaged or was altered.',
            );
      }
      if (isLast) {
        if (opened.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
          throw blobCorrupt('missing-final', 'The attachment file is cut short: its end marker is missing.');
        }
      } else if (opened.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        throw blobCorrupt('final-not-at-end', 'The attachment file has data after its end marker.');
      } else if (opened.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        throw blobCorrupt('unexpected-tag', 'The attachment file holds a record this version never writes.');
      }
      if (opened.message.length > 0) yield opened.message;
      if (isLast) return;
      [current, next] = [next, current];
      currentLength = nextLength;
    }
  } finally {
    if (state !== undefined) releaseStreamState(sodium, state);
    await handle.close();
  }
}

/** Decrypts the whole blob and checks its plaintext hash; VAULT_CORRUPT when anything differs. */
export async function verifyBlob(key: Uint8Array, path: string, expectedSha256: string): Promise<BlobDigest> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of openDecryptedBlob(key, path)) {
    hash.update(chunk);
    size += chunk.length;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== expectedSha256.toLowerCase()) {
    throw blobCorrupt('hash-mismatch', 'The attachment does not match the hash recorded when it was added.');
  }
  return { sha256, size };
}

function pullRecord(
  sodium: Sodium,
  state: StreamState,
  record: Uint8Array,
  prefix: Uint8Array,
): { message: Uint8Array; tag: number } | false {
  try {
    return sodium.crypto_secretstream_xchacha20poly1305_pull(state, record, prefix);
  } catch {
    // The wrappers throw rather than return false for a record shorter than its tag.
    return false;
  }
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

/** Fills `buffer` unless the file ends first; returns how many bytes were read. */
async function readFully(handle: FileHandle, buffer: Uint8Array): Promise<number> {
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
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
