import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Table } from './table';

export interface BenchContext {
  /** How many times to repeat each measurement; sections report the median. */
  readonly rounds: number;
  /** Prints a finished table (stdout). */
  report(table: Table): void;
  /** Progress for the person waiting (stderr), not part of the results. */
  progress(text: string): void;
}

/** One selectable part of `npm run bench`: a file exporting one of these, plus a line in run.ts. */
export interface Section {
  /** The argv selector: `npm run bench -- <name>`. */
  readonly name: string;
  readonly summary: string;
  run(context: BenchContext): Promise<void>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No samples');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Measurements collected round by round, under names. */
export class Samples {
  private readonly byName = new Map<string, number[]>();

  push(name: string, value: number): void {
    this.byName.set(name, [...this.all(name), value]);
  }

  all(name: string): number[] {
    return this.byName.get(name) ?? [];
  }

  median(name: string): number {
    return median(this.all(name));
  }
}

/** Wall-clock milliseconds of one call. */
export async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** A fresh folder under the OS temp dir, removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), `casekeep-bench-${prefix}-`));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/**
 * Calls `module`'s exported async function `task(input)` in a new Node process (same tsx loader)
 * and resolves with what it returns. For measurements that process-wide state would skew: SQLCipher's
 * cipher_memory_security, once ON, stays on for the whole process and slows every SQLite
 * allocation, the unencrypted ones included.
 */
export function inFreshProcess<T>(module: URL, task: string, input: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = fork(CHILD, [fileURLToPath(module), task, JSON.stringify(input)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message: { value?: T; error?: string }) => {
      answered = true;
      if (message.error !== undefined) reject(new Error(`${task} failed in its process: ${message.error}`));
      else resolve(message.value as T);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`${task} exited with code ${code} before answering`));
    });
  });
}
