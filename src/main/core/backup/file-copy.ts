import { createReadStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createSha256 } from '../crypto/hash';
import { randomHex } from '../crypto/random';
import { syncFolder } from '../fs/atomic-write';

export interface FileDigest {
  sha256: string;
  size: number;
}

/** SHA-256 and length of a file, read in pieces; null when it is not there. */
export async function hashFile(path: string, onBytes?: (n: number) => void): Promise<FileDigest | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const hash = createSha256();
  let size = 0;
  for await (const piece of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(piece);
    size += piece.length;
    onBytes?.(piece.length);
  }
  return { sha256: hash.digestHex(), size };
}

/**
 * Copies `source` to `target` through a temporary name in the target's folder, flushed and then
 * renamed, hashing the bytes on the way (docs/security.md S19). `expect`, when given, must match
 * before the rename: a copy that differs never takes the target's name.
 */
export async function copyFileAtomic(
  source: string,
  target: string,
  options: { expect?: FileDigest; onBytes?: (n: number) => void; mismatch?: () => Error } = {},
): Promise<FileDigest> {
  const temp = join(dirname(target), `.${basename(target)}.${randomHex(6)}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o600);
    const hash = createSha256();
    let size = 0;
    try {
      for await (const piece of createReadStream(source) as AsyncIterable<Buffer>) {
        hash.update(piece);
        size += piece.length;
        await handle.write(piece);
        options.onBytes?.(piece.length);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    const digest = { sha256: hash.digestHex(), size };
    if (options.expect && (options.expect.sha256 !== digest.sha256 || options.expect.size !== digest.size)) {
      throw options.mismatch?.() ?? new Error('copy differs from what was expected');
    }
    await rename(temp, target);
    renamed = true;
    return digest;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

export { syncFolder };
