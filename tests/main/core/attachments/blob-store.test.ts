import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ABYTES, CHUNK_BYTES, HEADER_BYTES, type BlobBinding } from '../../../../src/main/core/attachments/blob-format';
import { openDecryptedBlob, verifyBlob, writeEncryptedBlob } from '../../../../src/main/core/attachments/blob-store';
import { loadSodium } from '../../../../src/main/core/crypto/sodium';
import { expectAppError } from '../../../helpers/expect-error';
import { filesContaining, tempFolder } from '../../../helpers/temp';

const key = randomBytes(32);
const binding: BlobBinding = { vaultId: randomUUID(), attachmentId: randomUUID(), copy: 'original' };

async function readBack(path: string, withKey: Uint8Array = key): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of openDecryptedBlob(withKey, binding, path)) parts.push(chunk);
  return Buffer.concat(parts);
}

/** Yields `data` in pieces of the given sizes, cycling, so re-chunking sees awkward boundaries. */
async function* pieces(data: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < data.length; i += 1) {
    const size = sizes[i % sizes.length] ?? 1;
    yield data.subarray(offset, offset + size);
    offset += size;
  }
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function expectedFileSize(plaintextBytes: number): number {
  const records = Math.max(1, Math.ceil(plaintextBytes / CHUNK_BYTES));
  return HEADER_BYTES + records * ABYTES + plaintextBytes;
}

