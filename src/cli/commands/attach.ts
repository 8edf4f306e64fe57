import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { createSha256 } from '../../main/core/crypto/hash';
import { ATTACHMENT_CHUNK_MAX } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { oneOf, unlock, UsageError, type Command, type CommandSpec } from '../command';
import { mebibytes } from '../format';
import { fileError } from '../input';

/** The media types of what fieldworkers attach; anything else goes in as octet-stream. */
const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.heic': 'image/heic',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

async function fileSize(path: string): Promise<number> {
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  if (!info.isFile()) throw new AppError('IO_FAILED', `Cannot attach ${path}: not a regular file.`);
  return info.size;
}

/** Which record the file belongs to, checked for usage before the slow unlock. */
function ownerOption(cmd: Command): { id: string; testimony: boolean } {
  const { owner, testimony } = cmd.options;
  if (owner !== undefined && testimony !== undefined) throw new UsageError('Give --owner or --testimony, not both.');
  if (testimony !== undefined) return { id: testimony, testimony: true };
  if (owner === undefined) throw new UsageError('Say what to attach the file to: --testimony ID or --owner ID.');
  return { id: owner, testimony: false };
}

/** `--testimony` promises a testimony; any other kind there is more likely a slip than intent. */
async function checkTestimony(cmd: Command, id: string): Promise<void> {
  const record = await cmd.call('records.get', { id });
  if (record.kind !== 'testimony') {
    throw new AppError('VALIDATION_FAILED', `That record is a ${record.kind}; use --owner ID to attach to it.`, { fields: [{ path: 'testimony', message: 'Not a testimony.' }] });
  }
}

/** A progress line rewritten in place; only on a terminal, so logs and pipes stay clean. */
function progressLine(cmd: Command, name: string, size: number): (done: number) => void {
  if (cmd.io.stderr.isTTY !== true) return () => undefined;
  return (done) => {
    const percent = size === 0 ? 100 : Math.floor((done / size) * 100);
    cmd.io.stderr.write(`\rAttaching ${name}: ${percent}% (${mebibytes(done)} of ${mebibytes(size)})${done >= size ? '\n' : ''}`);
  };
}

export const attachCommands: Record<string, CommandSpec> = {
  attach: {
    synopsis: 'attach FILE (--testimony ID | --owner ID)',
    args: [1, 1],
    options: ['owner', 'testimony', 'name', 'mime', 'strip-metadata'],
    async run(cmd) {
      const path = cmd.args[0] as string;
      if (path === '-') throw new UsageError('attach needs a file, not stdin: its size must be known before the upload starts.');
      const owner = ownerOption(cmd);
      const size = await fileSize(path);
      const name = cmd.options.name ?? basename(path);
      const mime = cmd.options.mime ?? MIME_BY_EXTENSION[extname(name).toLowerCase()] ?? 'application/octet-stream';
      await unlock(cmd);
      if (owner.testimony) await checkTestimony(cmd, owner.id);
      const { uploadId } = await cmd.call('attachments.begin', { ownerId: owner.id, name, mime, size });
      const progress = progressLine(cmd, name, size);
      try {
        // The read stream hands over at most highWaterMark bytes at a time: one contract chunk each.
        let done = 0;
        // Our own hash of what was read, so finish can refuse a file that arrived different.
        const hash = createSha256();
        for await (const chunk of createReadStream(path, { highWaterMark: ATTACHMENT_CHUNK_MAX })) {
          hash.update(chunk as Buffer);
          await cmd.call('attachments.append', { uploadId, chunk: (chunk as Buffer).toString('base64') });
          done += (chunk as Buffer).length;
          progress(done);
        }
        if (size === 0) progress(0);
        const info = await cmd.call('attachments.finish', { uploadId, stripMetadata: cmd.options['strip-metadata'] === true, sha256: hash.digestHex() });
        const stripped = info.metadataRemoved.length > 0 ? `; removed from the working copy: ${info.metadataRemoved.join(', ')}` : '';
        cmd.print(`Attached ${info.name} (${info.size} bytes, sha256 ${info.sha256}) as ${info.id}${stripped}.`, info);
      } catch (error) {
        // Nothing half-written stays behind: the upload and its partial blob are dropped.
        await cmd.call('attachments.cancel', { uploadId }).catch(() => undefined);
        throw error instanceof AppError || !(error as NodeJS.ErrnoException).code ? error : fileError(path, error);
      }
    },
  },
  attachment: {
    synopsis: 'attachment save ID --out FILE [--copy working|original] [--force]',
    args: [2, 2],
    options: ['out', 'copy', 'force'],
    async run(cmd) {
      const [action, id] = cmd.args as [string, string];
      if (action !== 'save') throw new UsageError(`Unknown attachment action: ${action}; use 'attachment save ID --out FILE'.`);
      const out = cmd.options.out;
      if (out === undefined || out === '' || out === '-') throw new UsageError('Say where the plain copy goes: --out FILE.');
      const copy = cmd.options.copy === undefined ? 'working' : oneOf(cmd.options.copy, ['working', 'original'] as const, '--copy');
      // Checked before the slow unlock too; the write itself refuses to replace a file atomically.
      if (cmd.options.force !== true && (await access(out).then(() => true, () => false))) {
        throw new AppError('CONFLICT', `${out} exists already; nothing was replaced. Add --force to replace it.`);
      }
      await unlock(cmd);
      const saved = await cmd.call('attachments.saveCopy', { id, copy });
      if (!saved.saved) throw new AppError('INTERNAL', 'The copy was not saved.');
      const path = resolve(out);
      cmd.print(`Saved a plain, unencrypted copy (${saved.size} bytes, sha256 ${saved.sha256}) to ${path}.`, { ...saved, path });
    },
  },
};
