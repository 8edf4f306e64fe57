import { parseArgs } from 'node:util';
import type { Input, Method, Output } from '../shared/api';
import { AppError } from '../shared/errors';
import type { ProgressEvent } from '../main/core/service/context';
import type { CasekeepService } from '../main/core/service/service';
import type { CliIo, Prompter } from './io';

/** Bad usage: exit code 2 and a pointer to --help, never a stack trace. */
export class UsageError extends Error {}

/**
 * Every option any command takes. One table so the parser stays strict (a typo is an error);
 * each command then says which of them apply to it.
 */
export const OPTIONS = {
  vault: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  case: { type: 'string', multiple: true },
  limit: { type: 'string' },
  offset: { type: 'string' },
  sort: { type: 'string' },
  order: { type: 'string' },
  kind: { type: 'string', multiple: true },
  owner: { type: 'string' },
  testimony: { type: 'string' },
  name: { type: 'string' },
  mime: { type: 'string' },
  'strip-metadata': { type: 'boolean' },
  testimonies: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  copy: { type: 'string' },
  force: { type: 'boolean' },
  to: { type: 'string', multiple: true },
  profile: { type: 'string' },
  all: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean' },
  'recovery-key': { type: 'boolean' },
  identity: { type: 'string' },
} as const;

export function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export type Options = ReturnType<typeof parseCommandLine>['values'];
export type OptionName = keyof typeof OPTIONS;

/** What a command gets: its arguments, the service, and ways to talk back. */
export interface Command {
  service: CasekeepService;
  io: CliIo;
  prompt: Prompter;
  /** Positional arguments after the command name. */
  args: readonly string[];
  options: Options;
  json: boolean;
  /** Set once stdin has been read as input: the passphrase can then come only from the environment. */
  stdinTaken: boolean;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  print(human: string, data: unknown): void;
  /** The file the host's open dialog answers with next: the CLI's files are named on its command line. */
  openFile(path: string): void;
  /** Hears the progress the service reports while a call runs (exports). */
  onProgress(listener: (event: ProgressEvent) => void): void;
}

export interface CommandSpec {
  /** Synopsis shown in usage errors, e.g. `get KIND ID`. */
  synopsis: string;
  /** How many positional arguments it takes after its name: [min, max]. */
  args: readonly [number, number];
  /** Options besides --vault, --json and --help. */
  options?: readonly OptionName[];
  /** Returns the exit code when success is not 0 (a damaged audit log). */
  run(cmd: Command): Promise<number | void>;
}

/** What a command for someone without a vault gets (a partner checking a bundle): no service. */
export type VaultlessCommand = Pick<Command, 'io' | 'prompt' | 'args' | 'options' | 'json' | 'print'>;

export interface VaultlessSpec extends Omit<CommandSpec, 'run'> {
  vaultless: true;
  run(cmd: VaultlessCommand): Promise<number | void>;
}

export function isVaultless(spec: CommandSpec | VaultlessSpec): spec is VaultlessSpec {
  return 'vaultless' in spec && spec.vaultless === true;
}

export async function passphrase(cmd: Command, variable: string, question: string): Promise<string> {
  const fromEnv = cmd.io.env[variable];
  if (fromEnv !== undefined) return fromEnv;
  if (cmd.stdinTaken) throw new AppError('VALIDATION_FAILED', `Stdin carried the input, so set ${variable} for the passphrase.`);
  return cmd.prompt.secret(question);
}

/** Opens the vault for a command; runCli locks it again whatever happens. */
export async function unlock(cmd: Command): Promise<void> {
  await cmd.call('vault.unlock', { passphrase: await passphrase(cmd, 'CASEKEEP_PASSPHRASE', 'Passphrase: ') });
}

/** A whole number option within bounds, or a usage error naming the option. */
export function intOption(cmd: Command, name: OptionName, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = cmd.options[name];
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} takes a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}.`);
  }
  return value;
}

/** One of a fixed set of words, or a usage error listing them. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${what} must be one of: ${allowed.join(', ')}.`);
}