describe('encrypted attachment blobs: round trip', () => {
  const sizes: [string, number][] = [
    ['empty', 0],
    ['one byte', 1],
    ['small', 1000],
    ['one byte short of a chunk', CHUNK_BYTES - 1],
    ['exactly one chunk', CHUNK_BYTES],
    ['one byte past a chunk', CHUNK_BYTES + 1],
    ['exactly three chunks', 3 * CHUNK_BYTES],
    ['several chunks and a bit', 4 * CHUNK_BYTES + 12_345],
  ];

  it.each(sizes)('%s (%i bytes) comes back byte-identical with its SHA-256', async (_name, size) => {
    const folder = await tempFolder();
    const target = join(folder, 'blob');
    const plaintext = randomBytes(size);
    const digest = await writeEncryptedBlob(key, binding, pieces(plaintext, [7, 70_000, 1, 65_535, 4096]), target);
    expect(digest).toEqual({ sha256: sha256(plaintext), size });
    expect((await stat(target)).size).toBe(expectedFileSize(size));
    expect((await readBack(target)).equals(plaintext)).toBe(true);
    expect(await verifyBlob(key, binding, target, digest.sha256)).toEqual(digest);
    expect(await readdir(folder)).toEqual(['blob']);
  });

  it('accepts Node readable streams, including a file stream', async () => {
    const folder = await tempFolder();
    const plaintext = randomBytes(3 * CHUNK_BYTES + 5);
    await writeFile(join(folder, 'plain'), plaintext);
    const fromFile = await writeEncryptedBlob(key, binding, createReadStream(join(folder, 'plain'), { highWaterMark: 10_000 }), join(folder, 'a'));
    const fromReadable = await writeEncryptedBlob(key, binding, Readable.from([plaintext.subarray(0, 9), plaintext.subarray(9)]), join(folder, 'b'));
    expect(fromFile.sha256).toBe(sha256(plaintext));
    expect(fromReadable.sha256).toBe(sha256(plaintext));
    expect((await readBack(join(folder, 'a'))).equals(plaintext)).toBe(true);
    expect((await readBack(join(folder, 'b'))).equals(plaintext)).toBe(true);
  });

  it('encrypts the same plaintext differently each time and writes owner-only files', async () => {
    const folder = await tempFolder();
    const plaintext = randomBytes(2000);
    await writeEncryptedBlob(key, binding, pieces(plaintext, [2000]), join(folder, 'a'));
    await writeEncryptedBlob(key, binding, pieces(plaintext, [2000]), join(folder, 'b'));
    const [a, b] = await Promise.all([readFile(join(folder, 'a')), readFile(join(folder, 'b'))]);
    expect(a.subarray(0, 4)).toEqual(b.subarray(0, 4));
    expect(a.subarray(4).equals(b.subarray(4))).toBe(false);
    expect((await stat(join(folder, 'a'))).mode & 0o077).toBe(0);
  });

  it('reports progress after each record, ending at the full size', async () => {
    const folder = await tempFolder();
    const plaintext = randomBytes(2 * CHUNK_BYTES + 10);
    const seen: number[] = [];
    await writeEncryptedBlob(key, binding, pieces(plaintext, [50_000]), join(folder, 'blob'), { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([CHUNK_BYTES, 2 * CHUNK_BYTES, 2 * CHUNK_BYTES + 10]);
  });

  it('verifyBlob refuses a blob whose plaintext does not match the recorded hash', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'blob');
    const digest = await writeEncryptedBlob(key, binding, pieces(Buffer.from('testimony audio'), [100]), target);
    expect((await verifyBlob(key, binding, target, digest.sha256.toUpperCase())).sha256).toBe(digest.sha256);
    const error = await expectAppError(verifyBlob(key, binding, target, sha256(Buffer.from('something else'))), 'VAULT_CORRUPT');
    expect(error.details?.reason).toBe('hash-mismatch');
  });

  it('refuses a key that is not 32 bytes, a text source and a missing file', async () => {
    const folder = await tempFolder();
    await expectAppError(writeEncryptedBlob(randomBytes(16), binding, pieces(Buffer.from('x'), [1]), join(folder, 'a')), 'INTERNAL');
    const text = Readable.from(['not bytes'], { objectMode: true });
    await expectAppError(writeEncryptedBlob(key, binding, text, join(folder, 'b')), 'INTERNAL');
    await expectAppError(readBack(join(folder, 'missing')), 'NOT_FOUND');
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('S10: nothing readable in the blob file', () => {
  it('a phrase written in the plaintext appears nowhere in the encrypted file', async () => {
    const folder = await tempFolder();
    const phrase = 'Detained at the Kashgar facility on 12 March, released to relatives';
    const plaintext = Buffer.concat([
      Buffer.from(phrase.repeat(3000), 'utf8'),
      Buffer.from(phrase, 'utf16le'),
      Buffer.from(`${phrase}\n`, 'utf8'),
    ]);
    await writeEncryptedBlob(key, binding, pieces(plaintext, [CHUNK_BYTES / 2]), join(folder, 'blob'));
    expect(await filesContaining(folder, phrase)).toEqual([]);
    expect(await filesContaining(folder, 'Kashgar')).toEqual([]);
  });
});

describe('S19: atomic blob writes', () => {
  async function* failingAfter(bytes: number): AsyncGenerator<Uint8Array> {
    yield randomBytes(bytes);
    throw new Error('source failed');
  }

  it.each([0, 10, CHUNK_BYTES, 3 * CHUNK_BYTES + 1])(
    'a source that throws after %i bytes leaves no target and no temporary file',
    async (bytes) => {
      const folder = await tempFolder();
      await expect(writeEncryptedBlob(key, binding, failingAfter(bytes), join(folder, 'blob'))).rejects.toThrow('source failed');
      expect(await readdir(folder)).toEqual([]);
    },
  );

  it('a failure mid-way keeps the previous version of the target intact', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'blob');
    const old = randomBytes(5000);
    const digest = await writeEncryptedBlob(key, binding, pieces(old, [5000]), target);
    const crash = writeEncryptedBlob(key, binding, pieces(randomBytes(4 * CHUNK_BYTES), [CHUNK_BYTES]), target, {
      onProgress: (done) => {
        if (done >= 2 * CHUNK_BYTES) throw new Error('crash while writing');
      },
    });
    await expect(crash).rejects.toThrow('crash while writing');
    expect(await readdir(folder)).toEqual(['blob']);
    await verifyBlob(key, binding, target, digest.sha256);
  });

  it('a target folder that does not exist fails without leaving anything behind', async () => {
    const folder = await tempFolder();
    await expect(writeEncryptedBlob(key, binding, pieces(Buffer.from('x'), [1]), join(folder, 'no', 'blob'))).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('S16: the attachments key does not stay in the WebAssembly heap', () => {
  it('after writing and reading a blob, the key bytes are nowhere in libsodium memory', async () => {
    const sodium = await loadSodium();
    const fresh = randomBytes(32);
    const folder = await tempFolder();
    const target = join(folder, 'blob');
    const plaintext = randomBytes(2 * CHUNK_BYTES + 3);
    await writeEncryptedBlob(fresh, binding, pieces(plaintext, [10_000]), target);
    expect((await readBack(target, fresh)).equals(plaintext)).toBe(true);
    // The raw Emscripten module the wrappers keep public but do not type.
    const heap = (sodium as unknown as { libsodium: { HEAPU8: Uint8Array } }).libsodium.HEAPU8;
    expect(heap.length).toBeGreaterThan(0);
    expect(Buffer.from(heap.buffer, heap.byteOffset, heap.length).indexOf(fresh)).toBe(-1);
  });
});
