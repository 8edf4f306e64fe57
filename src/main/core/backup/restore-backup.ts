import { lstat, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { ATTACHMENTS_FOLDER } from '../attachments/attachments';
import { randomHex } from '../crypto/random';
import { sql } from '../db/sql';
import { verifyAudit } from '../store/audit-log';
import { Vault, type VaultOptions } from '../vault/vault';
import { copyFileAtomic, syncFolder } from './file-copy';
import { blobPath, isUnfinished, layoutOfSnapshot, resolveSnapshot } from './layout';
import { backupInvalid, checkManifestMac, MANIFEST_FILE, readManifest, type FileEntry } from './manifest';

/** The points between the steps of a restore, where tests inject a failure. */
export type RestoreStep = 'started' | 'files' | 'attachment' | 'opened' | 'verified' | 'closed' | 'renamed';

/** What opens the backup: its passphrase, or its recovery key together with the passphrase to set. */
export type RestoreSecret = { passphrase: string } | { recoveryKey: string; newPassphrase: string };

export interface RestoreOptions {
  secret: RestoreSecret;
  vaultOptions?: VaultOptions;
  onProgress?(done: number, total: number): void;
  /** Called after each step with the folder being built; a throw there stands for a crash at that point. */
  onStep?(step: RestoreStep, building: string): void | Promise<void>;
}

export interface RestoreResult {
  folder: string;
  vaultId: string;
  /** When the restored backup was taken. */
  backupCreatedAt: string;
  attachments: number;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

function copyInto(source: string, target: string, expected: FileEntry, what: 'file' | 'blob', onBytes: (n: number) => void): Promise<unknown> {
  return copyFileAtomic(source, target, {
    expect: expected,
    onBytes,
    mismatch: () => backupInvalid(`${what}-hash`, what === 'file' ? `The backup's ${expected.name} was changed or is damaged.` : 'An attachment in the backup was changed or is damaged.'),
  }).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw backupInvalid(`${what}-missing`, what === 'file' ? `The backup's ${expected.name} is missing.` : 'An attachment of the backup is missing from its blobs folder.');
    }
    throw error;
  });
}

/**
 * Restores a backup into a new vault folder. Everything is copied into a folder beside the target
 * and checked there: every hash against the manifest, the manifest's key, both integrity checks
 * and the audit chain. Only then does the folder take the target's name; any failure removes it,
 * and an existing target is never touched (docs/security.md S20).
 */
export async function restoreBackup(backupPath: string, targetFolder: string, options: RestoreOptions): Promise<RestoreResult> {
  const snapshot = await resolveSnapshot(resolve(backupPath));
  if (!snapshot) throw backupInvalid('not-a-backup', 'No finished Casekeep backup was found there.');
  if (isUnfinished(snapshot)) throw backupInvalid('unfinished', 'This backup was never finished; it cannot be restored. Choose another.');
  const target = resolve(targetFolder);
  if (await exists(target)) throw new AppError('VAULT_EXISTS', 'Restore makes a new vault: choose a folder that does not exist yet.');
  const manifest = await readManifest(join(snapshot, MANIFEST_FILE));
  const layout = layoutOfSnapshot(snapshot);

  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  const building = join(dirname(target), `.${basename(target)}.restoring-${randomHex(4)}`);
  const step = async (which: RestoreStep) => options.onStep?.(which, building);
  let vault: Vault | undefined;
  let renamed = false;
  try {
    await mkdir(building, { mode: 0o700 });
    await mkdir(join(building, ATTACHMENTS_FOLDER), { mode: 0o700 });
    await step('started');
    const total = [...manifest.files, ...manifest.attachments].reduce((sum, entry) => sum + entry.size, 0);
    let done = 0;
    const advance = (n: number) => {
      done += n;
      options.onProgress?.(Math.min(done, total), total);
    };
    for (const entry of manifest.files) await copyInto(join(snapshot, entry.name), join(building, entry.name), entry, 'file', advance);
    await step('files');
    for (const entry of manifest.attachments) {
      await copyInto(blobPath(layout, entry.sha256), join(building, ATTACHMENTS_FOLDER, entry.name), entry, 'blob', advance);
      await step('attachment');
    }

    vault = await openBuilt(building, options);
    if (vault.id !== manifest.vaultId) throw backupInvalid('vault-id', 'The backup\u2019s manifest names another vault.');
    checkManifestMac(vault.keys.audit, manifest);
    if ('newPassphrase' in options.secret) await vault.setPassphrase(options.secret.newPassphrase);
    await step('opened');

    await verifyRestored(vault, manifest.audit, new Set(manifest.attachments.map((entry) => entry.name)));
    await step('verified');
    await vault.lock();
    vault = undefined;
    await step('closed');

    await syncFolder(join(building, ATTACHMENTS_FOLDER));
    await syncFolder(building);
    if (await exists(target)) throw new AppError('VAULT_EXISTS', 'Something else took the target folder meanwhile; nothing was restored.');
    await rename(building, target);
    renamed = true;
    await syncFolder(dirname(target));
    await step('renamed');
    return { folder: target, vaultId: manifest.vaultId, backupCreatedAt: manifest.createdAt, attachments: manifest.attachments.length };
  } catch (error) {
    await vault?.lock().catch(() => undefined);
    if (!renamed) await rm(building, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw new AppError('IO_FAILED', 'The backup could not be restored; nothing was written. Check that the target drive is writable and not full.');
  }
}

async function openBuilt(folder: string, options: RestoreOptions): Promise<Vault> {
  try {
    return 'passphrase' in options.secret
      ? await Vault.unlock(folder, options.secret.passphrase, options.vaultOptions)
      : await Vault.unlockWithRecoveryKey(folder, options.secret.recoveryKey, options.vaultOptions);
  } catch (error) {
    // A wrong passphrase is the user's to retry; anything else the backup's damage.
    if (error instanceof AppError && ['WRONG_PASSPHRASE', 'WRONG_RECOVERY_KEY', 'VALIDATION_FAILED', 'VAULT_TOO_NEW'].includes(error.code)) throw error;
    throw backupInvalid('database-open', 'The database in this backup is damaged or does not open with its own key.');
  }
}

/** Both integrity checks, the audit chain up to the head the manifest names, and every attachment the rows need. */
async function verifyRestored(vault: Vault, audit: { entries: number; head: string }, files: ReadonlySet<string>): Promise<void> {
  const integrity = await vault.checkIntegrity();
  if (!integrity.ok) {
    throw new AppError('BACKUP_INVALID', 'The database in this backup is damaged.', { details: { reason: 'database-integrity', pages: integrity.pages.slice(0, 100) } });
  }
  const chain = await verifyAudit(vault.db);
  if (!chain.ok) throw backupInvalid('audit-chain', 'The audit log in this backup does not verify: it was changed or is damaged.');
  if (audit.entries > 0) {
    const head = await vault.db.get<{ hash: string }>(sql`SELECT hash FROM audit_log WHERE seq = ${audit.entries}`);
    if (head?.hash !== audit.head) throw backupInvalid('audit-head', 'The audit log in this backup does not end where its manifest says.');
  }
  const rows = await vault.db.all<{ id: string; working: number }>(sql`SELECT id, working_sha256 IS NOT NULL AS working FROM attachments`);
  for (const row of rows) {
    if (!files.has(`${row.id}.ckb`) || (row.working && !files.has(`${row.id}.work.ckb`))) {
      throw backupInvalid('blob-missing', 'An attachment the backup\u2019s records name is not in the backup.');
    }
  }
}
