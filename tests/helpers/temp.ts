import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A fresh folder under the system temp folder, removed when the test file ends. */
export async function tempFolder(prefix = 'casekeep-test-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

afterAll(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Every file below a folder with its bytes, for byte-for-byte comparisons and canary greps. */
export async function snapshotFiles(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(path, await readFile(path));
    }
  }
  await walk(folder);
  return files;
}

function contains(bytes: Buffer, needle: string): boolean {
  return [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')].some((pattern) => bytes.includes(pattern));
}

/** Files below `folder` whose bytes contain `needle` in UTF-8 or UTF-16LE. */
export async function filesContaining(folder: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const [path, bytes] of await snapshotFiles(folder)) {
    if (contains(bytes, needle)) hits.push(path);
  }
  return hits;
}

export async function fileContains(path: string, needle: string): Promise<boolean> {
  return contains(await readFile(path), needle);
}

export async function sizeOf(path: string): Promise<number | undefined> {
  return stat(path).then(
    (info) => info.size,
    () => undefined,
  );
}
