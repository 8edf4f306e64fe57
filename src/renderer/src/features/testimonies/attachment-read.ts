import { api } from '../../api/client';
import { CHUNK_BYTES } from './upload';

/** Files shown in the app are held in memory whole; beyond this, only "Save a copy…" is offered. */
export const PREVIEW_LIMIT = 200 * 1024 * 1024;

export type PreviewKind = 'image' | 'audio' | 'video';

/** What the page can show itself from a blob: URL (the CSP allows blob: for img-src and media-src). */
export function previewKind(mime: string, size: number): PreviewKind | null {
  if (size > PREVIEW_LIMIT) return null;
  if (/^image\/(jpeg|png|gif|webp|bmp)$/.test(mime)) return 'image';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime.startsWith('video/')) return 'video';
  return null;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Reads one copy of an attachment into memory, front to back in contract-sized chunks, and returns
 * it as a Blob: decrypted bytes never touch the disk. Main checks the whole against its SHA-256 on
 * the read that reaches the end and refuses that read on a mismatch, so a Blob is returned only
 * for a file that matched. Null when `cancelled()` turned true on the way.
 */
export async function readAttachment(options: {
  id: string;
  mime: string;
  onProgress(received: number): void;
  cancelled(): boolean;
}): Promise<Blob | null> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    if (options.cancelled()) return null;
    const { chunk, eof } = await api.call('attachments.read', { id: options.id, copy: 'working', offset, length: CHUNK_BYTES });
    const bytes = fromBase64(chunk);
    parts.push(bytes);
    offset += bytes.length;
    options.onProgress(offset);
    if (eof) break;
    if (bytes.length === 0) throw new Error('The attachment read made no progress.');
  }
  return new Blob(parts, { type: options.mime });
}
