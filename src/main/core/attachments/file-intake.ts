import type { FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';

/**
 * How much one read from disk hands over: large enough that a 200 MB file is a hundred reads,
 * small enough that an intake holds little in memory.
 */
export const FILE_READ_BYTES = 2 * 1024 * 1024;

/** The media types of what fieldworkers attach; anything else goes in as octet-stream. */
const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.flac': 'audio/flac',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mov': 'video/quicktime',
  '.zip': 'application/zip',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
};

/** The media type a file's extension names, as a browser picks one for a chosen file. */
export function mimeForName(name: string): string {
  return MIME_BY_EXTENSION[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** The name an attachment keeps of a file on disk: its last path part, as the contract takes names. */
export function attachmentName(path: string): string {
  const cleaned = basename(path).replace(/[\\/]/g, '_').replaceAll('\u0000', '_').trim();
  if (cleaned === '') return 'file';
  if (cleaned.length <= 255) return cleaned;
  const extension = extname(cleaned).length <= 16 ? extname(cleaned) : '';
  return cleaned.slice(0, 255 - extension.length) + extension;
}

export function fileChanged(): AppError {
  return new AppError('CONFLICT', 'The file changed while it was being read; nothing was kept. Add it again once nothing is writing to it.', {
    details: { reason: 'file-changed' },
  });
}

/** A read failure as the user can act on it, without the path (it names their folders). */
export function fileReadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT' ? 'it is not there any more' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'it could not be read';
  return new AppError('IO_FAILED', `The chosen file was not added: ${why}. Nothing was kept.`, { details: { reason: code ?? 'read-failed' } });
}

/**
 * The bytes of an open file, exactly `size` of them: a file that grows or shrinks while it is read
 * is refused (the digest would be of no version the user chose), and so is a read after `stop`.
 */
export async function* readExactly(handle: FileHandle, size: number, stopped: () => boolean): AsyncGenerator<Uint8Array> {
  let read = 0;
  try {
    for await (const piece of handle.createReadStream({ highWaterMark: FILE_READ_BYTES, autoClose: false, start: 0 })) {
      if (stopped()) throw new AppError('VAULT_LOCKED', 'The vault was locked while the file was being added; nothing was kept.');
      const bytes = piece as Buffer;
      read += bytes.length;
      if (read > size) throw fileChanged();
      yield bytes;
    }
  } catch (error) {
    throw fileReadError(error);
  }
  if (read !== size) throw fileChanged();
}
