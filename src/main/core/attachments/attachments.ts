import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { AttachmentInfo } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit } from '../store/audit-log';
import { openDecryptedBlob, writeEncryptedBlob, type BlobDigest } from './blob-store';
import { ChunkQueue } from './chunk-queue';
import { stripImageMetadata } from './strip-metadata';

export const ATTACHMENTS_FOLDER = 'attachments';
/** Images are stripped in memory; anything larger is not a photo a phone took. */
const STRIP_LIMIT = 200 * 1024 * 1024;

interface Upload {
  id: string;
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  received: number;
  queue: ChunkQueue;
  written: Promise<BlobDigest>;
}

interface AttachmentRow {
  id: string;
  owner_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  working_sha256: string | null;
  metadata_removed: string;
  created_at: string;
  deleted_at: string | null;
}

function toInfo(row: AttachmentRow): AttachmentInfo {
  return {
    id: row.id,
    ownerId: row.owner_id,
    name: row.name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    workingSha256: row.working_sha256,
    metadataRemoved: JSON.parse(row.metadata_removed) as string[],
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  };
}

export interface AttachmentDeps {
  db: Database;
  folder: string;
  key: Uint8Array;
  vaultId: string;
  actor(): Promise<string>;
}

/**
 * Files attached to a case, testimony or incident: streamed in encrypted, hashed at intake, read
 * back in chunks. The original is always kept; a metadata-free working copy sits beside it.
 */
export class AttachmentStore {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly deps: AttachmentDeps) {}

  private path(id: string, copy: 'original' | 'working'): string {
    return join(this.deps.folder, ATTACHMENTS_FOLDER, copy === 'original' ? `${id}.ckb` : `${id}.work.ckb`);
  }

  async begin(input: { ownerId: string; name: string; mime: string; size: number }): Promise<{ uploadId: string }> {
    const owner = await this.deps.db.get<{ deleted_at: string | null }>(sql`SELECT deleted_at FROM records WHERE id = ${input.ownerId}`);
    if (!owner || owner.deleted_at) throw new AppError('VALIDATION_FAILED', 'Attach files to an existing record.', { fields: [{ path: 'ownerId', message: 'No such record.' }] });
    await mkdir(join(this.deps.folder, ATTACHMENTS_FOLDER), { recursive: true, mode: 0o700 });
    const id = uuidv7();
    const queue = new ChunkQueue();
    const written = writeEncryptedBlob(this.deps.key, queue, this.path(id, 'original'));
    written.catch(() => undefined);
    this.uploads.set(id, { id, ...input, received: 0, queue, written });
    return { uploadId: id };
  }

  private upload(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new AppError('NOT_FOUND', 'No upload in progress with this id.');
    return upload;
  }

  async append(uploadId: string, base64: string): Promise<{ received: number }> {
    const upload = this.upload(uploadId);
    const chunk = new Uint8Array(Buffer.from(base64, 'base64'));
    if (upload.received + chunk.length > upload.size) {
      await this.cancel(uploadId);
      throw new AppError('VALIDATION_FAILED', 'The file is larger than announced; the upload was cancelled.', { fields: [{ path: 'chunk', message: 'Too many bytes.' }] });
    }
    upload.received += chunk.length;
    await upload.queue.push(chunk);
    return { received: upload.received };
  }

  async cancel(uploadId: string): Promise<{ cancelled: boolean }> {
    const upload = this.uploads.get(uploadId);
    if (!upload) return { cancelled: false };
    this.uploads.delete(uploadId);
    upload.queue.fail(new Error('cancelled'));
    await upload.written.catch(() => undefined);
    return { cancelled: true };
  }

  async cancelAll(): Promise<void> {
    await Promise.all([...this.uploads.keys()].map((id) => this.cancel(id)));
  }

  async finish(uploadId: string, stripMetadata: boolean, onProgress?: (done: number, total: number) => void): Promise<AttachmentInfo> {
    const upload = this.upload(uploadId);
    if (upload.received !== upload.size) {
      await this.cancel(uploadId);
      throw new AppError('VALIDATION_FAILED', `The file ended after ${upload.received} of ${upload.size} bytes; nothing was kept.`, { fields: [{ path: 'uploadId', message: 'Incomplete upload.' }] });
    }
    this.uploads.delete(uploadId);
    upload.queue.end();
    const digest = await upload.written;
    const files = [this.path(upload.id, 'original')];
    try {
      let working: { sha256: string; removed: string[] } | null = null;
      if (stripMetadata && digest.size <= STRIP_LIMIT && /^image\/(jpeg|png)$/.test(upload.mime)) {
        const bytes = await this.readAll(upload.id, 'original');
        const stripped = stripImageMetadata(bytes);
        files.push(this.path(upload.id, 'working'));
        const copy = await writeEncryptedBlob(this.deps.key, (async function* () {
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

  /** Plaintext of one copy as a stream, for the CLI and exports. */
  stream(id: string, copy: 'original' | 'working'): AsyncGenerator<Uint8Array> {
    return openDecryptedBlob(this.deps.key, this.path(id, copy));
  }

  private async readAll(id: string, copy: 'original' | 'working'): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for await (const part of this.stream(id, copy)) parts.push(part);
    return new Uint8Array(Buffer.concat(parts));
  }

  /** Up to `length` bytes from `offset`; `eof` once a read comes back short. */
  async read(id: string, copy: 'original' | 'working', offset: number, length: number): Promise<{ chunk: string; eof: boolean }> {
    const info = await this.info(id);
    const which = copy === 'working' && info.workingSha256 ? 'working' : 'original';
    const parts: Buffer[] = [];
    let position = 0;
    let collected = 0;
    for await (const part of this.stream(id, which)) {
      const end = position + part.length;
      if (end > offset) {
        const start = Math.max(0, offset - position);
        const slice = part.subarray(start, Math.min(part.length, start + length - collected));
        parts.push(Buffer.from(slice));
        collected += slice.length;
      }
      position = end;
      if (collected >= length) break;
    }
    return { chunk: Buffer.concat(parts).toString('base64'), eof: collected < length };
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
    if (purged) await this.removeFiles([id]);
    return purged;
  }

  /** After a purge: the encrypted files go too. */
  async removeFiles(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      await unlink(this.path(id, 'original')).catch(() => undefined);
      await unlink(this.path(id, 'working')).catch(() => undefined);
    }
  }
}
