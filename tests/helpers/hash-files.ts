import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { snapshotFiles } from './temp';

/**
 * The SHA-256 of every file below a folder, by relative path: a byte-identical comparison that
 * stays fast (deep equality over Buffers compares element by element).
 */
export async function hashFiles(folder: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const [path, bytes] of await snapshotFiles(folder)) {
    hashes[relative(folder, path)] = createHash('sha256').update(bytes).digest('hex');
  }
  return hashes;
}
