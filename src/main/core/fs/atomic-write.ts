import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomHex } from '../crypto/random';

export type WriteStep = 'opened' | 'written' | 'synced' | 'renamed';

export interface AtomicWriteOptions {
  mode?: number;
  /** Called after each step; a throw here stands for a crash at that point (tests inject faults). */
  onStep?: (step: WriteStep) => void;
}

/**
 * Write to a temporary name in the same folder, flush, rename over the target, flush the folder:
 * after a crash the target is the old version or the new one, never a mixture (docs/security.md S19).
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomHex(6)}.tmp`);
  const step = options.onStep ?? (() => undefined);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o600);
    try {
      step('opened');
      await handle.writeFile(data);
      step('written');
      await handle.sync();
      step('synced');
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
    step('renamed');
    await syncFolder(dirname(target));
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/** Makes a rename durable; some platforms cannot open folders, which is not an error there. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows refuses to fsync a folder handle; NTFS journals the rename itself.
  } finally {
    await handle?.close();
  }
}
