import type { AttachmentInfo } from '../../../../shared/domain/views';
import { api } from '../../api/client';

/** The contract's chunk limit (ATTACHMENT_CHUNK_MAX in src/shared/api/attachments.ts). */
export const CHUNK_BYTES = 1024 * 1024;

/** Photos whose location and camera data main can remove. */
export function isStrippable(mime: string): boolean {
  return mime === 'image/jpeg' || mime === 'image/png';
}

/** Base64 of bytes, in slices small enough for `String.fromCharCode`'s argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** A name the contract takes: no path separators, at most 255 characters, never empty. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/]/g, '_').replaceAll('\u0000', '_').trim();
  if (cleaned === '') return 'file';
  if (cleaned.length <= 255) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 255 - extension.length) + extension;
}

/** The browser's media type when it is one the contract takes, else a plain byte stream. */
export function safeMime(type: string): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) && type.length <= 200 ? type : 'application/octet-stream';
}

export interface UploadHandle {
  /** Stops between chunks; main drops what it received. */
  cancel(): void;
  done: Promise<AttachmentInfo | null>;
}

/**
 * Streams one file into the vault: 1 MiB slices read from the File, each sent as base64, then
 * `finish` (hash, encrypt, optionally strip metadata). Resolves null when cancelled.
 */
export function uploadFile(options: {
  ownerId: string;
  file: File;
  stripMetadata: boolean;
  onProgress(sent: number): void;
  onFinishing(): void;
}): UploadHandle {
  const { ownerId, file } = options;
  let cancelled = false;
  let uploadId: string | undefined;

  const cancelUpload = async (): Promise<null> => {
    if (uploadId !== undefined) await api.call('attachments.cancel', { uploadId }).catch(() => undefined);
    return null;
  };

  const done = (async (): Promise<AttachmentInfo | null> => {
    const begun = await api.call('attachments.begin', { ownerId, name: safeFileName(file.name), mime: safeMime(file.type), size: file.size });
    uploadId = begun.uploadId;
    let sent = 0;
    try {
      while (sent < file.size) {
        if (cancelled) return await cancelUpload();
        const end = Math.min(file.size, sent + CHUNK_BYTES);
        const bytes = new Uint8Array(await file.slice(sent, end).arrayBuffer());
        if (cancelled) return await cancelUpload();
        await api.call('attachments.append', { uploadId, chunk: toBase64(bytes) });
        sent = end;
        options.onProgress(sent);
      }
      if (cancelled) return await cancelUpload();
      options.onFinishing();
      return await api.call('attachments.finish', { uploadId, stripMetadata: options.stripMetadata && isStrippable(safeMime(file.type)) });
    } catch (error) {
      await cancelUpload();
      throw error;
    }
  })();

  return {
    cancel: () => {
      cancelled = true;
    },
    done,
  };
}
