import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * The synthetic data generator (tools/seed) is a developer tool: it is built into the CLI,
 * out/main/cli.js, and must never reach the app, out/main/index.js, or any chunk the app loads.
 * Read from the BUILT files, so it also catches rollup moving the generator into a shared chunk.
 * No browser: it lives here because this stage runs after `npm run build`, like main-bundle.spec.ts.
 */
const MAIN = resolve(__dirname, '../../out/main');

/** Text and names only the generator holds: its marker on every record, and its exports. */
const SEED_MARKERS = ['[Synthetic demo record]', 'made by the Casekeep seed generator', 'generateSeed', 'writeSeedBatches'];

/** A relative require() or import() in a built file: the chunks it loads. */
const RELATIVE_LOAD = /\b(?:require|import)\s*\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** The entry and every file it loads, transitively, with their text. */
async function loadedFiles(entry: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const pending = [join(MAIN, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    const text = await readFile(file, 'utf8');
    files.set(file, text);
    for (const [, specifier] of text.matchAll(RELATIVE_LOAD)) pending.push(resolve(dirname(file), specifier as string));
  }
  return files;
}

function markersIn(files: Map<string, string>): string[] {
  return [...files].flatMap(([file, text]) => SEED_MARKERS.filter((marker) => text.includes(marker)).map((marker) => `${relative(MAIN, file)}: ${marker}`));
}

test('the app bundle holds no seed generator; the CLI does', async () => {
  const app = await loadedFiles('index.js');
  const cli = await loadedFiles('cli.js');
  // The walk follows the chunks: both entries share the core, so the app loads more than itself.
  expect([...app.keys()].map((file) => relative(MAIN, file))).toContain('index.js');
  expect(app.size).toBeGreaterThan(1);
  // Each marker is the generator's: the CLI, which runs `casekeep seed`, has them all.
  expect(SEED_MARKERS.filter((marker) => ![...cli.values()].some((text) => text.includes(marker)))).toEqual([]);
  expect(markersIn(app)).toEqual([]);
});
