import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Input, Method, Output } from '../shared/api';
import { AppError } from '../shared/errors';
import { CasekeepService } from '../main/core/service/service';
import { createPrompter, type CliIo, type Prompter } from './io';

const USAGE = `Usage: casekeep <command> --vault DIR [--json]

Commands:
  init      create a new vault in DIR and print its recovery key once
  passwd    change the vault's passphrase
  status    say whether DIR holds a vault and which

The passphrase is read from CASEKEEP_PASSPHRASE when set, otherwise asked for without echo.
passwd reads the new passphrase from CASEKEEP_NEW_PASSPHRASE, otherwise asks twice.
`;

class UsageError extends Error {}

interface Command {
  service: CasekeepService;
  io: CliIo;
  prompt: Prompter;
  json: boolean;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  print(human: string, data: unknown): void;
}

async function passphrase(cmd: Command, variable: string, question: string): Promise<string> {
  return cmd.io.env[variable] ?? (await cmd.prompt.secret(question));
}

async function newPassphrase(cmd: Command, variable: string): Promise<string> {
  const fromEnv = cmd.io.env[variable];
  if (fromEnv !== undefined) return fromEnv;
  const first = await cmd.prompt.secret('New passphrase: ');
  const second = await cmd.prompt.secret('Repeat the new passphrase: ');
  if (first !== second) throw new AppError('VALIDATION_FAILED', 'The two passphrases differ.');
  return first;
}

const commands: Record<string, (cmd: Command) => Promise<void>> = {
  async init(cmd) {
    const created = await cmd.call('vault.create', { passphrase: await newPassphrase(cmd, 'CASEKEEP_PASSPHRASE') });
    cmd.print(
      `Vault ${created.vaultId} created.\n\nRecovery key (write it down now; it is shown only once):\n\n  ${created.recoveryKey}\n`,
      created,
    );
  },
  async passwd(cmd) {
    const current = await passphrase(cmd, 'CASEKEEP_PASSPHRASE', 'Current passphrase: ');
    await cmd.call('vault.unlock', { passphrase: current });
    const next = await newPassphrase(cmd, 'CASEKEEP_NEW_PASSPHRASE');
    const result = await cmd.call('vault.changePassphrase', { current, next });
    cmd.print('Passphrase changed.', result);
  },
  async status(cmd) {
    const status = await cmd.call('vault.status', {});
    const human = status.state === 'absent' ? 'No vault in this folder.' : `A vault is here (${status.state}).`;
    cmd.print(human, status);
  },
};

/** Runs one CLI invocation; returns the exit code. Every call goes through the contract. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let json = argv.includes('--json');
  let service: CasekeepService | undefined;
  const prompt = createPrompter(io);
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({
          args: [...argv],
          options: { vault: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
          allowPositionals: true,
        });
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    })();
    json = values.json === true;
    const name = positionals[0];
    if (values.help || name === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    const run = name ? commands[name] : undefined;
    if (!run) throw new UsageError(name ? `Unknown command: ${name}` : 'No command given.');
    if (positionals.length > 1) throw new UsageError(`Unexpected argument: ${positionals[1]}`);
    if (!values.vault) throw new UsageError('--vault DIR is required.');

    service = new CasekeepService({ folder: resolve(values.vault) });
    const active = service;
    await run({
      service: active,
      io,
      prompt,
      json,
      call: (method, input) => active.call(method, input),
      print: (human, data) => io.stdout.write(json ? `${JSON.stringify(data)}\n` : `${human}\n`),
    });
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    const code = usage ? 'USAGE' : error instanceof AppError ? error.code : 'INTERNAL';
    const message = usage || error instanceof AppError ? (error as Error).message : 'Something went wrong; nothing was changed.';
    io.stderr.write(json ? `${JSON.stringify({ error: { code, message } })}\n` : `casekeep: ${code}: ${message}\n`);
    if (usage) io.stderr.write(`Run 'casekeep --help' for usage.\n`);
    return usage ? 2 : 1;
  } finally {
    prompt.close();
    await service?.lock();
  }
}
