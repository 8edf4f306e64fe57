import { AppError } from '../../../shared/errors';
import { createSha256, type Sha256 } from '../crypto/hash';
import type { BlobDigest } from './blob-store';
import type { ChunkQueue } from './chunk-queue';

/** Uploads open at once in one unlocked session: a page cannot pile up half-written files. */
export const MAX_OPEN_UPLOADS = 8;
/** An upload nobody has sent a chunk to for this long is dropped when the next one begins. */
export const UPLOAD_IDLE_MS = 30 * 60 * 1000;

export interface Upload {
  id: string;
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  received: number;
  queue: ChunkQueue;
  written: Promise<BlobDigest>;
  /** Appends run one after another, in the order they were called (a chunk queue holds one). */
  tail: Promise<void>;
  /** SHA-256 of the chunks accepted, in order: what the writer must have hashed too. */
  sent: Sha256;
  lastActive: number;
  closing: boolean;
}

/**
 * The uploads of one unlocked session: files a page sends a chunk at a time into an encrypting
 * writer. Bounded in number, dropped when left idle, and chained so chunks land in call order.
 */
export class UploadSessions {
  private readonly open = new Map<string, Upload>();

  constructor(private readonly now: () => number) {}

  /** Drops idle uploads, then refuses a new one past the limit. */
  async makeRoom(): Promise<void> {
    await this.dropIdle();
    if (this.open.size >= MAX_OPEN_UPLOADS) {
      throw new AppError('CONFLICT', `${MAX_OPEN_UPLOADS} files are already being added; let one finish or cancel it first.`, {
        details: { reason: 'too-many-uploads', limit: MAX_OPEN_UPLOADS },
      });
    }
  }

  start(input: { id: string; ownerId: string; name: string; mime: string; size: number }, queue: ChunkQueue, written: Promise<BlobDigest>): void {
    written.catch(() => undefined);
    this.open.set(input.id, {
      ...input,
      received: 0,
      queue,
      written,
      tail: Promise.resolve(),
      sent: createSha256(),
      lastActive: this.now(),
      closing: false,
    });
  }

  /** Whether the upload is still the one open under its id (not cancelled since). */
  isCurrent(upload: Upload): boolean {
    return this.open.get(upload.id) === upload;
  }

  /** Ends an upload that is finishing: no more chunks, and it no longer counts as open. */
  take(upload: Upload): void {
    this.open.delete(upload.id);
    upload.queue.end();
  }

  async cancelAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.cancel(id)));
  }

  private async dropIdle(): Promise<void> {
    const cutoff = this.now() - UPLOAD_IDLE_MS;
    const idle = [...this.open.values()].filter((upload) => upload.lastActive < cutoff && !upload.closing);
    await Promise.all(idle.map((upload) => this.cancel(upload.id)));
  }

  /** The upload in progress with this id. */
  get(uploadId: string): Upload {
    const upload = this.open.get(uploadId);
    if (!upload) throw new AppError('NOT_FOUND', 'No upload in progress with this id.');
    return upload;
  }

  /**
   * Appends one chunk. Calls on one upload may overlap (a page may send without waiting); they are
   * chained so that each runs after the one called before it, and the file holds the chunks in
   * call order. Every call returns once its chunk is with the writer.
   */
  append(uploadId: string, base64: string): Promise<{ received: number }> {
    let upload: Upload;
    try {
      upload = this.get(uploadId);
      if (upload.closing) throw new AppError('CONFLICT', 'The upload is already finishing; no more chunks are taken.');
    } catch (error) {
      return Promise.reject(error);
    }
    const chunk = new Uint8Array(Buffer.from(base64, 'base64'));
    upload.lastActive = this.now();
    const turn = upload.tail.then(async () => {
      if (!this.isCurrent(upload)) throw new AppError('NOT_FOUND', 'The upload was cancelled.');
      if (upload.received + chunk.length > upload.size) {
        await this.cancel(uploadId);
        throw new AppError('VALIDATION_FAILED', 'The file is larger than announced; the upload was cancelled.', { fields: [{ path: 'chunk', message: 'Too many bytes.' }] });
      }
      upload.received += chunk.length;
      upload.sent.update(chunk);
      await upload.queue.push(chunk);
      upload.lastActive = this.now();
      return { received: upload.received };
    });
    upload.tail = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  async cancel(uploadId: string): Promise<{ cancelled: boolean }> {
    const upload = this.open.get(uploadId);
    if (!upload) return { cancelled: false };
    this.open.delete(uploadId);
    upload.queue.fail(new Error('cancelled'));
    await upload.written.catch(() => undefined);
    return { cancelled: true };
  }
}
