import { access, link, open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { AppError } from '../../../shared/errors';
import { randomHex } from '../crypto/random';
import { syncFolder } from '../fs/atomic-write';

/** Where a plain copy of an attachment goes: chosen by the host, never by the page. */
export interface SaveTarget {
  path: string;
  /** True when the user already agreed to replace an existing file (the system's save dialog asks). */
  overwrite: boolean;
}

/**
 * Writes `plaintext` to `target` outside the vault: under a temporary name beside the target,
 * flushed, then put in place (docs/security.md S19), so the target is never half a file. The
 * stream is expected to check itself (AttachmentStore.stream withholds its last chunk until the
 * recorded SHA-256 matches), so a failed check leaves no file. Returns the bytes written.
 */
export async function writePlainCopy(plaintext: AsyncIterable<Uint8Array>, target: SaveTarget, vaultFolder: string): Promise<number> {
  const destination = resolve(target.path);
  // Nothing outside the vault's own code may write in it (docs/security.md S35), least of all plaintext.
  if (await insideFolder(destination, vaultFolder)) {
    throw new AppError('FORBIDDEN', 'A plain copy cannot be saved inside the vault folder.');
  }
  const folder = dirname(destination);
  const temp = join(folder, `.${basename(destination)}.${randomHex(6)}.tmp`);
  let placed = false;
  let size = 0;
  try {
    let handle: FileHandle;
    try {
      handle = await open(temp, 'wx', 0o600);
    } catch {
      throw new AppError('IO_FAILED', 'The copy could not be written in the chosen folder.');
    }
    try {
      for await (const chunk of plaintext) {
        await writeAll(handle, chunk);
        size += chunk.length;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await placeFile(temp, destination, target.overwrite);
    placed = true;
    await syncFolder(folder);
  } finally {
    if (!placed) await unlink(temp).catch(() => undefined);
  }
  return size;
}

/*
 * Compared as real paths, so a link to the vault folder does not get past it, and without case on
 * the systems whose file names ignore it.
 */
export async function insideFolder(path: string, folder: string): Promise<boolean> {
  const fold = (text: string) => (process.platform === 'win32' || process.platform === 'darwin' ? text.toLowerCase() : text);
  const root = fold(await realpath(folder).catch(() => resolve(folder)));
  const parent = fold(await realpath(dirname(path)).catch(() => resolve(dirname(path))));
  const candidate = join(parent, fold(basename(path)));
  return candidate === root || candidate.startsWith(root + sep);
}

/** Puts the finished temporary file in place; without `overwrite`, an existing file is left alone. */
async function placeFile(temp: string, target: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(temp, target);
    return;
  }
  const exists = (): AppError => new AppError('CONFLICT', 'A file with that name exists already; nothing was replaced.');
  try {
    // A hard link fails if the target exists, with no window between check and write.
    await link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
    // No hard links on this file system (FAT on a USB stick, some shares): check, then rename.
    if (await access(target).then(() => true, () => false)) throw exists();
    await rename(temp, target);
    return;
  }
  await unlink(temp);
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, null);
    written += bytesWritten;
  }
}
