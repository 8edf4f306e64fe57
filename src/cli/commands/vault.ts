import { AppError } from '../../shared/errors';
import { passphrase, type Command, type CommandSpec } from '../command';

async function newPassphrase(cmd: Command, variable: string): Promise<string> {
  const fromEnv = cmd.io.env[variable];
  if (fromEnv !== undefined) return fromEnv;
  const first = await cmd.prompt.secret('New passphrase: ');
  const second = await cmd.prompt.secret('Repeat the new passphrase: ');
  if (first !== second) throw new AppError('VALIDATION_FAILED', 'The two passphrases differ.');
  return first;
}

export const vaultCommands: Record<string, CommandSpec> = {
  init: {
    synopsis: 'init',
    args: [0, 0],
    async run(cmd) {
      const created = await cmd.call('vault.create', { passphrase: await newPassphrase(cmd, 'CASEKEEP_PASSPHRASE') });
      cmd.print(
        `Vault ${created.vaultId} created.\n\nRecovery key (write it down now; it is shown only once):\n\n  ${created.recoveryKey}\n`,
        created,
      );
    },
  },
  passwd: {
    synopsis: 'passwd',
    args: [0, 0],
    async run(cmd) {
      const current = await passphrase(cmd, 'CASEKEEP_PASSPHRASE', 'Current passphrase: ');
      await cmd.call('vault.unlock', { passphrase: current });
      const next = await newPassphrase(cmd, 'CASEKEEP_NEW_PASSPHRASE');
      const result = await cmd.call('vault.changePassphrase', { current, next });
      cmd.print('Passphrase changed.', result);
    },
  },
  status: {
    synopsis: 'status',
    args: [0, 0],
    async run(cmd) {
      const status = await cmd.call('vault.status', {});
      const human =
        status.state === 'absent'
          ? 'No vault in this folder.'
          : status.state === 'corrupt'
            ? 'This folder holds vault data, but its header (vault.json) is missing or damaged. Nothing was changed: restore it from a backup.'
            : `A vault is here (${status.state}).`;
      cmd.print(human, status);
    },
  },
};
