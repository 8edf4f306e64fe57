import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlobBinding } from '../../../../src/main/core/attachments/blob-format';
import { openDecryptedBlob, writeEncryptedBlob } from '../../../../src/main/core/attachments/blob-store';
import { tempFolder } from '../../../helpers/temp';

const TOTAL_BYTES = 300 * 1024 * 1024;
const MAX_RSS_GROWTH = 64 * 1024 * 1024;
const key = randomBytes(32);
const binding: BlobBinding = { vaultId: randomUUID(), attachmentId: randomUUID(), copy: 'original' };

/** Peak resident memory above the level when sampling started, sampled on a timer and on demand. */
function rssSampler(): { sample(): void; stop(): number } {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 25);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak - baseline;
    },
  };
}

/**
 * TOTAL_BYTES of varied content made on the fly in one reused random block, in pieces of an odd size so
 * that they never line up with the blob's chunks. The plaintext hash is taken here, independently.
 */
async function* generated(hash: ReturnType<typeof createHash>, onPiece: () => void): AsyncGenerator<Uint8Array> {
  const block = randomBytes(1024 * 1024 + 7);
  let sent = 0;
  for (let n = 0; sent < TOTAL_BYTES; n += 1) {
    // The same buffer, rewritten for every piece: the writer must not keep what it was given.
    block.writeUInt32BE(n, 0);
    const piece = block.subarray(0, Math.min(block.length, TOTAL_BYTES - sent));
    hash.update(piece);
    sent += piece.length;
    onPiece();
    yield piece;
  }
}

const mbPerSecond = (bytes: number, ms: number): number => Math.round((bytes / 1024 / 1024 / (ms / 1000)) * 10) / 10;

describe('encrypted attachment blobs: large files', () => {
  it('streams 300 MB in and out identically without holding it in memory', { timeout: 600_000 }, async () => {
    const folder = await tempFolder();
    const target = join(folder, 'recording.blob');

    const sourceHash = createHash('sha256');
    const writeMemory = rssSampler();
    const writeStart = performance.now();
    const digest = await writeEncryptedBlob(key, binding, generated(sourceHash, writeMemory.sample), target);
    const writeMs = performance.now() - writeStart;
    const writeGrowth = writeMemory.stop();

    expect(digest.size).toBe(TOTAL_BYTES);
    expect(digest.sha256).toBe(sourceHash.digest('hex'));
    expect((await stat(target)).size).toBeGreaterThan(TOTAL_BYTES);

    const readHash = createHash('sha256');
    let readBytes = 0;
    const readMemory = rssSampler();
    const readStart = performance.now();
    for await (const chunk of openDecryptedBlob(key, binding, target)) {
      readHash.update(chunk);
      readBytes += chunk.length;
      if ((readBytes & 0xfffff) === 0) readMemory.sample();
    }
    const readMs = performance.now() - readStart;
    const readGrowth = readMemory.stop();

    expect(readBytes).toBe(TOTAL_BYTES);
    expect(readHash.digest('hex')).toBe(digest.sha256);
    expect(writeGrowth).toBeLessThan(MAX_RSS_GROWTH);
    expect(readGrowth).toBeLessThan(MAX_RSS_GROWTH);
    console.info(
      `300 MB blob: write ${mbPerSecond(TOTAL_BYTES, writeMs)} MB/s (peak RSS +${Math.round(writeGrowth / 2 ** 20)} MB), ` +
        `read ${mbPerSecond(TOTAL_BYTES, readMs)} MB/s (peak RSS +${Math.round(readGrowth / 2 ** 20)} MB)`,
    );
  });
});
