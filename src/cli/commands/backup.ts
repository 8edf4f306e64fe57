import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { createBackup, restoreBackup, type RestoreSecret } from '../../main/core/backup';
import { passphrase, unlock, UsageError, type Command, type CommandSpec } from '../command';
import { mebibytes } from '../format';

/** A progress line rewritten in place; only on a terminal, so logs and pipes stay clean. */
function progressLine(cmd: Command, what: string): { update(done: number, total: number): void; end(): void } {
  const shown = cmd.io.stderr.isTTY === true;
  let drawn = false;
  return {
    update(done, total) {
      if (!shown) return;
      drawn = true;
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      cmd.io.stderr.write(`\r${what}: ${percent}% (${mebibytes(done)} of ${mebibytes(total)})`);
    },
    end() {
      if (drawn) cmd.io.stderr.write('\n');
    },
  };
}

async function newPassphrase(cmd: Command): Promise<string> {
  const fromEnv = cmd.io.env.CASEKEEP_NEW_PASSPHRASE;
  if (fromEnv !== undefined) return fromEnv;
  const first = await cmd.prompt.secret('New passphrase for the restored vault: ');
  const second = await cmd.prompt.secret('Repeat the new passphrase: ');
  if (first !== second) throw new AppError('VALIDATION_FAILED', 'The two passphrases differ.');
  return first;
}

/** The backup's passphrase, or with --recovery-key its recovery key and a new passphrase. */
async function restoreSecret(cmd: Command): Promise<RestoreSecret> {
  if (cmd.options['recovery-key'] !== true) return { passphrase: await passphrase(cmd, 'CASEKEEP_PASSPHRASE', 'Passphrase of the backed-up vault: ') };
  const recoveryKey = await passphrase(cmd, 'CASEKEEP_RECOVERY_KEY', 'Recovery key: ');
  return { recoveryKey, newPassphrase: await newPassphrase(cmd) };
}

/*
 * Both reach the core directly, as seed does: a backup needs a folder on this machine named by
 * the user on the command line, and a restore makes a vault where none is open yet. The window
 * backs up through `backup.create`, with the folder from the host's dialog.
 */
export const backupCommands: Record<string, CommandSpec> = {
  backup: {
    synopsis: 'backup --out DIR',
    args: [0, 0],
    options: ['out'],
    async run(cmd) {
      const out = cmd.options.out;
      if (out === undefined) throw new UsageError('backup needs --out DIR, the folder (or drive) to back up into.');
      await unlock(cmd);
      const vault = cmd.service.vault;
      if (!vault?.isOpen) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
      const progress = progressLine(cmd, 'Backing up');
      const result = await createBackup(vault, resolve(out), { onProgress: (done, total) => progress.update(done, total) }).finally(() => progress.end());
      const reused = result.attachments - result.newAttachments;
      cmd.print(
        `Backed up to ${result.snapshot}\n` +
          `Database and header copied; ${result.newAttachments} of ${result.attachments} attachment files were new` +
          `${reused > 0 ? ` (${reused} already in this backup folder)` : ''}; ${mebibytes(result.bytesWritten)} written. Everything was read back and verified.`,
        result,
      );
    },
  },
  restore: {
    synopsis: 'restore BACKUP --vault NEWDIR [--recovery-key]',
    args: [1, 1],
    options: ['recovery-key'],
    async run(cmd) {
      const from = resolve(cmd.args[0] as string);
      const target = resolve(cmd.options.vault as string);
      const secret = await restoreSecret(cmd);
      const progress = progressLine(cmd, 'Restoring');
      const result = await restoreBackup(from, target, { secret, onProgress: (done, total) => progress.update(done, total) }).finally(() => progress.end());
      cmd.print(
        `Restored the backup of ${result.backupCreatedAt} into ${result.folder} (${result.attachments} attachment files). Everything was verified; it opens with ${'recoveryKey' in secret ? 'the new passphrase' : 'the same passphrase'}.`,
        result,
      );
    },
  },
};
