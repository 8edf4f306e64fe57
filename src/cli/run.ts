import { resolve } from 'node:path';
import { AppError } from '../shared/errors';
import type { ProgressEvent } from '../main/core/service/context';
import { CasekeepService } from '../main/core/service/service';
import { isVaultless, parseCommandLine, UsageError, type Command, type CommandSpec, type OptionName, type VaultlessSpec } from './command';
import { attachCommands } from './commands/attach';
import { bundleCommands } from './commands/bundle';
import { exportCommands } from './commands/export';
import { importCommands } from './commands/import';
import { backupCommands } from './commands/backup';
import { inspectCommands } from './commands/inspect';
import { partnerCommands } from './commands/partners';
import { recordCommands } from './commands/records';
import { seedCommands } from './commands/seed';
import { vaultCommands } from './commands/vault';
import { errorLine } from './format';
import { createPrompter, type CliIo } from './io';
import { USAGE } from './usage';

/** Every command, by name; exported so the docs test can check that each one is documented. */
export const commands: Record<string, CommandSpec | VaultlessSpec> = {
  ...vaultCommands,
  ...recordCommands,
  ...inspectCommands,
  ...attachCommands,
  ...seedCommands,
  ...exportCommands,
  ...importCommands,
  ...backupCommands,
  ...partnerCommands,
  ...bundleCommands,
};

const COMMON: readonly OptionName[] = ['vault', 'json', 'help'];

/** Checks the shape of the command line against the command's spec, before any vault work. */
function checkUsage(name: string, spec: CommandSpec | VaultlessSpec, args: readonly string[], given: readonly string[]): void {
  const [min, max] = spec.args;
  if (args.length < min) throw new UsageError(`Missing arguments: casekeep ${spec.synopsis}`);
  if (args.length > max) throw new UsageError(`Unexpected argument: ${args[max]}`);
  const allowed = new Set<string>([...COMMON, ...(spec.options ?? [])]);
  const stray = given.find((option) => !allowed.has(option));
  if (stray) throw new UsageError(`--${stray} does not apply to ${name}.`);
}

function reportError(io: CliIo, json: boolean, error: unknown): number {
  const usage = error instanceof UsageError;
  const code = usage ? 'USAGE' : error instanceof AppError ? error.code : 'INTERNAL';
  const known = usage || error instanceof AppError;
  const message = known ? (error as Error).message : 'Something went wrong; nothing was changed.';
  const fields = error instanceof AppError ? error.fields : undefined;
  io.stderr.write(
    json
      ? `${JSON.stringify({ error: { code, message, ...(fields ? { fields } : {}) } })}\n`
      : `casekeep: ${code}: ${known ? errorLine({ message, fields }) : message}\n`,
  );
  if (usage) io.stderr.write(`Run 'casekeep --help' for usage.\n`);
  return usage ? 2 : 1;
}

/** Runs one CLI invocation; returns the exit code. Every call goes through the contract. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let json = argv.includes('--json');
  let service: CasekeepService | undefined;
  const prompt = createPrompter(io);
  try {
    const { values, positionals } = parseCommandLine(argv);
    json = values.json === true;
    const [name, ...args] = positionals;
    if (values.help || name === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    const spec = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!name || !spec) throw new UsageError(name ? `Unknown command: ${name}` : 'No command given.');
    checkUsage(name, spec, args, Object.keys(values));
    const print = (human: string, data: unknown) => io.stdout.write(json ? `${JSON.stringify(data)}\n` : `${human}\n`);
    if (isVaultless(spec)) return (await spec.run({ io, prompt, args, options: values, json, print })) ?? 0;
    if (!values.vault) throw new UsageError('--vault DIR is required.');

    const out = values.out;
    let progress: ((event: ProgressEvent) => void) | undefined;
    let openPath: string | null = null;
    service = new CasekeepService({
      folder: resolve(values.vault),
      onProgress: (event) => progress?.(event),
      chooseOpenPath: async () => openPath,
      // The CLI's "save dialog" is --out: the user named the file, and --force agrees to replace one.
      ...(out ? { chooseSavePath: async () => ({ path: resolve(out), overwrite: values.force === true }) } : {}),
    });
    const active = service;
    const cmd: Command = {
      service: active,
      io,
      prompt,
      args,
      options: values,
      json,
      stdinTaken: false,
      call: (method, input) => active.call(method, input),
      print: (human, data) => io.stdout.write(json ? `${JSON.stringify(data)}\n` : `${human}\n`),
      openFile: (path) => {
        openPath = resolve(path);
      },
      onProgress: (listener) => {
        progress = listener;
      },
    };
    return (await spec.run(cmd)) ?? 0;
  } catch (error) {
    return reportError(io, json, error);
  } finally {
    prompt.close();
    await service?.lock();
  }
}
