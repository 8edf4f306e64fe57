import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';
import type { RecordKind } from '../../src/shared/api';

export type MemoryIo = CliIo & { out: () => string; err: () => string };

export function memoryIo(env: Record<string, string> = {}, stdinText?: string, stderrIsTTY = false): MemoryIo {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  if (stdinText !== undefined) stdin.end(stdinText);
  return {
    env,
    stdin,
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: stderrIsTTY },
    out: () => out,
    err: () => err,
  };
}

export const PASSPHRASE = 'command line passphrase';

export interface Ran {
  code: number;
  out: string;
  err: string;
  /** stdout parsed as JSON. */
  json<T = any>(): T; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One in-process CLI run with the test passphrase in the environment. */
export async function cli(argv: string[], options: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}): Promise<Ran> {
  const io = memoryIo(options.env ?? { CASEKEEP_PASSPHRASE: PASSPHRASE }, options.stdin, options.tty);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err(), json: () => JSON.parse(io.out()) };
}

/** The ids the examples in docs/examples use, for the records `add` must refer to. */
export const EXAMPLE_IDS = {
  case: '0192a000-0000-7000-8000-000000000001',
  person: '0192a000-0000-7000-8000-000000000002',
  source: '0192a000-0000-7000-8000-000000000003',
  incident: '0192a000-0000-7000-8000-000000000004',
} as const;

export const EXAMPLES = fileURLToPath(new URL('../../docs/examples', import.meta.url));

/** A docs example with its placeholder ids swapped for real ones, as its text. */
export async function exampleText(kind: RecordKind, real: Partial<Record<keyof typeof EXAMPLE_IDS, string>>): Promise<string> {
  let text = await readFile(join(EXAMPLES, `${kind}.json`), 'utf8');
  for (const [which, placeholder] of Object.entries(EXAMPLE_IDS)) {
    const id = real[which as keyof typeof EXAMPLE_IDS];
    if (id) text = text.replaceAll(placeholder, id);
  }
  return text;
}

export async function exampleFile(folder: string, kind: RecordKind, real: Partial<Record<keyof typeof EXAMPLE_IDS, string>>): Promise<string> {
  const path = join(folder, `${kind}.json`);
  await writeFile(path, await exampleText(kind, real));
  return path;
}
