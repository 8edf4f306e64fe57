import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { AttachmentInfo } from '../../../shared/domain/views';
import { ATTACHMENT_SIZE_MAX } from '../../../shared/api/attachments';
import { AppError } from '../../../shared/errors';
import { createSha256 } from '../crypto/hash';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit } from '../store/audit-log';
import { blobCorrupt, type BlobBinding, type BlobCopy } from './blob-format';
import { openDecryptedBlob, writeEncryptedBlob, type BlobDigest } from './blob-store';
import { ChunkQueue } from './chunk-queue';
import { UploadSessions } from './uploads';

export { MAX_OPEN_UPLOADS, UPLOAD_IDLE_MS } from './uploads';
import { attachmentName, fileChanged, fileReadError, mimeForName, readExactly } from './file-intake';
import { writePlainCopy, type SaveTarget } from './plain-copy';
import { stripImageMetadata } from './strip-metadata';
import { toInfo, type AttachmentRow } from './attachment-rows';
import { checkWhole, RangedReads, type CopySource } from './ranged-reads';

export const ATTACHMENTS_FOLDER = 'attachments';
/** Images are stripped in memory; anything larger is not a photo a phone took. */
const STRIP_LIMIT = 200 * 1024 * 1024;





export interface AttachmentDeps {
  db: Database;
  folder: string;
  key: Uint8Array;
  vaultId: string;
  actor(): Promise<string>;
  /** Milliseconds now; tests move it to age uploads. */
  now?: () => number;
}


/**
 * Files attached to a case, testimony or incident: streamed in encrypted, hashed at intake, read
 * back in chunks. The original is always kept; a metadata-free working copy sits beside it. Each
 * blob file is bound to this vault, its attachment and its copy (docs/security.md S33).
 */
export class AttachmentStore {
  private readonly uploads: UploadSessions;
  private readonly ranged: RangedReads;
  /** Files being read in by addFromFile; a lock stops them between reads. */
  private readonly intakes = new Set<{ stopped: boolean }>();

  constructor(private readonly deps: AttachmentDeps) {
    this.ranged = new RangedReads(deps.key);
    this.uploads = new UploadSessions(() => this.now());
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private path(id: string, copy: BlobCopy): string {
    return join(this.deps.folder, ATTACHMENTS_FOLDER, copy === 'original' ? `${id}.ckb` : `${id}.work.ckb`);
  }

  private binding(id: string, copy: BlobCopy): BlobBinding {
    return { vaultId: this.deps.vaultId, attachmentId: id, copy };
  }

  /** Paths of both copies' files, for tests and the purge check. */
  blobPaths(id: string): { original: string; working: string } {
    return { original: this.path(id, 'original'), working: this.path(id, 'working') };
  }

  async begin(input: { ownerId: string; name: string; mime: string; size: number }): Promise<{ uploadId: string }> {
    await this.uploads.makeRoom();
    await this.checkOwner(input.ownerId);
    const id = uuidv7();
    const queue = new ChunkQueue();
    const written = writeEncryptedBlob(this.deps.key, this.binding(id, 'original'), queue, this.path(id, 'original'));
    this.uploads.start({ id, ...input }, queue, written);
    return { uploadId: id };
  }

  /** The record a file is attached to must exist and not be in the trash; the folder is made ready. */
  async checkOwner(ownerId: string): Promise<void> {
    const owner = await this.deps.db.get<{ deleted_at: string | null }>(sql`SELECT deleted_at FROM records WHERE id = ${ownerId}`);
    if (!owner || owner.deleted_at) throw new AppError('VALIDATION_FAILED', 'Attach files to an existing record.', { fields: [{ path: 'ownerId', message: 'No such record.' }] });
    await mkdir(join(this.deps.folder, ATTACHMENTS_FOLDER), { recursive: true, mode: 0o700 });
  }

  /**
   * Adds a file from disk that the host's dialog (or the CLI's argument) named: read in large
   * pieces straight into the encrypting writer, with no base64 and no page in between. The size is
   * taken from the open file; a file that is larger than an attachment may be, or that changes size
   * while it is read, or that fails to read, leaves no row and no blob behind.
   */
  async addFromFile(
    input: { ownerId: string; path: string; stripMetadata: boolean; name?: string; mime?: string },
    onProgress?: (done: number, total: number) => void,
  ): Promise<AttachmentInfo> {
    await this.checkOwner(input.ownerId);
    const handle = await open(input.path, 'r').catch((error: unknown) => {
      throw fileReadError(error);
    });
    const intake = { stopped: false };
    this.intakes.add(intake);
    const id = uuidv7();
    const target = this.path(id, 'original');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw fileReadError(Object.assign(new Error(), { code: stats.isDirectory() ? 'EISDIR' : 'ENOTREG' }));
      if (stats.size > ATTACHMENT_SIZE_MAX) {
        throw new AppError('VALIDATION_FAILED', `The file is larger than ${ATTACHMENT_SIZE_MAX / 1024 ** 3} GiB, the most one attachment may hold; nothing was kept.`, {
          fields: [{ path: 'file', message: 'File too large.' }],
          details: { reason: 'too-large', limit: ATTACHMENT_SIZE_MAX, size: stats.size },
        });
      }
      const size = stats.size;
      // A progress event per percent (at least a MiB apart): enough for a bar, few enough for IPC.
      const step = Math.max(1024 * 1024, Math.floor(size / 100));
      let reported = 0;
      const digest = await writeEncryptedBlob(this.deps.key, this.binding(id, 'original'), readExactly(handle, size, () => intake.stopped), target, {
        onProgress: (done) => {
          if (done - reported < step || done >= size) return;
          reported = done;
          onProgress?.(done, size);
        },
      });
      // Read to its end at the size it had when opened; a write that shrank and regrew it shows here.
      if (digest.size !== size || (await handle.stat()).size !== size) throw fileChanged();
      const name = input.name ?? attachmentName(input.path);
      return await this.keep({ id, ownerId: input.ownerId, name, mime: input.mime ?? mimeForName(name) }, digest, input.stripMetadata, onProgress);
    } catch (error) {
      await unlink(target).catch(() => undefined);
      throw error;
    } finally {
      this.intakes.delete(intake);
      await handle.close();
    }
  }

