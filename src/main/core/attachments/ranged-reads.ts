import { createSha256, type Sha256 } from '../crypto/hash';
import { blobCorrupt, CHUNK_BYTES, type BlobBinding, type BlobCopy } from './blob-format';
import { openBlobReader, verifyBlob } from './blob-store';

/** Sequential read sessions remembered for the hash check at their end. */
const MAX_READ_CURSORS = 16;

interface ReadCursor {
  next: number;
  hash: Sha256;
}

export /** Which stored copy a request gets, and what that copy must hash to. */
interface CopySource {
  which: BlobCopy;
  sha256: string;
  /** Plaintext bytes, when recorded (the original's). */
  size: number | null;
}

export /** The end of a full read: the plaintext must be the size and hash recorded for the copy. */
function checkWhole(source: CopySource, total: number, sha256: string): void {
  if ((source.size !== null && total !== source.size) || sha256 !== source.sha256.toLowerCase()) {
    throw blobCorrupt('hash-mismatch', 'The attachment does not match the hash recorded when it was added.');
  }
}

/** One copy of one attachment, ready to be read. */
export interface RangeTarget {
  id: string;
  source: CopySource;
  binding: BlobBinding;
  path: string;
}

/**
 * Ranged reads of attachments for the page, which asks for a file a piece at a time. Each read
 * decrypts only the chunks that hold its range; reads that go front to back without a gap are
 * hashed as they pass, so the hash check at the end costs no second pass.
 */
export class RangedReads {
  private readonly cursors = new Map<string, ReadCursor>();

  constructor(private readonly key: Uint8Array) {}

  /**
   * Up to `length` bytes from `offset`; `eof` once the read reaches the end. Only the chunks that
   * hold the range are decrypted, so reading a file front to back costs one pass. Reads that go
   * front to back without a gap are hashed as they pass; the read that reaches the end is
   * answered only if the whole matches the recorded SHA-256 (for a reader that skipped around,
   * the file is verified in full at that point), so its bytes are withheld on a mismatch.
   */
  async read(target: RangeTarget, offset: number, length: number): Promise<{ chunk: string; eof: boolean }> {
    const { id, source, binding, path } = target;
    const reader = await openBlobReader(this.key, binding, path);
    let bytes: Buffer;
    let end: number;
    let total: number;
    try {
      total = reader.layout.plaintextBytes;
      if (source.size !== null && total !== source.size) {
        throw blobCorrupt('size-mismatch', 'The attachment file does not have the size recorded when it was added.');
      }
      end = Math.min(total, offset + length);
      const parts: Uint8Array[] = [];
      if (offset < end) {
        for (let index = Math.floor(offset / CHUNK_BYTES); index <= Math.floor((end - 1) / CHUNK_BYTES); index += 1) {
          const plain = await reader.readChunk(index);
          const start = index * CHUNK_BYTES;
          parts.push(plain.subarray(Math.max(0, offset - start), Math.min(plain.length, end - start)));
        }
      } else if (total === 0) {
        await reader.readChunk(0);
      }
      bytes = Buffer.concat(parts);
    } finally {
      await reader.close();
    }
    const eof = end >= total;
    if (offset >= end && total > 0) return { chunk: '', eof: true };
    const key = `${id}/${source.which}`;
    let cursor = offset === 0 ? { next: 0, hash: createSha256() } : this.cursors.get(key);
    this.cursors.delete(key);
    if (cursor && cursor.next !== offset) cursor = undefined;
    if (cursor) {
      cursor.hash.update(bytes);
      cursor.next = end;
    }
    if (eof) {
      if (cursor) checkWhole(source, total, cursor.hash.digestHex());
      else await verifyBlob(this.key, binding, path, source.sha256);
    } else if (cursor) {
      this.cursors.set(key, cursor);
      if (this.cursors.size > MAX_READ_CURSORS) this.cursors.delete(this.cursors.keys().next().value as string);
    }
    return { chunk: bytes.toString('base64'), eof };
  }

  /** Forgets the read sessions of purged attachments. */
  forget(id: string): void {
    for (const key of [...this.cursors.keys()]) if (key.startsWith(`${id}/`)) this.cursors.delete(key);
  }

  clear(): void {
    this.cursors.clear();
  }
}
