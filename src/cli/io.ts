import { createInterface, type Interface } from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '../shared/errors';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown };
  /** isTTY: progress lines are drawn only on a terminal. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export function processIo(): CliIo {
  return { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

export interface Prompter {
  /** Asks for a secret: not echoed on a terminal; from a pipe, the next line. */
  secret(question: string): Promise<string>;
  close(): void;
}

/**
 * One line reader for the whole run, so that several answers piped in (passphrase, repeat) are
 * read in order. Scripts pipe passphrases rather than pass them in argv, where `ps` shows them.
 */
export function createPrompter(io: CliIo): Prompter {
  const terminal = io.stdin.isTTY === true;
  let rl: Interface | undefined;
  const lines: string[] = [];
  const waiting: Array<(line: string | undefined) => void> = [];
  let ended = false;

  function start(): Interface {
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
    const created = createInterface({ input: io.stdin, output: terminal ? muted : undefined, terminal });
    created.on('line', (line) => {
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    });
    created.on('close', () => {
      ended = true;
      for (const next of waiting.splice(0)) next(undefined);
    });
    return created;
  }

  return {
    async secret(question) {
      rl ??= start();
      if (terminal) io.stderr.write(question);
      const line = lines.shift() ?? (ended ? undefined : await new Promise<string | undefined>((resolve) => waiting.push(resolve)));
      if (terminal) io.stderr.write('\n');
      if (line === undefined) throw new AppError('VALIDATION_FAILED', 'No passphrase was given (set CASEKEEP_PASSPHRASE or type it).');
      return line;
    },
    close() {
      rl?.close();
    },
  };
}