  append(uploadId: string, base64: string): Promise<{ received: number }> {
    return this.uploads.append(uploadId, base64);
  }

  cancel(uploadId: string): Promise<{ cancelled: boolean }> {
    return this.uploads.cancel(uploadId);
  }

  async cancelAll(): Promise<void> {
    this.ranged.clear();
    for (const intake of this.intakes) intake.stopped = true;
    await this.uploads.cancelAll();
  }

  /**
   * Ends an upload and keeps the file only if the writer stored exactly what was announced and
   * sent: its byte count equals the declared size, and the SHA-256 of the bytes it actually
   * encrypted equals the hash of the chunks accepted, in order (and `declaredSha256`, when the
   * sender computed one). Anything else is refused and nothing is kept.
   */
  async finish(
    uploadId: string,
    stripMetadata: boolean,
    onProgress?: (done: number, total: number) => void,
    declaredSha256?: string,
  ): Promise<AttachmentInfo> {
    const upload = this.uploads.get(uploadId);
    if (upload.closing) throw new AppError('CONFLICT', 'The upload is already finishing.');
    upload.closing = true;
    await upload.tail;
    if (!this.uploads.isCurrent(upload)) throw new AppError('NOT_FOUND', 'The upload was cancelled.');
    if (upload.received !== upload.size) {
      await this.cancel(uploadId);
      throw new AppError('VALIDATION_FAILED', `The file ended after ${upload.received} of ${upload.size} bytes; nothing was kept.`, { fields: [{ path: 'uploadId', message: 'Incomplete upload.' }] });
    }
    this.uploads.take(upload);
    const files = [this.path(upload.id, 'original')];
    try {
      const digest = await upload.written;
      const sent = upload.sent.digestHex();
      if (digest.size !== upload.size || digest.sha256 !== sent) {
        throw new AppError('VALIDATION_FAILED', 'The stored file differs from the bytes that were sent; nothing was kept.', {
          fields: [{ path: 'uploadId', message: 'Stored bytes differ from those sent.' }],
        });
      }
      if (declaredSha256 !== undefined && declaredSha256.toLowerCase() !== digest.sha256) {
        throw new AppError('VALIDATION_FAILED', 'The file that arrived does not have the SHA-256 the sender computed; nothing was kept.', {
          fields: [{ path: 'sha256', message: 'Hash mismatch.' }],
        });
      }
      return await this.keep(upload, digest, stripMetadata, onProgress);
    } catch (error) {
      await upload.written.catch(() => undefined);
      await Promise.all(files.map((file) => unlink(file).catch(() => undefined)));
      throw error;
    }
  }

