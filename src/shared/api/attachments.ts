import { z } from 'zod';
import { requiredText, uuid } from '../domain/common';
import type { AttachmentInfo } from '../domain/views';
import { method } from './define';

export const ATTACHMENT_CHUNK_MAX = 1024 * 1024;
/** The largest file one attachment may hold, however it arrives. */
export const ATTACHMENT_SIZE_MAX = 64 * 1024 ** 3;
/** Base64 of at most one chunk. */
const base64Chunk = z
  .string()
  .max(Math.ceil(ATTACHMENT_CHUNK_MAX / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.');

const attachmentName = requiredText(255).refine((name) => !/[\\/]/.test(name) && !name.includes('\u0000'), 'A file name, not a path.');
const mediaType = z.string().max(200).regex(/^[\w.+-]+\/[\w.+-]+$/, 'Not a media type.');

export const attachmentMethods = {
  /** Attachments arrive in chunks, the same way from the UI, the CLI and the harness. */
  'attachments.begin': method<{ uploadId: string }>()(
    z
      .object({
        ownerId: uuid,
        name: attachmentName,
        mime: mediaType.default('application/octet-stream'),
        size: z.number().int().min(0).max(ATTACHMENT_SIZE_MAX),
      })
      .strict(),
    { needsUnlock: true },
  ),
  'attachments.append': method<{ received: number }>()(
    z.object({ uploadId: uuid, chunk: base64Chunk }).strict(),
    { needsUnlock: true },
  ),
  'attachments.finish': method<AttachmentInfo>()(
    z
      .object({
        uploadId: uuid,
        stripMetadata: z.boolean().default(false),
        /** The sender's own SHA-256 of the whole file, when it has one: finish refuses a mismatch. */
        sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'Not a SHA-256.').optional(),
      })
      .strict(),
    { needsUnlock: true, progress: true },
  ),
  /**
   * Adds a file the host asks the user for (an open dialog; the CLI's named file): main reads it
   * from disk and streams it in, so the page never carries its bytes and never names a path.
   * `added` is false when the user cancelled the dialog. The name and media type come from the
   * file's own name unless given (the CLI's --name and --mime).
   */
  'attachments.addFile': method<{ added: false } | ({ added: true } & AttachmentInfo)>()(
    z.object({ ownerId: uuid, stripMetadata: z.boolean().default(false), name: attachmentName.optional(), mime: mediaType.optional() }).strict(),
    { needsUnlock: true, progress: true },
  ),
  'attachments.cancel': method<{ cancelled: boolean }>()(z.object({ uploadId: uuid }).strict(), { needsUnlock: true }),
  'attachments.list': method<AttachmentInfo[]>()(z.object({ ownerId: uuid }).strict(), { needsUnlock: true }),
  'attachments.read': method<{ chunk: string; eof: boolean }>()(
    z
      .object({
        id: uuid,
        copy: z.enum(['working', 'original']).default('working'),
        offset: z.number().int().min(0).default(0),
        length: z.number().int().min(1).max(ATTACHMENT_CHUNK_MAX).default(ATTACHMENT_CHUNK_MAX),
      })
      .strict(),
    { needsUnlock: true },
  ),
  /**
   * Writes a plain, unencrypted copy to a file the host asks the user for (a save dialog); the
   * page never names a path. `saved` is false when the user cancelled the dialog; otherwise the
   * bytes written and their SHA-256, checked against the one recorded before the file was placed.
   */
  'attachments.saveCopy': method<{ saved: false } | { saved: true; size: number; sha256: string }>()(
    z.object({ id: uuid, copy: z.enum(['working', 'original']).default('working') }).strict(),
    { needsUnlock: true },
  ),
  'attachments.delete': method<{ id: string; deletedAt: string }>()(z.object({ id: uuid }).strict(), { needsUnlock: true }),
};
