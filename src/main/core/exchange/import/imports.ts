import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { v4 as uuidv4 } from 'uuid';
import type { ImportPreview, ImportResult } from '../../../../shared/api/imports';
import { AppError } from '../../../../shared/errors';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import type { BundleAttachment } from '../bundle-types';
import { applyImport } from './apply';
import { checkRecords, type IncomingBundle, type IncomingRecord } from './incoming';
import { mergeAll } from './merge-record';
import { PendingFiles } from './pending-files';
import { buildPreview } from './preview';

/** Reads and verifies a bundle file whole, handing each attachment's bytes to the sink as they come. */
export type BundleReader = (
  path: string,
  o: { attachmentSink(attachment: BundleAttachment, bytes: Readable): Promise<void>; onProgress?(done: number, total: number): void },
) => Promise<IncomingBundle>;

export interface ImportVault {
  db: Database;
  id: string;
  folder: string;
  attachmentKey: Uint8Array;
  actor(): Promise<string>;
  /** The address book entry whose signing key this is, or null for a stranger. */
  partnerBySigningKey(signingKey: string): Promise<{ id: string; name: string } | null>;
}

interface PendingImport {
  bundle: IncomingBundle;
  records: IncomingRecord[];
  files: PendingFiles;
  preview: ImportPreview;
}

/**
 * Imports of one open vault: a preview verifies the whole bundle and keeps what it received
 * under a token; apply writes it in one transaction; cancel (or a refusal) drops it and the
 * files it brought. Nothing of a bundle reaches the vault's records before apply.
 */
export class Imports {
  private readonly pending = new Map<string, PendingImport>();
  /** Previews still reading their bundle: their folders are not stale either. */
  private readonly reading = new Set<string>();

  constructor(private readonly vault: ImportVault) {}

  async preview(path: string, read: BundleReader, onProgress?: (done: number, total: number) => void): Promise<ImportPreview> {
    await PendingFiles.discardStale(this.vault.folder, new Set([...this.pending.keys(), ...this.reading]));
    const token = uuidv4();
    this.reading.add(token);
    const files = await PendingFiles.create({ folder: this.vault.folder, id: this.vault.id, attachmentKey: this.vault.attachmentKey }, token);
    try {
      const bundle = await read(path, {
        attachmentSink: async (attachment, bytes) => {
          const here = await this.vault.db.get<{ sha256: string }>(sql`SELECT sha256 FROM attachments WHERE id = ${attachment.id}`);
          // Bytes this vault already holds under the same id and hash are read (for the hash
          // check) but not stored twice.
          await files.receive(attachment, bytes, !here);
        },
        ...(onProgress ? { onProgress } : {}),
      });
      if (bundle.sender.vaultId === this.vault.id) {
        throw new AppError('BUNDLE_INVALID', 'This bundle was made by this vault itself; there is nothing to import.', { details: { reason: 'own-bundle' } });
      }
      const records = checkRecords(bundle.records);
      const partner = await this.vault.partnerBySigningKey(bundle.signer.signingKey);
      const merges = await mergeAll(this.vault.db, records);
      const preview = await buildPreview(this.vault.db, bundle, merges, { token, fileName: basename(path), partner });
      this.pending.set(token, { bundle, records, files, preview });
      return preview;
    } catch (error) {
      await files.discard();
      throw error;
    } finally {
      this.reading.delete(token);
    }
  }

  private take(token: string): PendingImport {
    const found = this.pending.get(token);
    if (!found) throw new AppError('NOT_FOUND', 'This import was cancelled or has already been applied. Choose the file again.');
    this.pending.delete(token);
    return found;
  }

  async apply(token: string, acceptSigner: boolean): Promise<ImportResult> {
    const found = this.pending.get(token);
    if (!found) this.take(token);
    const { preview } = found!;
    if (!preview.signer.partner && !acceptSigner) {
      // Kept pending: the person may still accept the signer after comparing the fingerprint.
      throw new AppError('FORBIDDEN', `The bundle is signed by a key that is not in the address book (fingerprint ${preview.signer.fingerprint}). Compare the fingerprint with the sender and accept it to import.`, {
        details: { reason: 'unknown-signer', fingerprint: preview.signer.fingerprint },
      });
    }
    const { bundle, records, files } = this.take(token);
    try {
      return await applyImport({ db: this.vault.db, actor: () => this.vault.actor() }, bundle, records, files, preview.signer.partner ? `signed by ${preview.signer.partner.name}` : 'signer not in the address book, accepted');
    } finally {
      await files.discard();
    }
  }

  async cancel(token: string): Promise<{ cancelled: boolean }> {
    const found = this.pending.get(token);
    if (!found) return { cancelled: false };
    this.pending.delete(token);
    await found.files.discard();
    return { cancelled: true };
  }

  /** Before a lock: every pending import goes, with its files. */
  async cancelAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((token) => this.cancel(token)));
  }
}
