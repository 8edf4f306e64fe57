import { open } from 'node:fs/promises';
import { AppError } from '../shared/errors';
import type { CliIo } from './io';
import { jsonSyntaxProblem } from './json-syntax';

/** Far above any valid record (a whole record is at most 2 million characters), far below RAM. */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

const tooLarge = (what: string) => new AppError('VALIDATION_FAILED', `${what} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; no record is that big.`);

/** Turns the errors of opening a file into one sentence a user can act on. */
export function fileError(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unreadable');
  return new AppError('IO_FAILED', `Cannot read ${path}: ${why}.`);
}

async function readFileText(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(path);
    return await handle.readFile({ encoding: 'utf8' });
  } catch (error) {
    throw error instanceof AppError ? error : fileError(path, error);
  } finally {
    await handle?.close();
  }
}

async function readStdinText(io: CliIo): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of io.stdin) {
    const buffer = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part as Uint8Array);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge('The input on stdin');
    parts.push(buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** The line and column an editor shows for an offset into the text. */
function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Reads JSON from a file, or from stdin for `-`; a syntax error names its line and column. */
export async function readJsonInput(source: string, io: CliIo): Promise<unknown> {
  const name = source === '-' ? 'The input on stdin' : source;
  // Editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses.
  const text = (source === '-' ? await readStdinText(io) : await readFileText(source)).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new AppError('VALIDATION_FAILED', `${name} is empty; expected a JSON object.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Only where and a fixed reason: JSON.parse's own message quotes the input (docs/security.md S16).
    const problem = jsonSyntaxProblem(text) ?? { offset: 0, reason: 'it cannot be read as JSON' };
    throw new AppError('VALIDATION_FAILED', `${name} is not valid JSON (${where(text, problem.offset)}): ${problem.reason}.`);
  }
}
