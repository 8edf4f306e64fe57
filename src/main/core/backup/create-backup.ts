import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { ATTACHMENTS_FOLDER } from '../attachments/attachments';
import { randomHex } from '../crypto/random';
import { writeFileAtomic } from '../fs/atomic-write';
import { HEADER_FILE } from '../vault/header';
import { DATABASE_FILE, type Vault } from '../vault/vault';
import { recordBackup } from './backup-state';
import { copyFileAtomic, hashFile, syncFolder, type FileDigest } from './file-copy';
import { blobPath, layoutIn, snapshotName, type BackupLayout } from './layout';
import { checkManifestMac, MANIFEST_FILE, MANIFEST_FORMAT, MANIFEST_VERSION, manifestText, readManifest, sealManifest, type FileEntry } from './manifest';
import { exportDatabase, verifySnapshot } from './snapshot';

/** The points between the steps of a backup, where tests inject a failure (docs/security.md S19, S20). */
export type BackupStep = 'started' | 'snapshot' | 'header' | 'attachment' | 'verified' | 'manifest' | 'renamed';

export interface BackupOptions {
  /** Bytes done of the total, through the snapshot and the attachments. */
  onProgress?(done: number, total: number): void;
  /** Called after each step with the unfinished folder; a throw there stands for a crash at that point. */
  onStep?(step: BackupStep, unfinished: string): void | Promise<void>;
  now?: () => Date;
}

export interface BackupResult {
  /** The finished snapshot folder. */
  snapshot: string;
  createdAt: string;
  attachments: number;
  /** Attachment files this backup had to copy; the others were already in the shared blobs folder. */
  newAttachments: number;
  /** Bytes written to the backup folder. */
  bytesWritten: number;
}

/** Attachment files are `<id>.ckb` and `<id>.work.ckb`; temporary files start with a dot. */
const ATTACHMENT_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.ckb$/;

function assertOpen(vault: Vault): void {
  if (!vault.isOpen) throw new AppError('VAULT_LOCKED', 'The vault was locked during the backup; nothing was kept. Unlock it and back up again.');
}