  /**
   * Keeps a written original: the metadata-free working copy when asked for, then the row and its
   * audit entry in one transaction. On any failure neither copy's file is left behind.
   */
  private async keep(
    upload: { id: string; ownerId: string; name: string; mime: string },
    digest: BlobDigest,
    stripMetadata: boolean,
    onProgress?: (done: number, total: number) => void,
  ): Promise<AttachmentInfo> {
    const files = [this.path(upload.id, 'original')];
    try {
      let working: { sha256: string; removed: string[] } | null = null;
      if (stripMetadata && digest.size <= STRIP_LIMIT && /^image\/(jpeg|png)$/.test(upload.mime)) {
        const bytes = await this.readWhole(upload.id, 'original', digest.sha256);
        const stripped = stripImageMetadata(bytes);
        files.push(this.path(upload.id, 'working'));
        const copy = await writeEncryptedBlob(this.deps.key, this.binding(upload.id, 'working'), (async function* () {
          yield stripped.output;
        })(), this.path(upload.id, 'working'));
        working = { sha256: copy.sha256, removed: stripped.removed };
      }
      onProgress?.(digest.size, digest.size);
      const actor = await this.deps.actor();
      const createdAt = new Date().toISOString();
      await this.deps.db.transaction(async (tx) => {
        await tx.run(sql`
          INSERT INTO attachments (id, owner_id, name, mime, size, sha256, working_sha256, metadata_removed, created_at, origin)
          VALUES (${upload.id}, ${upload.ownerId}, ${upload.name}, ${upload.mime}, ${digest.size}, ${digest.sha256}, ${working?.sha256 ?? null}, ${JSON.stringify(working?.removed ?? [])}, ${createdAt}, ${this.deps.vaultId})`);
        await appendAudit(tx, {
          actor,
          action: 'attach',
          recordKind: 'attachment',
          recordId: upload.id,
          changes: [{ field: 'file', new: { owner: upload.ownerId, name: upload.name, size: digest.size, sha256: digest.sha256, metadataRemoved: working?.removed ?? [] } }],
        });
      });
    } catch (error) {
      await Promise.all(files.map((file) => unlink(file).catch(() => undefined)));
      throw error;
    }
    return this.info(upload.id);
  }

  async info(id: string): Promise<AttachmentInfo> {
    const row = await this.deps.db.get<AttachmentRow>(sql`SELECT * FROM attachments WHERE id = ${id}`);
    if (!row) throw new AppError('NOT_FOUND', 'No attachment with this id.');
    return toInfo(row);
  }

  async list(ownerId: string): Promise<AttachmentInfo[]> {
    const rows = await this.deps.db.all<AttachmentRow>(sql`SELECT * FROM attachments WHERE owner_id = ${ownerId} AND deleted_at IS NULL ORDER BY created_at`);
    return rows.map(toInfo);
  }

  /** The working copy when there is one (else the original), or the original when asked for. */
  private async source(id: string, copy: BlobCopy): Promise<CopySource> {
    const info = await this.info(id);
    if (copy === 'working' && info.workingSha256) return { which: 'working', sha256: info.workingSha256, size: null };
    return { which: 'original', sha256: info.sha256, size: info.size };
  }

  /**
   * Plaintext of one copy as a stream, for saving a copy, the CLI and exports. The SHA-256
   * recorded for the copy is checked at the end, and the last chunk is withheld until it matches:
   * a consumer that got every chunk without an error got the file as recorded.
   */
  async *stream(id: string, copy: BlobCopy): AsyncGenerator<Uint8Array> {
    const source = await this.source(id, copy);
    const hash = createSha256();
    let total = 0;
    let held: Uint8Array | undefined;
    for await (const chunk of openDecryptedBlob(this.deps.key, this.binding(id, source.which), this.path(id, source.which))) {
      if (held) yield held;
      hash.update(chunk);
      total += chunk.length;
      held = chunk;
    }
    checkWhole(source, total, hash.digestHex());
    if (held) yield held;
  }

