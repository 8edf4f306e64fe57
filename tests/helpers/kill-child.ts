import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/*
 * Child processes for the kill tests. A child is started hundreds of times, so its start-up
 * matters: `node --import tsx` compiles every source file on each start (about 0.45 s here),
 * while one esbuild bundle made at the start of the test file starts in about 0.2 s. The bundle
 * lives under node_modules/.cache so that its imports of packages (the SQLCipher driver,
 * libsodium, zod) resolve to the project's own node_modules, exactly as in the source tree.
 */

const CACHE = resolve('node_modules/.cache/casekeep-kill-tests');

export interface ChildCommand {
  /** Arguments for `node` that run the script. */
  args: string[];
  dispose(): Promise<void>;
}

/** A child script ready to spawn: bundled when esbuild is at hand, through tsx otherwise. */
export async function prepareChild(script: string): Promise<ChildCommand> {
  const entry = resolve(script);
  let esbuild: typeof import('esbuild') | undefined;
  try {
    esbuild = await import('esbuild');
  } catch {
    esbuild = undefined;
  }
  if (!esbuild) return { args: ['--import', 'tsx', entry], dispose: async () => undefined };
  await mkdir(CACHE, { recursive: true });
  const outfile = join(CACHE, `${basename(entry, '.ts')}-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return { args: [outfile], dispose: () => rm(outfile, { force: true }) };
}

export interface ChildEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** One running child: its stdout as lines, a way to wait for a line, and its end. */
export class RunningChild {
  readonly lines: string[] = [];
  readonly ended: Promise<ChildEnd>;
  private readonly child: ChildProcessByStdio<null, Readable, Readable>;
  private waiters: { test: (line: string) => boolean; resolve: (found: boolean) => void }[] = [];
  private finished = false;

  constructor(command: ChildCommand, args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [...command.args, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let buffered = '';
    let stderr = '';
    // A child that cannot start still ends with 'close'; its reason goes where stderr goes.
    this.child.once('error', (error) => {
      stderr += `${error.name}: ${error.message}\n`;
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        this.lines.push(line);
        const met = this.waiters.filter((waiter) => waiter.test(line));
        this.waiters = this.waiters.filter((waiter) => !met.includes(waiter));
        for (const waiter of met) waiter.resolve(true);
      }
    });
    this.child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    // 'close', not 'exit': only then has every line the child wrote been read from the pipe.
    this.ended = new Promise((resolve) => {
      this.child.once('close', (code, signal) => {
        this.finished = true;
        if (buffered) this.lines.push(buffered);
        for (const waiter of this.waiters.splice(0)) waiter.resolve(false);
        resolve({ code, signal, stderr });
      });
    });
  }

  /** Resolves true at the first line that passes `test`, false if the child ends first. */
  waitForLine(test: (line: string) => boolean): Promise<boolean> {
    if (this.lines.some(test)) return Promise.resolve(true);
    if (this.finished) return Promise.resolve(false);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  async kill(): Promise<ChildEnd> {
    this.child.kill('SIGKILL');
    return this.ended;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