function inside(parent: string, child: string): boolean {
  const path = relative(resolve(parent), resolve(child));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

async function prepareLayout(vault: Vault, chosenFolder: string): Promise<BackupLayout> {
  const info = await stat(chosenFolder).catch(() => null);
  if (!info?.isDirectory()) throw new AppError('IO_FAILED', 'The folder chosen for the backup does not exist or is not a folder.');
  // A backup inside the vault would be lost with it, and would back itself up next time.
  if (inside(vault.folder, chosenFolder)) {
    throw new AppError('VALIDATION_FAILED', 'Choose a folder outside the vault for the backup, best on another drive.', { fields: [{ path: 'folder', message: 'Inside the vault.' }] });
  }
  const layout = layoutIn(chosenFolder);
  try {
    for (const folder of [layout.root, layout.blobs, layout.snapshots]) await mkdir(folder, { recursive: true, mode: 0o700 });
  } catch {
    throw new AppError('IO_FAILED', 'The backup folder could not be written; check that the drive is writable and not full.');
  }
  return layout;
}

async function attachmentFiles(vault: Vault): Promise<string[]> {
  const names = await readdir(join(vault.folder, ATTACHMENTS_FOLDER)).catch(() => [] as string[]);
  return names.filter((name) => ATTACHMENT_FILE.test(name)).sort();
}

/**
 * Backs up the open vault into `chosenFolder`: the database snapshot and the header into a new
 * snapshot folder under a name starting with a dot, the attachments into the shared blobs folder
 * (only those not there already); then everything is read back and checked, the manifest written,
 * and the folder renamed to its finished name. Until that rename nothing of this backup is
 * offered for restore, and nothing an older backup holds is ever touched (docs/security.md S19, S20).
 */
export async function createBackup(vault: Vault, chosenFolder: string, options: BackupOptions = {}): Promise<BackupResult> {
  assertOpen(vault);
  const layout = await prepareLayout(vault, chosenFolder);
  const at = (options.now ?? (() => new Date()))();
  const name = snapshotName(at, randomHex(4));
  const unfinished = join(layout.snapshots, `.unfinished-${name}`);
  const finished = join(layout.snapshots, name);
  const step = async (which: BackupStep) => options.onStep?.(which, unfinished);
  let done = false;
  try {
    await mkdir(unfinished, { mode: 0o700 });
    await step('started');
    const sources = await attachmentFiles(vault);
    const databaseBytes = (await stat(vault.db.path)).size;
    let total = databaseBytes;
    for (const source of sources) total += (await stat(join(vault.folder, ATTACHMENTS_FOLDER, source)).catch(() => ({ size: 0 }))).size;
    let progress = 0;
    const advance = (n: number) => {
      progress += n;
      options.onProgress?.(Math.min(progress, total), total);
    };
    options.onProgress?.(0, total);

    assertOpen(vault);
    const snapshotPath = join(unfinished, DATABASE_FILE);
    await exportDatabase(vault.db.path, vault.keys.database, snapshotPath);
    advance(databaseBytes);
    await step('snapshot');

    const headerCopy = await copyFileAtomic(join(vault.folder, HEADER_FILE), join(unfinished, HEADER_FILE));
    await step('header');

    const attachments: FileEntry[] = [];
    const reused = new Set<string>();
    let newAttachments = 0;
    let bytesWritten = headerCopy.size;
    for (const source of sources) {
      const path = join(vault.folder, ATTACHMENTS_FOLDER, source);
      const digest = await hashFile(path);
      // Gone since the listing: purged meanwhile. If the snapshot still needs it, the check below says so.
      if (!digest) continue;
      const target = blobPath(layout, digest.sha256);
      const present = await stat(target).catch(() => null);
      if (present?.size !== digest.size) {
        await copyFileAtomic(path, target, {
          expect: digest,
          onBytes: advance,
          mismatch: () => new AppError('CONFLICT', 'An attachment changed while it was backed up; nothing was kept. Back up again.'),
        });
        newAttachments += 1;
        bytesWritten += digest.size;
      } else {
        reused.add(source);
        advance(digest.size);
      }
      attachments.push({ name: source, ...digest });
      await step('attachment');
    }
    await syncFolder(layout.blobs);

    // Read back everything this backup consists of, old blobs included, before calling it one.
    assertOpen(vault);
    const facts = await verifySnapshot(snapshotPath, vault.keys);
    const listed = new Set(attachments.map((entry) => entry.name));
    const missing = facts.attachmentFiles.filter((file) => !listed.has(file));
    if (missing.length > 0) {
      throw new AppError('CONFLICT', 'An attachment was destroyed while the backup ran; nothing was kept. Back up again.', { details: { missing: missing.length } });
    }
    for (const entry of attachments) {
      const target = blobPath(layout, entry.sha256);
      if (await matches(target, entry)) continue;
      // A blob an older backup left that has since rotted on the drive: this backup writes it anew.
      if (!reused.has(entry.name)) throw backupFailed();
      await copyFileAtomic(join(vault.folder, ATTACHMENTS_FOLDER, entry.name), target, { expect: entry, mismatch: backupFailed });
      if (!(await matches(target, entry))) throw backupFailed();
      newAttachments += 1;
      bytesWritten += entry.size;
    }
    const database = await hashFile(snapshotPath);
    const header = await hashFile(join(unfinished, HEADER_FILE));
    if (!database || !header || header.sha256 !== headerCopy.sha256) throw backupFailed();
    bytesWritten += database.size;
    await step('verified');

    assertOpen(vault);
    const manifest = sealManifest(vault.keys.audit, {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      vaultId: vault.id,
      createdAt: at.toISOString(),
      schemaVersion: facts.schemaVersion,
      audit: { entries: facts.auditEntries, head: facts.auditHead },
      files: [
        { name: DATABASE_FILE, ...database },
        { name: HEADER_FILE, ...header },
      ],
      attachments,
    });
    await writeFileAtomic(join(unfinished, MANIFEST_FILE), manifestText(manifest));
    assertOpen(vault);
    checkManifestMac(vault.keys.audit, await readManifest(join(unfinished, MANIFEST_FILE)));
    await step('manifest');

    await syncFolder(unfinished);
    await rename(unfinished, finished);
    done = true;
    await syncFolder(layout.snapshots);
    await step('renamed');
    await recordBackup(vault.db, manifest.createdAt, { attachments: attachments.length, newAttachments });
    return { snapshot: finished, createdAt: manifest.createdAt, attachments: attachments.length, newAttachments, bytesWritten };
  } catch (error) {
    // Blobs already copied stay: they are whole, named by their hash, and the next backup reuses them.
    if (!done) await rm(unfinished, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw new AppError('IO_FAILED', 'The backup could not be written; nothing was kept. Check that the drive is writable and not full.');
  }
}

async function matches(path: string, expected: FileDigest): Promise<boolean> {
  const found = await hashFile(path);
  return found?.sha256 === expected.sha256 && found.size === expected.size;
}

function backupFailed(): AppError {
  return new AppError('IO_FAILED', 'The backup did not read back as it was written; nothing was kept. The drive may be failing: try another.');
}
