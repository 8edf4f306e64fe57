import { lstat, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { ATTACHMENTS_FOLDER } from '../attachments/attachments';
import { randomHex } from '../crypto/random';
import { syncFolder } from './file-copy';
import { restoreBackup, type RestoreOptions, type RestoreResult } from './restore-backup';

function notEmpty(): AppError {
  return new AppError('VAULT_EXISTS', 'The vault folder is not empty; a restore never writes over what is there. Nothing was restored.');
}

/**
 * True when the folder is missing, or an empty folder holding at most an empty attachments
 * folder (what a failed create leaves). Anything else stays untouched (docs/security.md S35).
 */
async function replaceable(folder: string): Promise<boolean> {
  const info = await lstat(folder).catch(() => null);
  if (info === null) return true;
  if (!info.isDirectory()) return false;
  const entries = await readdir(folder, { withFileTypes: true });
  const [only, ...more] = entries;
  if (only === undefined) return true;
  if (more.length > 0 || only.name !== ATTACHMENTS_FOLDER || !only.isDirectory()) return false;
  return (await readdir(join(folder, ATTACHMENTS_FOLDER))).length === 0;
}

/** rmdir removes only empty folders, so whatever appeared meanwhile makes this throw, not vanish. */
async function removeEmpty(folder: string): Promise<void> {
  const gone = (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  };
  await rmdir(join(folder, ATTACHMENTS_FOLDER)).catch(gone);
  await rmdir(folder).catch(gone);
}

/**
 * Restores a backup as the app's own vault folder, which may already exist empty. restoreBackup
 * refuses an existing target, so the restore makes a new folder beside it, checked in full there;
 * only then is the empty folder removed and the restored one renamed into its place
 * (docs/security.md S20). The restored vault is left locked.
 */
export async function restoreIntoFolder(backupPath: string, folder: string, options: RestoreOptions): Promise<RestoreResult> {
  if (!(await replaceable(folder))) throw notEmpty();
  const staging = join(dirname(folder), `.${basename(folder)}.restored-${randomHex(4)}`);
  const result = await restoreBackup(backupPath, staging, options);
  try {
    await removeEmpty(folder);
    await rename(staging, folder);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') throw notEmpty();
    throw new AppError('IO_FAILED', 'The restored vault could not be moved into place; nothing was restored. Check that the drive is writable.');
  }
  await syncFolder(dirname(folder));
  return { ...result, folder };
}