  /** One copy in memory, checked against the hash the writer reported. */
  private async readWhole(id: string, copy: BlobCopy, sha256: string): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    const hash = createSha256();
    for await (const part of openDecryptedBlob(this.deps.key, this.binding(id, copy), this.path(id, copy))) {
      hash.update(part);
      parts.push(part);
    }
    if (hash.digestHex() !== sha256) throw blobCorrupt('hash-mismatch', 'The attachment does not match the hash taken as it was written.');
    return new Uint8Array(Buffer.concat(parts));
  }

  /**
   * Up to `length` bytes from `offset`; `eof` once the read reaches the end, which is answered
   * only if the whole file matches its recorded SHA-256 (see ranged-reads.ts).
   */
  async read(id: string, copy: BlobCopy, offset: number, length: number): Promise<{ chunk: string; eof: boolean }> {
    const source = await this.source(id, copy);
    return this.ranged.read({ id, source, binding: this.binding(id, source.which), path: this.path(id, source.which) }, offset, length);
  }

  /**
   * Writes the plaintext of one copy to a file outside the vault, for a user who asked for it and
   * was told it leaves the encryption behind (see plain-copy.ts), and notes it in the audit log.
   */
  async saveCopy(id: string, copy: BlobCopy, target: SaveTarget): Promise<{ size: number; sha256: string }> {
    const source = await this.source(id, copy);
    const size = await writePlainCopy(this.stream(id, copy), target, this.deps.folder);
    // Chain of custody: who took a plain copy out, of what (not where: the path names the user's folders).
    const actor = await this.deps.actor();
    await this.deps.db.transaction(async (tx) => {
      await appendAudit(tx, { actor, action: 'save-copy', recordKind: 'attachment', recordId: id, changes: [{ field: 'copy', new: { copy: source.which, sha256: source.sha256, size } }] });
    });
    return { size, sha256: source.sha256 };
  }

  async delete(id: string): Promise<{ id: string; deletedAt: string }> {
    const info = await this.info(id);
    if (info.deletedAt) return { id, deletedAt: info.deletedAt };
    const actor = await this.deps.actor();
    const deletedAt = new Date().toISOString();
    await this.deps.db.transaction(async (tx) => {
      await tx.run(sql`UPDATE attachments SET deleted_at = ${deletedAt} WHERE id = ${id}`);
      await appendAudit(tx, { actor, action: 'delete', recordKind: 'attachment', recordId: id, changes: [{ field: 'deletedAt', new: deletedAt }] });
    });
    return { id, deletedAt };
  }

  /** Brings an attachment back from the trash; null when no attachment has this id. */
  async restore(id: string): Promise<{ id: string } | null> {
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      const row = await tx.get<{ deleted_at: string | null }>(sql`SELECT deleted_at FROM attachments WHERE id = ${id}`);
      if (!row) return null;
      if (!row.deleted_at) return { id };
      await tx.run(sql`UPDATE attachments SET deleted_at = NULL WHERE id = ${id}`);
      await appendAudit(tx, { actor, action: 'restore', recordKind: 'attachment', recordId: id, changes: [{ field: 'deletedAt', old: row.deleted_at }] });
      return { id };
    });
  }

  /** Destroys an attachment already in the trash, row and files; null when there is none. */
  async purge(id: string): Promise<{ id: string } | null> {
    const actor = await this.deps.actor();
    const purged = await this.deps.db.transaction(async (tx) => {
      const row = await tx.get<{ deleted_at: string | null }>(sql`SELECT deleted_at FROM attachments WHERE id = ${id}`);
      if (!row) return null;
      if (!row.deleted_at) throw new AppError('CONFLICT', 'Move it to the trash before destroying it.');
      await tx.run(sql`DELETE FROM attachments WHERE id = ${id}`);
      await appendAudit(tx, { actor, action: 'purge', recordKind: 'attachment', recordId: id, changes: [] });
      return { id };
    });
    if (purged) {
      // The file name is case text too: as for a record's purge, no WAL frame may keep the row.
      await this.deps.db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
      await this.removeFiles([id]);
    }
    return purged;
  }

  /** After a purge: the encrypted files go too. */
  async removeFiles(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      this.ranged.forget(id);
      await unlink(this.path(id, 'original')).catch(() => undefined);
      await unlink(this.path(id, 'working')).catch(() => undefined);
    }
  }
}

