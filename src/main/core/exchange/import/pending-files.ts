import { mkdir, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../../../shared/errors';
import { ATTACHMENTS_FOLDER } from '../../attachments/attachments';
import { writeEncryptedBlob } from '../../attachments/blob-store';
import { syncFolder } from '../../fs/atomic-write';
import type { BundleAttachment } from '../bundle-types';

const PREFIX = '.import-';

/**
 * The files of an import not yet applied: each attachment the bundle brings is encrypted as it
 * arrives, bound to this vault and its own id like any other blob (docs/security.md S33), into a
 * folder of its own beside the vault's. Nothing readable touches the disk, and a refused or
 * cancelled import removes the folder whole.
 */
export class PendingFiles {
  private readonly files = new Map<string, { path: string; sha256: string; size: number }>();

  private constructor(
    readonly folder: string,
    private readonly vault: { folder: string; id: string; attachmentKey: Uint8Array },
  ) {}

  static async create(vault: { folder: string; id: string; attachmentKey: Uint8Array }, token: string): Promise<PendingFiles> {
    const folder = join(vault.folder, `${PREFIX}${token}`);
    await mkdir(folder, { mode: 0o700 });
    return new PendingFiles(folder, vault);
  }

  /** Removes what earlier imports left behind (a crash or a lock mid-preview), except live ones. */
  static async discardStale(vaultFolder: string, live: ReadonlySet<string>): Promise<void> {
    const names = await readdir(vaultFolder).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith(PREFIX) && !live.has(name.slice(PREFIX.length))) await rm(join(vaultFolder, name), { recursive: true, force: true });
    }
  }

  /** Takes one attachment's bytes; `keep` false reads them through without writing (already here). */
  async receive(attachment: BundleAttachment, bytes: Readable, keep: boolean): Promise<void> {
    if (!keep) {
      for await (const chunk of bytes) void chunk;
      return;
    }
    const path = join(this.folder, `${attachment.id}.ckb`);
    const digest = await writeEncryptedBlob(this.vault.attachmentKey, { vaultId: this.vault.id, attachmentId: attachment.id, copy: 'original' }, bytes, path);
    if (digest.sha256 !== attachment.sha256 || digest.size !== attachment.size) {
      throw new AppError('BUNDLE_INVALID', 'An attachment in the bundle does not match its hash in the manifest. Nothing was imported.', {
        details: { reason: 'hash-mismatch' },
      });
    }
    this.files.set(attachment.id, { path, ...digest });
  }

  has(id: string): boolean {
    return this.files.has(id);
  }

  /**
   * Moves the received blobs of `ids` into the vault's attachments folder. A name already taken
   * there is never replaced (docs/security.md S35). Returns the paths placed, for the caller to
   * remove if its transaction does not commit.
   */
  async place(ids: readonly string[]): Promise<string[]> {
    const target = join(this.vault.folder, ATTACHMENTS_FOLDER);
    await mkdir(target, { recursive: true, mode: 0o700 });
    const placed: string[] = [];
    try {
      for (const id of ids) {
        const file = this.files.get(id);
        if (!file) throw new AppError('INTERNAL', 'An attachment of the import was not received.');
        const destination = join(target, `${id}.ckb`);
        const taken = await stat(destination).then(
          () => true,
          () => false,
        );
        if (taken) throw new AppError('CONFLICT', 'A file for this attachment is already in the vault; it was not replaced. Nothing was imported.');
        await rename(file.path, destination);
        placed.push(destination);
      }
      if (placed.length > 0) await syncFolder(target);
    } catch (error) {
      await unplace(placed);
      throw error;
    }
    return placed;
  }

  async discard(): Promise<void> {
    this.files.clear();
    await rm(this.folder, { recursive: true, force: true });
  }
}

export async function unplace(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => unlink(path).catch(() => undefined)));
}
