import { access, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { oneOf, unlock, UsageError, type Command, type CommandSpec } from '../command';
import { mebibytes } from '../format';
import { fileError } from '../input';

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
      if (path === '-') throw new UsageError('attach needs a file, not stdin: main reads the named file itself.');
      const owner = ownerOption(cmd);
      const size = await fileSize(path);
      const name = cmd.options.name ?? basename(path);
      await unlock(cmd);
      if (owner.testimony) await checkTestimony(cmd, owner.id);
      const progress = progressLine(cmd, name, size);
      cmd.onProgress((event) => {
        if (event.method === 'attachments.addFile') progress(event.done);
      });
      // The CLI's "open dialog" answers with the named file; main reads and streams it itself.
      cmd.openFile(path);
      const result = await cmd.call('attachments.addFile', {
        ownerId: owner.id,
        stripMetadata: cmd.options['strip-metadata'] === true,
        ...(cmd.options.name !== undefined ? { name: cmd.options.name } : {}),
        ...(cmd.options.mime !== undefined ? { mime: cmd.options.mime } : {}),
      });
      if (!result.added) throw new AppError('INTERNAL', 'The file was not added.');
      const { added: _added, ...info } = result;
      const stripped = info.metadataRemoved.length > 0 ? `; removed from the working copy: ${info.metadataRemoved.join(', ')}` : '';
      cmd.print(`Attached ${info.name} (${info.size} bytes, sha256 ${info.sha256}) as ${info.id}${stripped}.`, info);
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
